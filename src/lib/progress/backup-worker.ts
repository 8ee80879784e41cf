/// <reference lib="webworker" />
/**
 * Reads and checks a backup file off the page's thread: a large file's JSON.parse and the check
 * of every record would freeze the page. The records go back in slices, so that taking them in
 * is never one long task either.
 */
import { readBackup } from './backup';
import type { BackupReply } from './backup-file';

const SLICE = 500;
const reply = (message: BackupReply) => postMessage(message);

onmessage = async ({ data: file }: MessageEvent<File>) => {
	const read = readBackup(await file.text());
	if ('error' in read) return reply(read);
	const entries = Object.entries(read.records);
	for (let i = 0; i < entries.length; i += SLICE) reply({ slice: entries.slice(i, i + SLICE) });
	reply({ done: entries.length });
};
