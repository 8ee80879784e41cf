import { error } from '@sveltejs/kit';
import { getModule, moduleEntries } from '$lib/server/content';
import { articlePage } from '../article-page.server';

export const entries = moduleEntries;

/** The article page's data, and the question bank the checkpoints come from. */
export function load({ params }) {
	const bank = getModule(params.slug)?.bank;
	if (!bank) error(404, 'This module has no questions yet');
	return { ...articlePage(params.slug), bank };
}
