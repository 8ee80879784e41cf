import { loadModules } from '$lib/server/content';

export function load() {
	return {
		modules: loadModules().map((m) => ({
			slug: m.slug,
			title: m.article.meta.title,
			standfirst: m.article.meta.standfirst,
			source: m.article.meta.source.name,
			readingMinutes: m.article.readingMinutes,
			terms: m.glossary.length,
			questions: m.bank?.questions.length ?? 0
		}))
	};
}
