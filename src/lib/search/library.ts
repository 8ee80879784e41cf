import { buildFromDocuments } from './build';
import { searchDocuments, type SearchDoc } from './documents';
import { buildShards } from './shard-build';
import type { LibrarySearch, ShardPostings, ShardWeights } from './shard';
import type { StudyModuleLike } from './types';

type ModuleWithMeta = StudyModuleLike & {
	article: StudyModuleLike['article'] & { meta: { title: string; standfirst?: string } };
};

/** One document per module: what finds the module itself. */
export function moduleDocuments(modules: readonly ModuleWithMeta[]): SearchDoc[] {
	return modules.map((m) => ({
		kind: 'term',
		module: m.slug,
		id: 'module',
		title: m.article.meta.title,
		// Found by, never shown: the file ships only what a result shows (the title).
		text: '',
		unshown: m.article.meta.standfirst ?? '',
		keywords: m.glossary.flatMap((entry) => [entry.term, ...entry.aliases]).join(' ')
	}));
}

/** The library file and every module's two shard files, built once for all the pages that ask. */
export function buildLibrarySearch(modules: readonly ModuleWithMeta[]): {
	library: LibrarySearch;
	postings: Map<string, ShardPostings>;
	weights: Map<string, ShardWeights>;
} {
	const { stats, shards } = buildShards(searchDocuments(modules));
	const { count, totals, ...settings } = stats;
	return {
		library: { modules: buildFromDocuments(moduleDocuments(modules)), stats: settings },
		postings: new Map(
			[...shards].map(([slug, s]) => [
				slug,
				{ store: s.store, docBoosts: s.docBoosts, terms: s.terms, postings: s.postings }
			])
		),
		weights: new Map([...shards].map(([slug, { df }]) => [slug, { count, totals, df }]))
	};
}
