import type { SearchOutcome } from './results';

/** To the search worker: load the index at `url` if not yet loaded, then answer `query` if given. */
export interface SearchRequest {
	id: number;
	url: string;
	query?: string;
}

export type SearchReply = { id: number; outcome?: SearchOutcome } | { id: number; error: string };

/** Search as the page uses it: the index and lunr live in a worker, so the page never waits on them. */
export interface SearchClient {
	search(query: string): Promise<SearchOutcome>;
}

let worker: Worker | undefined;
let asked = 0;
const waiting = new Map<
	number,
	{ resolve(outcome?: SearchOutcome): void; reject(error: Error): void }
>();

function fail(message: string) {
	for (const { reject } of waiting.values()) reject(new Error(message));
	waiting.clear();
}

function ask(url: string, query?: string): Promise<SearchOutcome | undefined> {
	if (!worker) {
		worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
			const request = waiting.get(data.id);
			waiting.delete(data.id);
			if ('error' in data) request?.reject(new Error(data.error));
			else request?.resolve(data.outcome);
		};
		worker.onerror = () => {
			worker = undefined;
			fail('Search could not start.');
		};
	}
	const id = ++asked;
	const request: SearchRequest = { id, url, query };
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		worker!.postMessage(request);
	});
}

/** A query asked ahead of the page (see loadSearch), and its answer, until the page reads it. */
let early: { query: string; answer: Promise<SearchOutcome> } | undefined;

/** Each answer is read once, so a later search of the same words (online again, say) is fresh. */
function search(url: string, query: string): Promise<SearchOutcome> {
	const ahead = early?.query === query ? early.answer : undefined;
	early = undefined;
	return ahead ?? (ask(url, query) as Promise<SearchOutcome>);
}

/**
 * Loads the prebuilt index once, on first use; lunr is only downloaded then, by the worker. With
 * `query`, the worker starts on it at once: the header box asks as it opens the results page,
 * so the search runs while the page changes, and the page's own ask gets the same answer.
 */
export function loadSearch(indexUrl: string, query?: string): Promise<SearchClient> {
	if (query) {
		early = { query, answer: ask(indexUrl, query) as Promise<SearchOutcome> };
		early.answer.catch(() => {});
	}
	return ask(indexUrl).then(() => ({ search: (query) => search(indexUrl, query) }));
}
