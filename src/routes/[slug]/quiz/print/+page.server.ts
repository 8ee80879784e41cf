import { getModule, moduleEntries } from '$lib/server/content';
import { error } from '@sveltejs/kit';

export const entries = moduleEntries;

export function load({ params }) {
	const bank = getModule(params.slug)?.bank;
	if (!bank) error(404, 'This module has no questions yet');
	return { bank };
}
