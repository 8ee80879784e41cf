/**
 * The search files' names. They carry the layout's version, so a page never reads a file of
 * another layout: a tab left open across a deploy gets a 404 and says to reload. The route
 * folders `src/routes/<SEARCH_FILE>/` and `src/routes/[slug]/<SHARD_FILE>/` write them; change
 * both together.
 */
/** The library-level file, loaded first (see library.ts). */
export const SEARCH_FILE = 'search-index-v3.json';
/** A module's part of the index, under the module's folder: `/<slug>/search-v3.json`. */
export const SHARD_FILE = 'search-v3.json';
/** Its weights (see library.ts), beside it: `/<slug>/search-weights-v3.json`. */
export const WEIGHTS_FILE = 'search-weights-v3.json';
