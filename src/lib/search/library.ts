import { buildFromDocuments } from './build';
import { searchDocuments, type SearchDoc } from './documents';
import { buildShards } from './shard-build';
import type { SearchShard, SearchStats } from './shard';
import type { SearchData } from './data';
import type { StudyModuleLike } from './types';

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
