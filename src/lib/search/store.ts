import { docRef, type SearchDoc, type SearchKind, type ShownDoc } from './documents';

/** The shown documents, with each module named once and refs and links left to be rebuilt. */
export interface CompactStore {
	modules: string[];
	/** In index order: kind, module number, id, title, and the text when there is one. */
	docs: ([SearchKind, number, string, string] | [SearchKind, number, string, string, string])[];
}

/** Only what a result shows: never `keywords` or `unshown`. */
export function encodeStore(docs: readonly SearchDoc[]): CompactStore {
	const modules = [...new Set(docs.map((d) => d.module))];
	const number = new Map(modules.map((slug, i) => [slug, i]));
	return {
		modules,
		docs: docs.map((d) => {
			const row = [d.kind, number.get(d.module)!, d.id, d.title] as const;
			return d.text ? [...row, d.text] : [...row];
		})
	};
}

/** The refs in index order, and each shown document by ref. */
export function decodeStore(store: CompactStore): {
	refs: string[];
	docs: Record<string, ShownDoc>;
} {
	const refs: string[] = [];
	const docs: Record<string, ShownDoc> = {};
	for (const [kind, m, id, title, text = ''] of store.docs) {
		const doc = { kind, module: store.modules[m]!, id, title, text };
		const ref = docRef(doc);
		refs.push(ref);
		docs[ref] = doc;
	}
	return { refs, docs };
}
