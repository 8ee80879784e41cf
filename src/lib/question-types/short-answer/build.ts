import { z } from 'zod';
import { listOf, text } from '../../validation/fields';
import { normaliseAnswer } from '../../text/normalise-answer';
import { acceptAliases, common, issue, type QuestionTypeBuild } from '../build-kit';
import type { ShortAnswerQuestion } from './play';

const schema = z
	.strictObject({
		type: z.literal('short-answer').describe('A typed answer of a few words.'),
		...common,
		answers: listOf(text(), 1).describe(
			'Accepted answers. Case, spacing, punctuation, accents, thousands separators and a leading “the”, “a” or “an” are ignored; number words, ordinals and digits are equal (“fourth” = “4th” = “4”), and so are dates in the common orders (“October 10” = “10 Oct”). The first is shown to students as the right answer.'
		),
		patterns: listOf(text(), 1)
			.optional()
			.describe(
				'Optional: more accepted answers where `*` stands for any characters, as in Moodle: `Galil*` accepts Galilee and Galileo. Compared as `answers` are, with no spelling slip allowed.'
			),
		acceptAliases
	})
	.superRefine((value, ctx) => {
		value.patterns?.forEach((pattern, index) => {
			if (!pattern.includes('*')) {
				issue(ctx, ['patterns', index], 'this pattern has no `*`, so it is one exact answer', {
					expected: 'a pattern with `*` where any characters may stand, e.g. `Galil*`',
					found: `"${pattern}"`,
					fix: 'Move it to `answers`, or add `*` where the answer may vary.'
				});
			} else if (normaliseAnswer(pattern.replaceAll('*', '')) === '') {
				issue(ctx, ['patterns', index], 'this pattern accepts any answer at all', {
					expected: 'letters or digits besides `*`, e.g. `Galil*`',
					found: `"${pattern}"`,
					fix: 'Remove it: every answer would be right.'
				});
			}
		});
	});

export const shortAnswer: QuestionTypeBuild<typeof schema, ShortAnswerQuestion> = {
	schema,
	build(input, base, otherNames) {
		const names = input.acceptAliases === false ? [] : otherNames(input.answers);
		return {
			...base,
			type: 'short-answer',
			answers: input.answers,
			...(input.patterns ? { patterns: input.patterns } : {}),
			...(names.length ? { otherNames: names } : {})
		};
	},
	toGift(q, gift) {
		const aliases = q.acceptAliases === false ? [] : gift.otherNames(q.answers);
		const accepted = [...q.answers, ...aliases.map((alias) => alias.name), ...(q.patterns ?? [])];
		if (accepted.some((a) => a.includes('->'))) {
			return { skip: 'an answer contains “->”, which makes Moodle read a matching question' };
		}
		const lines = [
			...q.answers.map((a) => gift.typed(a)),
			...aliases.map((alias) => gift.typed(alias.name)),
			...(q.patterns ?? []).map((p) => gift.typed(p, { wildcard: true }))
		];
		return { text: gift.question(q.prompt, gift.block(lines)) };
	}
};
