import { readSearchData } from './data';
import { SearchEngine, queryTerms } from './query';
import { loadShards, type SearchShard } from './shard';
import { SHARD_FILE, WEIGHTS_FILE } from './file';
import type { LibrarySearch, ShardPostings, ShardWeights } from './shard';
import type { SearchRequest, SearchReply } from './client';
import type { SearchOutcome } from './results';

/**
 * Loads and queries the index off the page's thread: reading an index of a large library takes
 * hundreds of milliseconds, which would freeze typing and scrolling.
 *
 * The library file comes first (small: one document per module). A query then loads the shards
 * of the modules it needs: every module in a small library; in a large one, the modules whose
 * title, standfirst or glossary match and those kept on this device. Shards load once; the
 * loaded ones are searched as one index (shard.ts), so results rank as the library index would.
 */
const scope = self as unknown as {
	onmessage: (event: MessageEvent<SearchRequest>) => void;
	postMessage(reply: SearchReply): void;
};

/** Up to this many modules, every query searches all of them, as before the library was split. */
export const SEARCH_ALL_UP_TO = 12;
/** In a larger library, the full text of at most this many matching modules (besides kept ones). */
const MATCHING_MODULES = 8;

interface Library {
	file: LibrarySearch;
	folder: string;
	/** Finds modules by title, standfirst and glossary headwords. */
	modules: SearchEngine;
	slugs: string[];
	titles: Map<string, string>;
}

let library: Promise<Library> | undefined;
type Loaded = { shard: SearchShard; weights: ShardWeights };
const shards = new Map<string, Promise<Loaded>>();
let merged: { key: string; engine: SearchEngine } | undefined;

function load(url: string): Promise<Library> {
	return fetch(url)
		.catch(() => {
			// Offline, in a large library, before any search online or any module kept.
			throw new Error(
				'Search is not on this device yet: it is saved with the first module kept offline, or the first search made online.'
			);
		})
		.then((response) => {
			if (!response.ok)
				throw new Error(`The search index could not be loaded (${response.status}).`);
			return response.json() as Promise<LibrarySearch>;
		})
		.then((file) => {
			const read = readSearchData(file.modules);
			const slugs = file.modules.store.modules;
			return {
				file,
				folder: url.slice(0, url.lastIndexOf('/') + 1),
				modules: new SearchEngine(read),
				slugs,
				titles: new Map(Object.values(read.docs).map((d) => [d.module, d.title]))
			};
		});
}

function shard(lib: Library, slug: string): Promise<Loaded> {
	let pending = shards.get(slug);
	if (!pending) {
		const get = <T>(file: string) =>
			fetch(`${lib.folder}${slug}/${file}`).then((response) => {
				if (!response.ok) throw new Error(`${slug}: ${response.status}`);
				return response.json() as Promise<T>;
			});
		pending = Promise.all([get<ShardPostings>(SHARD_FILE), get<ShardWeights>(WEIGHTS_FILE)]).then(
			([postings, weights]) => ({ shard: { ...postings, df: weights.df }, weights })
		);
		// A shard that failed (offline, say) is asked for again next time.
		pending.catch(() => shards.delete(slug));
		shards.set(slug, pending);
	}
	return pending;
}

/** Modules kept on this device (the service worker's caches), searched whatever the query. */
async function keptModules(): Promise<string[]> {
	const names = await (self.caches?.keys() ?? Promise.resolve([]));
	return names.filter((n) => n.startsWith('lectern-module-')).map((n) => n.slice(15));
}

async function search(lib: Library, query: string): Promise<SearchOutcome> {
	if (!queryTerms(query).terms.length) return lib.modules.search(query);
	const all = lib.slugs.length <= SEARCH_ALL_UP_TO;
	const wanted = new Set<string>();
	if (all) lib.slugs.forEach((slug) => wanted.add(slug));
	else {
		const found = lib.modules.search(query);
		if (found.status === 'results')
			for (const hit of found.hits.slice(0, MATCHING_MODULES)) wanted.add(hit.doc.module);
		const known = new Set(lib.slugs);
		for (const slug of await keptModules()) if (known.has(slug)) wanted.add(slug);
	}
	const order = lib.slugs.filter((slug) => wanted.has(slug));
	const loaded = await Promise.all(
		order.map((slug) =>
			shard(lib, slug).then(
				(s) => [slug, s] as const,
				() => undefined
			)
		)
	);
	const present = loaded.filter((entry) => entry !== undefined);
	const key = present.map(([slug]) => slug).join(' ');
	if (merged?.key !== key) {
		// The library's figures, the same in every module's weights of one deploy.
		const weights = present[0]?.[1].weights;
		const stats = {
			...lib.file.stats,
			count: weights?.count ?? 0,
			totals: weights?.totals ?? lib.file.stats.fields.map(() => 0)
		};
		merged = {
			key,
			engine: new SearchEngine(
				loadShards(
					stats,
					present.map(([, s]) => s.shard)
				)
			)
		};
	}
	const outcome = merged.engine.search(query);
	if (outcome.status !== 'results') return outcome;
	const missing = order.filter((_, i) => !loaded[i]).map((slug) => lib.titles.get(slug) ?? slug);
	return {
		...outcome,
		coverage: { searched: present.length, total: lib.slugs.length, missing }
	};
}

scope.onmessage = ({ data: { id, url, query } }) => {
	library ??= load(url);
	library
		.then((lib) => (query === undefined ? undefined : search(lib, query)))
		.then(
			(outcome) => scope.postMessage({ id, outcome }),
			(error: Error) => {
				// The next request tries again (the reader was offline, say).
				library = undefined;
				scope.postMessage({ id, error: error.message });
			}
		);
};
