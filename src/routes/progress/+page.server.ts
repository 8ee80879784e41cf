import { loadModules } from '$lib/server/content';

export function load() {
	return {
		modules: loadModules()
			.filter((m) => m.bank)
			.map((m) => ({
				slug: m.slug,
				title: m.article.meta.title,
				facts: Object.fromEntries(
					m.bank!.questions.map((q) => [q.id, { type: q.type, skills: [...q.skills] }])
				)
			}))
	};
}
