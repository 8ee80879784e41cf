import { loadModules } from '$lib/server/content';

/**
 * A library this small is listed whole, started or not ("No answers yet. Take a quiz"). A larger
 * one lists only the modules the student has progress in: the page reads what each needs from
 * the module's own file (src/routes/[slug]/progress-v1.json), so this page's data, precached
 * with the app, stays the same size however many modules there are.
 */
const LIST_EVERY_MODULE_UP_TO = 10;

export function load() {
	const modules = loadModules().filter((m) => m.bank || m.glossary.length);
	return {
		listed:
			modules.length <= LIST_EVERY_MODULE_UP_TO
				? modules.map((m) => ({ slug: m.slug, title: m.article.meta.title }))
				: []
	};
}
