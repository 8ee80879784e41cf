import { error } from '@sveltejs/kit';
import { getModule } from '$lib/server/content';

/** The article and the definitions it marks: what the article page and guided reading load. */
export function articlePage(slug: string) {
	const module = getModule(slug);
	if (!module) error(404, 'No such module');
	// Only the definitions this article marks travel with the page.
	const used = new Set(module.glossary.filter((e) => e.occurrences.length).map((e) => e.id));
	return {
		article: module.article,
		terms: Object.fromEntries(
			module.glossary
				.filter((e) => used.has(e.id))
				.map((e) => [e.id, { term: e.term, definitionHtml: e.definitionHtml }])
		)
	};
}
