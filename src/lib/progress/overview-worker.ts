/// <reference lib="webworker" />
/**
 * Reads and summarises the progress page's records off the page's thread (overview.ts): with
 * 200,000 answers stored, reading, checking, sorting and replaying them is over half a second of
 * work, and the page posts back only the summaries. The worker opens its own connection to the
 * same IndexedDB database.
 */
import { openProgress } from './browser';
import type { FactsPlace } from './module-facts';
import { progressOverview, type ListedModule, type Overview } from './overview';

export interface OverviewRequest {
	listed: ListedModule[];
	place: FactsPlace;
	now: number;
}

export type OverviewReply = { overview: Overview } | { error: string };

onmessage = async ({ data }: MessageEvent<OverviewRequest>) => {
	try {
		const store = await openProgress();
		// Memory only (storage refused): the page's own store holds the records, not this one.
		if (!store.persistent) throw new Error('no storage in the worker');
		const overview = await progressOverview(store, data.listed, data.place, new Date(data.now));
		postMessage({ overview } satisfies OverviewReply);
	} catch (error) {
		postMessage({ error: String(error) } satisfies OverviewReply);
	}
};
