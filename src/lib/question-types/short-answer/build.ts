import { z } from 'zod';
import { listOf, text } from '../../validation/fields';
import { acceptAliases, common, type QuestionTypeBuild } from '../build-kit';
import type { ShortAnswerQuestion } from './play';

const schema = z.strictObject({
	type: z.literal('short-answer').describe('A typed answer of a few words.'),
	...common,
	answers: listOf(text(), 1).describe(
		'Accepted answers. Case, spacing, punctuation, accents, thousands separators and a leading “the”, “a” or “an” are ignored; number words, ordinals and digits are equal (“fourth” = “4th” = “4”), and so are dates in the common orders (“October 10” = “10 Oct”).'
	),
	acceptAliases
});

export const shortAnswer: QuestionTypeBuild<typeof schema, ShortAnswerQuestion> = {
	schema,
	build(input, base, otherNames) {
		const names = input.acceptAliases === false ? [] : otherNames(input.answers);
		return {
			...base,
			type: 'short-answer',
			answers: input.answers,
			...(names.length ? { otherNames: names } : {})
		};
	},
	toGift(q, gift) {
		if (q.answers.some((a) => a.includes('->'))) {
			return { skip: 'an answer contains “->”, which makes Moodle read a matching question' };
		}
		return {
			text: gift.question(q.prompt, gift.block(q.answers.map((a) => `=${gift.escape(a)}`)))
		};
	}
};
