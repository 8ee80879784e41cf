import { z } from 'zod';
import { common, type QuestionTypeBuild } from '../build-kit';
import { buildOptions, checkOptions, option } from '../choice.build';
import type { MultipleQuestion } from './play';

const schema = z
	.strictObject({
		type: z.literal('multiple').describe('Choose all that apply.'),
		...common,
		options: z
			.array(option)
			.min(2)
			.max(8)
			.describe('2-8 options; one or more have `correct: true`.')
	})
	.superRefine((value, ctx) => checkOptions(value, ctx, 'multiple'));

/** Weight of each right option, as Moodle writes it (five decimals at most). */
const share = (right: number) => Number((100 / right).toFixed(5));

export const multiple: QuestionTypeBuild<typeof schema, MultipleQuestion> = {
	schema,
	build: (input, base) => ({ ...base, type: 'multiple', options: buildOptions(input.options) }),
	toGift(q, gift) {
		const weight = share(q.options.filter((o) => o.correct).length);
		return {
			text: gift.question(
				q.prompt,
				gift.block(
					q.options.map(
						(o) =>
							`~%${o.correct ? weight : -weight}%${gift.escape(o.text)}${gift.feedback(o.feedback)}`
					)
				)
			)
		};
	}
};
