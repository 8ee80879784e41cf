import { z } from 'zod';
import { listOf, text } from '../../validation/fields';
import { common, type QuestionTypeBuild } from '../build-kit';
import type { ShortAnswerQuestion } from './play';

const schema = z.strictObject({
	type: z.literal('short-answer').describe('A typed answer of a few words.'),
	...common,
	answers: listOf(text(), 1).describe(
		'Accepted answers. Case, spacing, punctuation, accents and thousands separators are ignored.'
	)
});

export const shortAnswer: QuestionTypeBuild<typeof schema, ShortAnswerQuestion> = {
	schema,
	build: (input, base) => ({ ...base, type: 'short-answer', answers: input.answers }),
	toGift(q, gift) {
		if (q.answers.some((a) => a.includes('->'))) {
			return { skip: 'an answer contains “->”, which makes Moodle read a matching question' };
		}
		return {
			text: gift.question(q.prompt, gift.block(q.answers.map((a) => `=${gift.escape(a)}`)))
		};
	}
};
