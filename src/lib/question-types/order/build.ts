import { z } from 'zod';
import { inlineText, renderInline } from '../../content/markdown';
import { text } from '../../validation/fields';
import { common, noDuplicates, type QuestionTypeBuild } from '../build-kit';
import type { OrderQuestion } from './play';

const schema = z
	.strictObject({
		type: z.literal('order').describe('Put items in sequence.'),
		...common,
		items: z
			.array(text())
			.min(3)
			.max(8)
			.describe('3-8 items, written in the correct order; students see them shuffled.')
	})
	.superRefine((value, ctx) => noDuplicates(ctx, value.items, (i) => ['items', i], 'item'));

export const order: QuestionTypeBuild<typeof schema, OrderQuestion> = {
	schema,
	build: (input, base) => ({
		...base,
		type: 'order',
		items: input.items.map((item) => ({ html: renderInline(item), text: inlineText(item) }))
	}),
	// GIFT has no ordering question: Moodle reads it as matching each position to its item.
	toGift: (q, gift) => ({
		comment: 'An order question: match each position to its item.',
		note: 'written as matching (position → item)',
		text: gift.question(
			q.prompt,
			gift.block(q.items.map((item, i) => `=${gift.ordinal(i + 1)} -> ${gift.escape(item)}`))
		)
	})
};
