import { error, json } from '@sveltejs/kit';
import { librarySearch } from '$lib/server/search';
import { moduleEntries } from '$lib/server/content';

export const prerender = true;

export function entries() {
	return moduleEntries();
}

/** The library's figures a module's shard is scored with (src/lib/search/library.ts). */
export function GET({ params }) {
	const { weights, library } = librarySearch();
	const found = weights.get(params.slug);
	if (found) return json(found);
	if (!moduleEntries().some((m) => m.slug === params.slug)) error(404, 'No such module');
	const any = [...weights.values()][0];
	return json({
		count: any?.count ?? 0,
		totals: any?.totals ?? library.stats.fields.map(() => 0),
		df: []
	});
}
