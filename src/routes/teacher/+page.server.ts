import { loadModules } from '$lib/server/content';

export function load() {
	return {
		modules: loadModules().map((m) => ({
			slug: m.slug,
			title: m.article.meta.title,
			questions: m.bank?.questions.length ?? 0
		}))
	};
}
