import { lunr } from './pipeline';
import { numberReader } from './compact';
import { decodeStore, type CompactStore } from './store';
import type { ShownDoc } from './documents';
import type { SearchData } from './data';

/**
 * Search in parts: one shard per module, loaded only when a query needs that module, scored as
 * one index over the whole library would score it. lunr's BM25 needs three library-wide figures
 * (the number of documents, each field's average length, and per term how many documents hold
 * it); the first two are in SearchStats, the third is written into each shard for its own terms.
 * Any set of shards, loaded together, is then one lunr index whose field vectors are exactly the
 * library index's: a query ranks their documents as the library index would.
 */
export interface SearchStats {
	fields: string[];
	fieldBoosts: number[];
	k1: number;
	b: number;
	/** The search pipeline, by registered name. */
	pipeline: string[];
	/** Documents in the whole library. */
	count: number;
	/** Each field's total length over the whole library, in `fields` order. */
	totals: number[];
}

/** One module's part of the index. */
export interface SearchShard {
	store: CompactStore;
	/** Each document's boost, in store order. */
	docBoosts: number[];
	terms: string[];
	/** Per term: the library's documents holding it, counted per field as lunr.idf counts. */
	df: number[];
	/**
	 * Per term, per field: the number of documents, then for each `gap * 2 + (tf > 1)` followed by
	 * `tf - 2` when tf > 1, gaps counting the documents skipped (digits as in CompactIndex).
	 */
	postings: string;
}

/**
 * One lunr index over the given shards (in library order), with the library's figures: its
 * field vectors are those of the library index, so its ranking is the library index's,
 * restricted to these modules.
 */
export function loadShards(
	stats: SearchStats,
	shards: readonly SearchShard[]
): { index: lunr.Index; docs: Record<string, ShownDoc> } {
	const { fields, fieldBoosts, k1, b, count, totals } = stats;
	const width = fields.length;
	const average = totals.map((total) => total / count);
	const none = {};
	const termNumber = new Map<string, number>();
	const inverted = new Map<string, Record<string, unknown>>();
	const vectors = new Map<string, number[]>();
	const docs: Record<string, ShownDoc> = {};
	const fieldRefs: string[] = [];

	for (const shard of shards) {
		const { refs, docs: shown } = decodeStore(shard.store);
		Object.assign(docs, shown);
		const read = numberReader(shard.postings);
		const lengths = new Float64Array(refs.length * width);
		const found: [number, number, number, number][] = [];
		shard.terms.forEach((term, i) => {
			let t = termNumber.get(term);
			if (t === undefined) {
				t = termNumber.size;
				termNumber.set(term, t);
				const posting: Record<string, unknown> = { _index: t };
				for (const field of fields) posting[field] = Object.create(null);
				inverted.set(term, posting);
			}
			const posting = inverted.get(term)!;
			const withTerm = shard.df[i]!;
			const idf = Math.log(1 + Math.abs((count - withTerm + 0.5) / (withTerm + 0.5)));
			fields.forEach((field, f) => {
				const holders = posting[field] as Record<string, object>;
				for (let n = read(), doc = -1; n > 0; n--) {
					const step = read();
					const tf = step & 1 ? read() + 2 : 1;
					doc += (step >> 1) + 1;
					holders[refs[doc]!] = none;
					lengths[doc * width + f]! += tf;
					found.push([t!, doc * width + f, tf, idf]);
				}
			});
		});
		// lunr.Builder's arithmetic (createFieldVectors), with the library's averages and idf.
		const slots: number[][] = [];
		for (const [t, slot, tf, idf] of found) {
			const f = slot % width;
			let score =
				(idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (lengths[slot]! / average[f]!)) + tf);
			score *= fieldBoosts[f]!;
			score *= shard.docBoosts[(slot - f) / width]!;
			(slots[slot] ??= []).push(t, Math.round(score * 1000) / 1000);
		}
		refs.forEach((ref, doc) =>
			fields.forEach((field, f) => {
				const fieldRef = `${field}/${ref}`;
				fieldRefs.push(fieldRef);
				vectors.set(fieldRef, sortPairs(slots[doc * width + f] ?? []));
			})
		);
	}

	return {
		index: lunr.Index.load({
			version: lunr.version,
			fields,
			fieldVectors: fieldRefs.map((ref) => [ref, vectors.get(ref)!]),
			invertedIndex: [...inverted].sort(([x], [y]) => (x < y ? -1 : 1)),
			pipeline: stats.pipeline
		}),
		docs
	};
}

/** [index, value, …] by index, as lunr.Vector keeps its elements. */
function sortPairs(flat: number[]): number[] {
	const pairs: [number, number][] = [];
	for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
	return pairs.sort((x, y) => x[0] - y[0]).flat();
}

/**
 * The library-level search file (SEARCH_FILE): loaded first, small, and changed only when a
 * module's title, standfirst or glossary is. `modules` is a little index with one document per
 * module that says which modules a query needs; `stats` are lunr's settings.
 */
export interface LibrarySearch {
	modules: SearchData;
	stats: Omit<SearchStats, 'count' | 'totals'>;
}

/**
 * A shard travels as two files: its postings (SHARD_FILE), which change only with its module,
 * and its weights (WEIGHTS_FILE): the library's figures, which any module's edit may change,
 * so an update refetches this small file of a kept module, not its postings.
 */
export type ShardPostings = Omit<SearchShard, 'df'>;
export type ShardWeights = Pick<SearchShard, 'df'> & Pick<SearchStats, 'count' | 'totals'>;
