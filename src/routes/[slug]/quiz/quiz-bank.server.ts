import { getModule, moduleEntries } from '$lib/server/content';
import { error } from '@sveltejs/kit';

/*
 * The chooser, the player and the worksheet load the same thing, the module's question bank.
 * Each page re-exports this rather than a +layout.server.ts loading it: a layout node adds a
 * node to every quiz page's client code and data for no change in what they get, and SvelteKit
 * takes prerender entries from pages only.
 */
export const entries = moduleEntries;

export function load({ params }: { params: { slug: string } }) {
	const bank = getModule(params.slug)?.bank;
	if (!bank) error(404, 'This module has no questions yet');
	return { bank };
}
