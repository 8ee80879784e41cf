import { lunr } from './pipeline';

/**
 * lunr's index in a few arrays and one string, about a fifth of `toJSON` gzipped. Only what lunr's
 * Builder cannot recompute is kept: the terms, which documents hold each term in which field and how
 * often, and the boosts. Field lengths, idf and every field vector are recomputed on load with the
 * Builder's own arithmetic, so the loaded index is lunr's, score for score.
 */
export interface CompactIndex {
	fields: string[];
	/** Each field's boost, in `fields` order. */
	fieldBoosts: number[];
	/** Each document's boost, in document order (runs of equal numbers gzip to almost nothing). */
	docBoosts: number[];
	k1: number;
	b: number;
	/** The search pipeline, by registered name. */
	pipeline: string[];
	/** Every term; its position is lunr's term index, so vectors add up in lunr's order. */
	terms: string[];
	/**
	 * Per term, in `terms` order: the step from the previous term's first document to this term's
	 * (lunr numbers terms by first use, so the steps are small), then per field the number of
	 * documents and, for each, `gap * 2 + (tf > 1)` followed by `tf - 2` when tf > 1. Gaps count
	 * the documents skipped since the last one (the first from the term's first document).
	 * Numbers are base-32 digits: `0`–`O` continue a number, `]`–`|` end it.
	 */
	postings: string;
}

/** What the encoder reads from lunr 2.3.9's Builder (@types/lunr describes an older one). */
export interface BuilderState {
	_fields: Record<string, { boost?: number }>;
	_documents: Record<string, { boost?: number }>;
	_k1: number;
	_b: number;
	invertedIndex: Record<string, Record<string, unknown>>;
	fieldTermFrequencies: Record<string, Record<string, number>>;
	searchPipeline: lunr.Pipeline;
}

const MORE = 48;
const LAST = 93;

/** One number of the postings string (see CompactIndex.postings); shards use it too. */
export function digits(n: number): string {
	let out = String.fromCharCode(LAST + (n % 32));
	for (n = Math.floor(n / 32); n > 0; n = Math.floor(n / 32))
		out = String.fromCharCode(MORE + (n % 32)) + out;
	return out;
}

/** Reads the numbers of a postings string one after another. */
export function numberReader(postings: string): () => number {
	let at = 0;
	return () => {
		let n = 0;
		let c: number;
		while ((c = postings.charCodeAt(at++)) < LAST) n = n * 32 + c - MORE;
		return n * 32 + c - LAST;
	};
}

/** The compact form of what `builder` built; `refs` are its documents in the order they were added. */
export function encodeIndex(builder: lunr.Builder, refs: readonly string[]): CompactIndex {
	const state = builder as unknown as BuilderState;
	const fields = Object.keys(state._fields);
	const number = new Map(refs.map((ref, i) => [ref, i]));
	const terms = Object.keys(state.invertedIndex).sort(
		(a, b) =>
			(state.invertedIndex[a]!._index as number) - (state.invertedIndex[b]!._index as number)
	);
	let postings = '';
	let base = 0;
	for (const term of terms) {
		const posting = state.invertedIndex[term]!;
		const lists = fields.map((field) =>
			Object.keys(posting[field] as object).map((ref) => {
				const doc = number.get(ref);
				if (doc === undefined) throw new Error(`The index holds a document not listed: ${ref}`);
				return [doc, state.fieldTermFrequencies[`${field}/${ref}`]![term]!] as const;
			})
		);
		// Each list is in the order documents were added (checked below), so it starts with its first.
		const first = Math.min(...lists.filter((list) => list.length).map((list) => list[0]![0]));
		if (first < base) throw new Error('Documents must be listed in the order they were added.');
		postings += digits(first - base);
		base = first;
		for (const list of lists) {
			postings += digits(list.length);
			let previous = first - 1;
			for (const [doc, tf] of list) {
				if (doc <= previous)
					throw new Error('Documents must be listed in the order they were added.');
				postings +=
					digits((doc - previous - 1) * 2 + (tf > 1 ? 1 : 0)) + (tf > 1 ? digits(tf - 2) : '');
				previous = doc;
			}
		}
	}
	return {
		fields,
		fieldBoosts: fields.map((field) => state._fields[field]!.boost || 1),
		docBoosts: refs.map((ref) => state._documents[ref]?.boost || 1),
		k1: state._k1,
		b: state._b,
		pipeline: state.searchPipeline.toJSON() as unknown as string[],
		terms,
		postings
	};
}

/** lunr's index again, from its compact form and the refs of its documents in order. */
export function decodeIndex(compact: CompactIndex, refs: readonly string[]): lunr.Index {
	const { fields, fieldBoosts, docBoosts, k1, b, terms, postings } = compact;
	const count = refs.length;
	const width = fields.length;

	const read = numberReader(postings);
	// A slot is one field of one document (doc * width + field), as lunr's field refs are.
	const lengths = new Float64Array(count * width);
	// Sums of whole numbers, so exactly lunr's in any order.
	const totals = fields.map(() => 0);
	const found: number[][] = [];
	// lunr copies a posting's metadata before use and stores none here: one empty object serves all.
	const none = {};
	let base = 0;
	const invertedIndex = terms.map((term, t) => {
		const posting: Record<string, unknown> = { _index: t };
		const slots: number[] = [];
		base += read();
		fields.forEach((field, f) => {
			const docs: Record<string, object> = (posting[field] = Object.create(null));
			for (let n = read(), doc = base - 1; n > 0; n--) {
				const step = read();
				const tf = step & 1 ? read() + 2 : 1;
				doc += (step >> 1) + 1;
				docs[refs[doc]!] = none;
				lengths[doc * width + f]! += tf;
				totals[f]! += tf;
				slots.push(doc * width + f, tf);
			}
		});
		found.push(slots);
		return [term, posting] as const;
	});

	// lunr.Builder's arithmetic, step for step (calculateAverageFieldLengths, createFieldVectors, lunr.idf).
	const vectors: number[][] = [];
	found.forEach((slots, t) => {
		const withTerm = slots.length / 2;
		const idf = Math.log(1 + Math.abs((count - withTerm + 0.5) / (withTerm + 0.5)));
		for (let i = 0; i < slots.length; i += 2) {
			const slot = slots[i]!;
			const tf = slots[i + 1]!;
			const f = slot % width;
			let score =
				(idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (lengths[slot]! / (totals[f]! / count))) + tf);
			score *= fieldBoosts[f]!;
			score *= docBoosts[(slot - f) / width]!;
			(vectors[slot] ??= []).push(t, Math.round(score * 1000) / 1000);
		}
	});

	return lunr.Index.load({
		version: lunr.version,
		fields,
		fieldVectors: refs.flatMap((ref, doc) =>
			fields.map((field, f) => [`${field}/${ref}`, vectors[doc * width + f] ?? []])
		),
		invertedIndex: invertedIndex.sort(([x], [y]) => (x < y ? -1 : 1)),
		pipeline: compact.pipeline
	});
}
