import { buildFromDocuments } from './build';
import { searchDocuments, type SearchDoc } from './documents';
import { buildShards } from './shard-build';
import type { SearchShard, SearchStats } from './shard';
import type { SearchData } from './data';
import type { StudyModuleLike } from './types';

/**
 * The library-level search file (SEARCH_FILE): loaded first, small. `modules` is a little index
 * with one document per module (its title, standfirst and glossary headwords) that says which
 * modules a query needs; `stats` are the library's figures each module's shard is scored with.
 */
export interface LibrarySearch {
	modules: SearchData;
	stats: SearchStats;
}

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
		text: m.article.meta.standfirst ?? '',
		keywords: m.glossary.flatMap((entry) => [entry.term, ...entry.aliases]).join(' ')
	}));
}

/** The library file and every module's shard, built once for all the pages that ask. */
export function buildLibrarySearch(modules: readonly ModuleWithMeta[]): {
	library: LibrarySearch;
	shards: Map<string, SearchShard>;
} {
	const { stats, shards } = buildShards(searchDocuments(modules));
	return { library: { modules: buildFromDocuments(moduleDocuments(modules)), stats }, shards };
}
