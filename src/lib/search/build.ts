import { lunr, normaliser } from './pipeline';
import { docRef, searchDocuments, type SearchDoc } from './documents';
import { decodeIndex, encodeIndex } from './compact';
import { encodeStore } from './store';
import type { SearchData } from './data';
import type { StudyModuleLike } from './types';

/** Builds the search file at build time; the browser only loads it. */
export function buildSearchData(modules: readonly StudyModuleLike[]): SearchData {
	return buildFromDocuments(searchDocuments(modules));
}

/** lunr's index of the documents, and the Builder that made it (the encoder reads its counts). */
export function buildLunr(docs: readonly SearchDoc[]): {
	index: lunr.Index;
	builder: lunr.Builder;
} {
	let builder!: lunr.Builder;
	const refs = new Set<string>();
	const index = lunr(function (self) {
		builder = self;
		this.pipeline.before(lunr.trimmer, normaliser);
		this.searchPipeline.before(lunr.stemmer, normaliser);
		this.ref('ref');
		// A term named in its own entry outranks a paragraph that merely mentions it.
		this.field('title', {
			boost: 10,
			extractor: (doc) => {
				const { kind, title } = doc as SearchDoc;
				return kind === 'paragraph' ? '' : title;
			}
		});
		this.field('keywords', { boost: 8 });
		this.field('text');
		this.field('unshown');
		for (const doc of docs) {
			const ref = docRef(doc);
			if (refs.has(ref)) throw new Error(`Two search documents have the same address: ${ref}`);
			refs.add(ref);
			// Questions repeat the article's words in their explanations: the article itself ranks first.
			this.add({ ...doc, ref }, { boost: doc.kind === 'question' ? 0.5 : 1 });
		}
	});
	return { index, builder };
}

/** The search file for any set of documents (the bench feeds synthetic ones). */
export function buildFromDocuments(docs: readonly SearchDoc[]): SearchData {
	const { index, builder } = buildLunr(docs);
	const refs = docs.map(docRef);
	const compact = encodeIndex(builder, refs);
	// The browser rebuilds the index from the compact form: every build proves it is lunr's own.
	if (JSON.stringify(decodeIndex(compact, refs).toJSON()) !== JSON.stringify(index.toJSON()))
		throw new Error('The compact search index does not load as the index lunr built.');
	return { store: encodeStore(docs), index: compact };
}
