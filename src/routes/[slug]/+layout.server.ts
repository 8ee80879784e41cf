import { error } from '@sveltejs/kit';
import { getModule } from '$lib/server/content';

export function load({ params }) {
	const module = getModule(params.slug);
	if (!module) error(404, 'No such module');
	const { meta } = module.article;
	return {
		module: {
			slug: module.slug,
			title: meta.title,
			source: meta.source,
			credit: meta.credit,
			// Read-aloud's "Listen" buttons pick a voice for it (default English).
			lang: meta.lang,
			hasQuiz: !!module.bank
		}
	};
}
