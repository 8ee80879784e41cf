import { readSearchData, type SearchData } from './data';
import { SearchEngine } from './query';

let engine: Promise<SearchEngine> | undefined;

/** Loads the prebuilt index once, on first use; lunr is only downloaded then. */
export function loadSearch(indexUrl: string): Promise<SearchEngine> {
	engine ??= fetch(indexUrl)
		.then((response) => {
			if (!response.ok)
				throw new Error(`The search index could not be loaded (${response.status}).`);
			return response.json() as Promise<SearchData>;
		})
		.then((data) => new SearchEngine(readSearchData(data)))
		.catch((error: unknown) => {
			engine = undefined;
			throw error;
		});
	return engine;
}
