import { readSearchData, type SearchData } from './data';
import { SearchEngine } from './query';
import type { SearchRequest, SearchReply } from './client';

/**
 * Loads and queries the index off the page's thread: on a large site (200 articles and 10,000
 * questions) reading the index takes about 300 ms, which would freeze typing and scrolling.
 */
const scope = self as unknown as {
	onmessage: (event: MessageEvent<SearchRequest>) => void;
	postMessage(reply: SearchReply): void;
};

let engine: Promise<SearchEngine> | undefined;

function load(url: string): Promise<SearchEngine> {
	return fetch(url)
		.then((response) => {
			if (!response.ok)
				throw new Error(`The search index could not be loaded (${response.status}).`);
			return response.json() as Promise<SearchData>;
		})
		.then((data) => new SearchEngine(readSearchData(data)));
}

scope.onmessage = ({ data: { id, url, query } }) => {
	engine ??= load(url);
	engine.then(
		(loaded) =>
			scope.postMessage({ id, outcome: query === undefined ? undefined : loaded.search(query) }),
		(error: Error) => {
			// The next request tries again (the reader was offline, say).
			engine = undefined;
			scope.postMessage({ id, error: error.message });
		}
	);
};
