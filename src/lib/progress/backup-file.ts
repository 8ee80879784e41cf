import { backupSizeProblem, readBackup } from './backup';

export type BackupReply = { error: string } | { slice: [string, unknown][] } | { done: number };

type BackupRead = ReturnType<typeof readBackup>;

/**
 * Reads a backup file the student chose, as readBackup does: refused at once when it is too large
 * to be one, else read and checked in a worker, so the page stays responsive however large the
 * file; where no worker can start, on the page.
 */
export function readBackupFile(file: File): Promise<BackupRead> {
	const tooLarge = backupSizeProblem(file.size);
	if (tooLarge) return Promise.resolve({ error: tooLarge });
	const onThePage = () => file.text().then(readBackup);
	let worker: Worker;
	try {
		worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return onThePage();
	}
	return new Promise((resolve) => {
		const records: Record<string, unknown> = {};
		const finish = (read: BackupRead | Promise<BackupRead>) => {
			worker.terminate();
			resolve(read);
		};
		worker.onmessage = ({ data }: MessageEvent<BackupReply>) => {
			if ('slice' in data) for (const [key, value] of data.slice) records[key] = value;
			else if ('error' in data) finish(data);
			else finish({ records });
		};
		// A browser without module workers.
		worker.onerror = () => finish(onThePage());
		worker.postMessage(file);
	});
}
