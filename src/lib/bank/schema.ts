import { z } from 'zod';
import { listOf, percentage, slug, text, wholeNumber } from '../validation/fields';
import { normaliseAnswer } from '../quiz/normalise';

import { DIFFICULTIES, QUESTION_TYPES, SKILLS } from './vocabulary';

export { DIFFICULTIES, QUESTION_TYPES, SKILLS };
export type { Difficulty, QuestionType, Skill } from './vocabulary';

/** Placeholders in a fill-blank `text`: {1}, {2}, ... */
export const BLANK = /\{(\d+)\}/g;

const common = {
	id: slug().describe(
		'Stable identifier, lowercase with hyphens (e.g. `troop-level`). Progress is saved against it: do not change it once students use the bank.'
	),
	prompt: text().describe('The question as the student reads it (inline Markdown).'),
	explanation: text().describe('Why the answer is right, shown after checking (inline Markdown).'),
	evidence: listOf(text(), 1).describe(
		'One or more quotes copied word for word from the article. Each must appear in exactly one paragraph; feedback links to its sentence.'
	),
	difficulty: z.enum(DIFFICULTIES).describe('easy, medium or hard.'),
	skills: listOf(z.enum(SKILLS), 1).describe(
		'What the question practises: recall, vocabulary, sequence, cause-effect, inference, main-idea.'
	),
	hint: text().optional().describe('Optional hint the student can reveal before answering.'),
	shuffle: z
		.boolean()
		.optional()
		.describe(
			'Set to false to keep options (or match answers) in the order written. Default: true.'
		)
};

const option = z
	.strictObject({
		text: text().describe('The option as shown (inline Markdown).'),
		correct: z.boolean().optional().describe('true for a right answer; leave out for a wrong one.'),
		feedback: text().optional().describe('Shown when the student picks this option.')
	})
	.describe('One answer option.');

type Refinement = z.core.$RefinementCtx<unknown>;

function issue(
	ctx: Refinement,
	path: PropertyKey[],
	message: string,
	detail: Record<string, string>
) {
	ctx.addIssue({ code: 'custom', path, message, params: detail, input: undefined });
}

function noDuplicates(
	ctx: Refinement,
	values: string[],
	path: (index: number) => PropertyKey[],
	what: string
) {
	const seen = new Map<string, number>();
	values.forEach((value, index) => {
		const key = normaliseAnswer(value);
		const first = seen.get(key);
		if (first !== undefined) {
			issue(ctx, path(index), `${what} ${index + 1} repeats ${what} ${first + 1} ("${value}")`, {
				expected: `every ${what} different`,
				found: `"${value}" twice`,
				fix: `Change or remove one of the two.`
			});
		} else seen.set(key, index);
	});
}

function checkOptions(
	value: { options: { text: string; correct?: boolean }[] },
	ctx: Refinement,
	type: 'single' | 'multiple'
) {
	const correct = value.options.filter((o) => o.correct).length;
	if (type === 'single' && correct !== 1) {
		issue(ctx, ['options'], `a \`single\` question needs exactly one correct option`, {
			expected: 'exactly one option with `correct: true`',
			found: `${correct} options marked correct`,
			fix:
				correct === 0
					? 'Add `correct: true` to the right answer.'
					: 'Keep `correct: true` on one option only, or change `type` to `multiple`.'
		});
	}
	if (type === 'multiple' && correct === 0) {
		issue(ctx, ['options'], 'a `multiple` question needs at least one correct option', {
			expected: 'one or more options with `correct: true`',
			found: 'no option marked correct',
			fix: 'Add `correct: true` to each right answer.'
		});
	}
	noDuplicates(
		ctx,
		value.options.map((o) => o.text),
		(i) => ['options', i, 'text'],
		'option'
	);
}

const singleQuestion = z
	.strictObject({
		type: z.literal('single').describe('One correct option.'),
		...common,
		options: z.array(option).min(2).max(8).describe('2-8 options; exactly one has `correct: true`.')
	})
	.superRefine((value, ctx) => checkOptions(value, ctx, 'single'));

const multipleQuestion = z
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

const trueFalseQuestion = z.strictObject({
	type: z.literal('true-false').describe('A statement the student judges true or false.'),
	...common,
	answer: z.boolean().describe('true if the statement in `prompt` is true, false otherwise.'),
	feedbackTrue: text().optional().describe('Shown to a student who answers true.'),
	feedbackFalse: text().optional().describe('Shown to a student who answers false.')
});

const fillBlankQuestion = z
	.strictObject({
		type: z.literal('fill-blank').describe('A sentence with gaps to fill (cloze).'),
		...common,
		text: text().describe('The sentence, with {1}, {2}, ... where the gaps are.'),
		blanks: z
			.array(listOf(text(), 1))
			.min(1)
			.describe('For each gap in order, the list of accepted answers, e.g. - ["2,500", "2500"].')
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

const shortAnswerQuestion = z.strictObject({
	type: z.literal('short-answer').describe('A typed answer of a few words.'),
	...common,
	answers: listOf(text(), 1).describe(
		'Accepted answers. Case, spacing, punctuation, accents and thousands separators are ignored.'
	)
});

const orderQuestion = z
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

const matchQuestion = z
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

export const QUESTION_SCHEMAS = {
	single: singleQuestion,
	multiple: multipleQuestion,
	'true-false': trueFalseQuestion,
	'fill-blank': fillBlankQuestion,
	'short-answer': shortAnswerQuestion,
	order: orderQuestion,
	match: matchQuestion
} as const;

export const questionSchema = z
	.discriminatedUnion('type', [
		singleQuestion,
		multipleQuestion,
		trueFalseQuestion,
		fillBlankQuestion,
		shortAnswerQuestion,
		orderQuestion,
		matchQuestion
	])
	.describe('One question; `type` decides which answer fields it has.');

export const presetSchema = z
	.strictObject({
		id: slug().describe('Used in quiz links: `?preset=quick`.'),
		title: text().describe('Shown on the quiz page, e.g. "Quick check".'),
		description: text().optional().describe('One sentence telling students what the quiz is for.'),
		count: wholeNumber().describe('How many questions to draw.'),
		types: listOf(z.enum(QUESTION_TYPES)).optional().describe('Only these question types.'),
		difficulty: listOf(z.enum(DIFFICULTIES)).optional().describe('Only these difficulties.'),
		skills: listOf(z.enum(SKILLS))
			.optional()
			.describe('Only questions practising one of these skills.'),
		pass: percentage()
			.optional()
			.describe(
				'The pass mark in percent when this quiz is graded in a school’s LMS (`npm run export:scorm`).'
			)
	})
	.describe(
		'A quiz preset: questions drawn at random (seeded) from those matching every filter given.'
	);

/** The top of a question file; each question is checked on its own so one bad question hides no other error. */
export const bankShellSchema = z.strictObject({
	module: slug().describe(
		'The slug of the module this bank belongs to: the folder name under content/.'
	),
	quizzes: z.array(presetSchema).optional().describe('Quiz presets shown on the quiz page.'),
	questions: z.array(z.unknown()).min(1).describe('The questions.')
});

/** `questions/<slug>.yaml`: the schema the editor JSON Schema is generated from. */
export const bankFileSchema = bankShellSchema
	.extend({ questions: z.array(questionSchema).min(1).describe('The questions.') })
	.describe('A Lectern question bank for one article module.');

export type QuestionInput = z.output<typeof questionSchema>;
export type PresetInput = z.output<typeof presetSchema>;

export const BANK_KEYS = [
	...new Set([
		...Object.keys(bankShellSchema.shape),
		...Object.keys(presetSchema.shape),
		...Object.values(QUESTION_SCHEMAS).flatMap((schema) => Object.keys(schema.shape)),
		'text',
		'correct',
		'feedback',
		'left',
		'right'
	])
];
