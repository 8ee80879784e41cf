/**
 * The search file's name. It carries the layout's version, so a page never reads a file of another
 * layout: a tab left open across a deploy gets a 404 and says to reload. The route folder
 * `src/routes/<this name>/` writes it; change both together.
 */
export const SEARCH_FILE = 'search-index-v2.json';
