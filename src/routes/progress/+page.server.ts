import { loadModules } from '$lib/server/content';

export function load() {
	return {
		modules: loadModules()
			.filter((m) => m.bank || m.glossary.length)
			.map((m) => ({
				slug: m.slug,
				title: m.article.meta.title,
				hasQuiz: !!m.bank,
				facts: Object.fromEntries(
					(m.bank?.questions ?? []).map((q) => [q.id, { type: q.type, skills: [...q.skills] }])
				),
				terms: m.glossary.map((e) => e.id)
			}))
	};
}
