import { error, json } from '@sveltejs/kit';
import { librarySearch } from '$lib/server/search';
import { moduleEntries } from '$lib/server/content';

export const prerender = true;

export function entries() {
	return moduleEntries();
}

/** A module's part of the search index: fetched when a query needs it, kept with the module. */
export function GET({ params }) {
	const shard = librarySearch().postings.get(params.slug);
	if (shard) return json(shard);
	// A module with nothing to search still has a (empty) part, so every module has one.
	if (!moduleEntries().some((m) => m.slug === params.slug)) error(404, 'No such module');
	return json({ store: { modules: [], docs: [] }, docBoosts: [], terms: [], postings: '' });
}
