import { error } from '@sveltejs/kit';
import { getModule, moduleEntries } from '$lib/server/content';

export const entries = moduleEntries;

export function load({ params }) {
	const module = getModule(params.slug);
	if (!module) error(404, 'No such module');
	return {
		words: module.glossary.map((e) => ({
			id: e.id,
			term: e.term,
			category: e.category,
			aliases: e.aliases,
			definitionHtml: e.definitionHtml,
			paragraph: e.occurrences[0]
		}))
	};
}
