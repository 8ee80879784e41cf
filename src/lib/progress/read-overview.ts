import { openProgress } from './browser';
import { kindOf } from './keys';
import type { FactsPlace } from './module-facts';
import { progressOverview, type ListedModule, type Overview } from './overview';
import type { OverviewReply, OverviewRequest } from './overview-worker';

/**
 * Up to this many answer, attempt and rating records the page reads them itself: starting a
 * worker costs more than the reading (docs/performance.md). Above it, a worker does, so that no
 * task on the page's thread runs long however much is stored (200,000 answers take over half a
 * second to read and summarise).
 */
export const ON_THE_PAGE_UP_TO = 1_000;

/** How many answer batches, attempts and word ratings are stored: what reading them costs. */
function recordCount(keys: Iterable<string>): number {
	let count = 0;
	for (const key of keys) {
		const kind = kindOf(key);
		if (kind === 'answer' || kind === 'attempt' || kind === 'word') count++;
	}
	return count;
}

function inWorker(request: OverviewRequest): Promise<Overview> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./overview-worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = ({ data }: MessageEvent<OverviewReply>) => {
			worker.terminate();
			if ('overview' in data) resolve(data.overview);
			else reject(new Error(data.error));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message));
		};
		worker.postMessage(request);
	});
}

/**
 * Opens the store and reads what the progress page shows: in a worker when much is stored (and
 * the browser can start one), else on the page.
 */
export async function readOverview(listed: ListedModule[], place: FactsPlace) {
	const store = await openProgress();
	const now = new Date();
	let overview: Overview | undefined;
	const keys = await store.keys();
	if (store.persistent && recordCount(keys) > ON_THE_PAGE_UP_TO) {
		overview = await inWorker({ listed, place, now: now.getTime() }).catch(() => undefined);
		// The worker's reads set aside what was damaged; the page's store counts from here on.
	}
	overview ??= await progressOverview(store, listed, place, now, keys);
	return { store, overview };
}
