/**
 * What the service worker and the build agree on: the files of the shell and of each module,
 * each with a revision (a hash of its content), so an update fetches only what changed.
 */

/** A module's `offline.json`: every file the student needs offline, by path under the module. */
export interface ModuleFiles {
	slug: string;
	title: string;
	/** path → [revision, bytes]; `index.html` paths are fetched as their folder (`glossary/`). */
	files: Record<string, [string, number]>;
}

/** The shell's files (app code, home, search, progress, 404, the library files), path → revision. */
export type ShellFiles = Record<string, string>;

/** What the build prepends to service-worker.js (`self.__LECTERN__`). */
export interface Precache {
	shell: ShellFiles;
	/**
	 * Files of the shell fetched when first asked for, or with the first module kept, not at
	 * install: the library's search file, which only a search reads (offline, a search has
	 * nothing to search but kept modules).
	 */
	later: string[];
	/** A digest of `shell`: the name of its cache, shared by versions whose shell is the same. */
	shellId: string;
	/** A digest of every module's files. */
	library: string;
}

/** The file a module lists with the rest of its files, written after the build. */
export const MODULE_FILES = 'offline.json';

/** The catalogue of the library (every module's card), precached with the shell. */
export const LIBRARY_FILE = 'library-v1.json';

/**
 * A library this small is kept whole when the service worker installs, as Lectern always did
 * with its one article; a larger one keeps a module when it is opened or kept on purpose.
 */
export const KEEP_WHOLE_UP_TO = 5;

/** The address a file is fetched from: a page's folder rather than its index.html. */
export const fetchPath = (path: string) => path.replace(/(^|\/)index\.html$/, '$1');

/** The cache key of one revision of a file (as Workbox keys its precache). */
export const revisionKey = (url: string, revision: string) => `${url}?__rev=${revision}`;
