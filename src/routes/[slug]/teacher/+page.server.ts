import { error } from '@sveltejs/kit';
import { getModule, moduleEntries } from '$lib/server/content';

export const entries = moduleEntries;

export function load({ params }) {
	const module = getModule(params.slug);
	if (!module?.bank) error(404, 'This module has no questions yet');
	return {
		bank: module.bank,
		paragraphs: module.article.blocks
			.filter((b) => b.kind === 'paragraph')
			.map(({ id, number, text }) => ({ id, number, text }))
	};
}
