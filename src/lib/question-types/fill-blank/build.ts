import { z } from 'zod';
import { inlineText, renderInline } from '../../content/markdown';
import { listOf, text } from '../../validation/fields';
import { acceptAliases, common, issue, type QuestionTypeBuild } from '../build-kit';
import type { FillBlankQuestion } from './play';

/** Placeholders in a fill-blank `text`: {1}, {2}, ... */
export const BLANK = /\{(\d+)\}/g;

const schema = z
	.strictObject({
		type: z.literal('fill-blank').describe('A sentence with gaps to fill (cloze).'),
		...common,
		text: text().describe('The sentence, with {1}, {2}, ... where the gaps are.'),
		blanks: z
			.array(listOf(text(), 1))
			.min(1)
			.describe(
				'For each gap in order, the list of accepted answers, e.g. - ["2,500", "2500"]. Compared as short-answer answers are.'
			),
		acceptAliases
	})
	.superRefine((value, ctx) => {
		const numbers = [...value.text.matchAll(BLANK)].map((m) => Number(m[1]));
		const expected = value.blanks.map((_, i) => i + 1);
		if (numbers.join() !== expected.join()) {
			issue(ctx, ['text'], 'the gaps in `text` and the lists in `blanks` do not agree', {
				expected: `gaps ${expected.map((n) => `{${n}}`).join(', ')} in order, one per list in \`blanks\``,
				found: numbers.length ? `gaps ${numbers.map((n) => `{${n}}`).join(', ')}` : 'no gaps',
				fix: 'Number the gaps {1}, {2}, ... in order and give one list of answers per gap.'
			});
		}
	});

export const fillBlank: QuestionTypeBuild<typeof schema, FillBlankQuestion> = {
	schema,
	build(input, base, otherNames) {
		const parts: ({ html: string } | { blank: number })[] = [];
		let cursor = 0;
		for (const match of input.text.matchAll(BLANK)) {
			if (match.index > cursor)
				parts.push({ html: renderInline(input.text.slice(cursor, match.index)) });
			parts.push({ blank: Number(match[1]) - 1 });
			cursor = match.index + match[0].length;
		}
		if (cursor < input.text.length) parts.push({ html: renderInline(input.text.slice(cursor)) });
		// A private-use character stands in for each gap while the Markdown becomes text, so a
		// row of underscores is not read as emphasis.
		const gappedText = inlineText(input.text.replace(BLANK, '\uE000')).replaceAll(
			'\uE000',
			'_____'
		);
		const names = input.blanks.map((accepted) =>
			input.acceptAliases === false ? [] : otherNames(accepted)
		);
		return {
			...base,
			type: 'fill-blank',
			parts,
			blanks: input.blanks,
			gappedText,
			...(names.some((n) => n.length) ? { otherNames: names } : {})
		};
	},
	toGift(q, gift) {
		const gaps = [...q.text.matchAll(BLANK)];
		if (gaps.length !== 1) {
			return {
				skip: `it has ${gaps.length} gaps, and a GIFT missing-word question has exactly one`
			};
		}
		const [before, after] = q.text.split(gaps[0]![0]);
		if (!after!.trim()) {
			return {
				skip: 'its gap ends the sentence, and GIFT needs text after the gap to show it'
			};
		}
		const aliases = q.acceptAliases === false ? [] : gift.otherNames(q.blanks[0]!);
		const accepted = [...q.blanks[0]!, ...aliases.map((alias) => alias.name)];
		if (accepted.some((a) => a.includes('->'))) {
			return { skip: 'an answer contains “->”, which makes Moodle read a matching question' };
		}
		// The instruction, a paragraph break (\n\n), then the sentence with its gap.
		const answers = gift.block(accepted.map((a) => gift.typed(a)));
		return {
			text: `::${q.id}::[markdown]${gift.escape(`${q.prompt}\n\n${before}`)}${answers}${gift.escape(after!)}`
		};
	}
};
