import { z } from 'zod';
import { inlineText, renderInline } from '../../content/markdown';
import { text } from '../../validation/fields';
import { common, noDuplicates, type QuestionTypeBuild } from '../build-kit';
import type { MatchQuestion } from './play';

const schema = z
	.strictObject({
		type: z.literal('match').describe('Pair each left item with a right item.'),
		...common,
		pairs: z
			.array(
				z.strictObject({
					left: text().describe('Shown fixed on the left, e.g. a person.'),
					right: text().describe('Its partner, chosen by the student, e.g. their role.')
				})
			)
			.min(3)
			.max(8)
			.describe('3-8 pairs; no left or right may repeat.')
	})
	.superRefine((value, ctx) => {
		noDuplicates(
			ctx,
			value.pairs.map((p) => p.left),
			(i) => ['pairs', i, 'left'],
			'left item'
		);
		noDuplicates(
			ctx,
			value.pairs.map((p) => p.right),
			(i) => ['pairs', i, 'right'],
			'right item'
		);
	});

export const match: QuestionTypeBuild<typeof schema, MatchQuestion> = {
	schema,
	build: (input, base) => ({
		...base,
		type: 'match',
		pairs: input.pairs.map((p) => ({
			left: renderInline(p.left),
			leftText: inlineText(p.left),
			right: renderInline(p.right),
			rightText: inlineText(p.right)
		}))
	}),
	toGift(q, gift) {
		if (q.pairs.some((p) => p.left.includes('->'))) {
			return { skip: 'a left item contains “->”, which GIFT cannot write' };
		}
		return {
			text: gift.question(
				q.prompt,
				gift.block(q.pairs.map((p) => `=${gift.escape(p.left)} -> ${gift.escape(p.right)}`))
			)
		};
	}
};
