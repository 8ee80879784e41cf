import { getModule } from '$lib/server/content';
import { error } from '@sveltejs/kit';

/** The question bank, for the chooser, the player and the worksheet alike. */
export function load({ params }) {
	const bank = getModule(params.slug)?.bank;
	if (!bank) error(404, 'This module has no questions yet');
	return { bank };
}
