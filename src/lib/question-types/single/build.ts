import { z } from 'zod';
import { common, type QuestionTypeBuild } from '../build-kit';
import { buildOptions, checkOptions, option } from '../choice.build';
import type { SingleQuestion } from './play';

const schema = z
	.strictObject({
		type: z.literal('single').describe('One correct option.'),
		...common,
		options: z.array(option).min(2).max(8).describe('2-8 options; exactly one has `correct: true`.')
	})
	.superRefine((value, ctx) => checkOptions(value, ctx, 'single'));

export const single: QuestionTypeBuild<typeof schema, SingleQuestion> = {
	schema,
	build: (input, base) => ({ ...base, type: 'single', options: buildOptions(input.options) }),
	toGift: (q, gift) => ({
		text: gift.question(
			q.prompt,
			gift.block(
				q.options.map(
					(o) =>
						`${o.correct ? '=' : `~${gift.weightGuard(o.text)}`}${gift.escape(o.text)}${gift.feedback(o.feedback)}`
				)
			)
		)
	})
};
