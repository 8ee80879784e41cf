import { buildLibrarySearch } from '../search/library';
import { loadModules } from './content';

let built: { modules: unknown; search: ReturnType<typeof buildLibrarySearch> } | undefined;

/** The library's search file and shards, built once per set of modules (each shard is a page). */
export function librarySearch(): ReturnType<typeof buildLibrarySearch> {
	const modules = loadModules();
	if (built?.modules !== modules) built = { modules, search: buildLibrarySearch(modules) };
	return built.search;
}
