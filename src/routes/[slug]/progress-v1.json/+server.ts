import { error, json } from '@sveltejs/kit';
import { getModule, moduleEntries } from '$lib/server/content';
import type { ModuleFacts } from '$lib/progress/module-facts';

export const prerender = true;

export function entries() {
	return moduleEntries();
}

/** What the progress page needs of this module: fetched only when the student has progress in it. */
export function GET({ params }) {
	const m = getModule(params.slug);
	if (!m) error(404, 'No such module');
	const facts: ModuleFacts = {
		slug: m.slug,
		title: m.article.meta.title,
		hasQuiz: !!m.bank,
		facts: Object.fromEntries(
			(m.bank?.questions ?? []).map((q) => [q.id, { type: q.type, skills: [...q.skills] }])
		),
		terms: m.glossary.map((e) => e.id)
	};
	return json(facts);
}
