import { error, json } from '@sveltejs/kit';
import { getModule, moduleEntries } from '$lib/server/content';
import { moduleFacts } from '$lib/server/progress-facts';

export const prerender = true;

export function entries() {
	return moduleEntries();
}

/**
 * What the progress page needs of this module, kept offline with it: read when its shard
 * (src/routes/progress/facts-[n].json) cannot be had.
 */
export function GET({ params }) {
	const m = getModule(params.slug);
	if (!m) error(404, 'No such module');
	return json(moduleFacts(m));
}
