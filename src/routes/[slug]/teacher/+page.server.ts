import { error } from '@sveltejs/kit';
import { getModule, moduleEntries } from '$lib/server/content';
import { defaultCheckpoints, planCheckpoints } from '$lib/reading/guided-plan';

export const entries = moduleEntries;

export function load({ params }) {
	const module = getModule(params.slug);
	if (!module?.bank) error(404, 'This module has no questions yet');
	const { blocks } = module.article;
	const guided = defaultCheckpoints(module.bank.questions, blocks);
	return {
		bank: module.bank,
		// Where the module's own guided reading asks which questions, for the coverage map.
		checkpoints: planCheckpoints(
			module.bank.questions.filter((q) => guided.includes(q.id)),
			blocks
		),
		paragraphs: module.article.blocks
			.filter((b) => b.kind === 'paragraph')
			.map(({ id, number, text }) => ({ id, number, text }))
	};
}
