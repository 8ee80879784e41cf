import { digits, type BuilderState } from './compact';
import { buildLunr } from './build';
import { encodeStore } from './store';
import { docRef, type SearchDoc } from './documents';
import type { SearchShard, SearchStats } from './shard';

/** Build time only (lunr's Builder); the browser loads shards with shard.ts. */
type Builder = BuilderState & { fieldLengths: Record<string, number> };

/** The library's figures and each module's shard, from one lunr index over every document. */
export function buildShards(docs: readonly SearchDoc[]): {
	stats: SearchStats;
	shards: Map<string, SearchShard>;
} {
	const { builder } = buildLunr(docs);
	const state = builder as unknown as Builder;
	const fields = Object.keys(state._fields);
	const refs = docs.map(docRef);
	const moduleOf = new Map(docs.map((d, i) => [refs[i]!, d.module]));
	const byModule = new Map<string, { docs: SearchDoc[]; number: Map<string, number> }>();
	docs.forEach((doc, i) => {
		const part = byModule.get(doc.module) ?? {
			docs: [] as SearchDoc[],
			number: new Map<string, number>()
		};
		part.number.set(refs[i]!, part.docs.length);
		part.docs.push(doc);
		byModule.set(doc.module, part);
	});

	// Per module, per term (in lunr's term order): each field's documents and term frequencies.
	const lists = new Map([...byModule.keys()].map((m) => [m, new Map<string, number[][]>()]));
	const df = new Map<string, number>();
	const terms = Object.keys(state.invertedIndex).sort(
		(a, b) =>
			(state.invertedIndex[a]!._index as number) - (state.invertedIndex[b]!._index as number)
	);
	for (const term of terms) {
		const posting = state.invertedIndex[term]!;
		let holding = 0;
		fields.forEach((field, f) => {
			for (const ref of Object.keys(posting[field] as object)) {
				holding++;
				const module = moduleOf.get(ref)!;
				const perTerm = lists.get(module)!;
				if (!perTerm.has(term))
					perTerm.set(
						term,
						fields.map(() => [])
					);
				const tf = state.fieldTermFrequencies[`${field}/${ref}`]![term]!;
				perTerm.get(term)![f]!.push(byModule.get(module)!.number.get(ref)!, tf);
			}
		});
		df.set(term, holding);
	}

	const shards = new Map<string, SearchShard>();
	for (const [module, part] of byModule) {
		const perTerm = lists.get(module)!;
		// In the shard's own order (by term), so a shard changes only when its module does.
		const terms = [...perTerm.keys()].sort();
		let postings = '';
		for (const fieldLists of terms.map((term) => perTerm.get(term)!)) {
			for (const list of fieldLists) {
				postings += digits(list.length / 2);
				let previous = -1;
				for (let i = 0; i < list.length; i += 2) {
					const doc = list[i]!;
					const tf = list[i + 1]!;
					postings +=
						digits((doc - previous - 1) * 2 + (tf > 1 ? 1 : 0)) + (tf > 1 ? digits(tf - 2) : '');
					previous = doc;
				}
			}
		}
		shards.set(module, {
			store: encodeStore(part.docs),
			docBoosts: part.docs.map((d) => state._documents[docRef(d)]?.boost || 1),
			terms,
			df: terms.map((term) => df.get(term)!),
			postings
		});
	}
	const totals = fields.map((field) =>
		refs.reduce((sum, ref) => sum + (state.fieldLengths[`${field}/${ref}`] ?? 0), 0)
	);
	return {
		stats: {
			fields,
			fieldBoosts: fields.map((field) => state._fields[field]!.boost || 1),
			k1: state._k1,
			b: state._b,
			pipeline: state.searchPipeline.toJSON() as unknown as string[],
			count: docs.length,
			totals
		},
		shards
	};
}
