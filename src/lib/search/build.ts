import { lunr, normaliser } from './pipeline';
import { searchDocuments, type SearchDoc } from './documents';
import type { StudyModuleLike } from './types';

export interface SearchData {
	index: object;
	docs: Record<string, SearchDoc>;
}

/** Builds the lunr index at build time; the browser only loads it. */
export function buildSearchData(modules: readonly StudyModuleLike[]): SearchData {
	return buildFromDocuments(searchDocuments(modules));
}

/** The index and shown store for any set of documents (the bench feeds synthetic ones). */
export function buildFromDocuments(docs: Record<string, SearchDoc>): SearchData {
	const index = lunr(function () {
		this.pipeline.before(lunr.trimmer, normaliser);
		this.searchPipeline.before(lunr.stemmer, normaliser);
		this.ref('id');
		// A term named in its own entry outranks a paragraph that merely mentions it.
		this.field('title', {
			boost: 10,
			extractor: (doc) =>
				(doc as { kind: string; title: string }).kind === 'paragraph'
					? ''
					: (doc as { title: string }).title
		});
		this.field('keywords', { boost: 8 });
		this.field('text');
		this.field('unshown');
		// Questions repeat the article's words in their explanations: the article itself ranks first.
		for (const [id, doc] of Object.entries(docs))
			this.add({ id, ...doc }, { boost: doc.kind === 'question' ? 0.5 : 1 });
	});
	// What is only for finding stays out of the shipped store.
	const shown: Record<string, SearchDoc> = {};
	for (const [id, doc] of Object.entries(docs)) {
		const copy = { ...doc };
		delete copy.unshown;
		shown[id] = copy;
	}
	return { index: index.toJSON(), docs: shown };
}
