import { error } from '@sveltejs/kit';
import { getModule, moduleEntries } from '$lib/server/content';

export const entries = moduleEntries;

export function load({ params }) {
	const module = getModule(params.slug);
	if (!module) error(404, 'No such module');
	return { entries: module.glossary };
}
