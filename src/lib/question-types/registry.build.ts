/**
 * Every question type's build-time half, by type: schema, building and GIFT. Build time only
 * (zod, markdown-it). The browser half is registry.ts.
 */
import { z } from 'zod';
import { pinnedParagraph } from '../bank/checkpoint';
import type { Evidence } from '../bank/types';
import type { QuestionType } from '../bank/vocabulary';
import { inlineText, renderInline } from '../content/markdown';
import type { BaseQuestion } from './base';
import { type OtherNamesOf, type QuestionTypeBuild } from './build-kit';
import type { Question } from './registry';
import { fillBlank } from './fill-blank/build';
import { match } from './match/build';
import { multiple } from './multiple/build';
import { order } from './order/build';
import { shortAnswer } from './short-answer/build';
import { single } from './single/build';
import { trueFalse } from './true-false/build';

const BUILD = {
	single,
	multiple,
	'true-false': trueFalse,
	'fill-blank': fillBlank,
	'short-answer': shortAnswer,
	order,
	match
} satisfies {
	[T in QuestionType]: QuestionTypeBuild<z.ZodType<{ type: T }>, Extract<Question, { type: T }>>;
};

type Schemas = { [T in QuestionType]: (typeof BUILD)[T]['schema'] };

/** Each type's schema, by type: a question is checked against its own type's schema alone. */
export const QUESTION_SCHEMAS = Object.fromEntries(
	Object.entries(BUILD).map(([type, handler]) => [type, handler.schema])
) as Schemas;

type Schema = Schemas[QuestionType];

export const questionSchema = z
	.discriminatedUnion('type', Object.values(QUESTION_SCHEMAS) as [Schema, ...Schema[]])
	.describe('One question; `type` decides which answer fields it has.');

/** A question as written in the YAML, checked. */
export type QuestionInput = z.output<typeof questionSchema>;

/** The handler for a type, taking any input (callers pass one of that type). */
export const buildOf = (type: QuestionType) =>
	BUILD[type] as unknown as QuestionTypeBuild<z.ZodType<QuestionInput>, Question>;

/** `hints`, from either field (`hint` is one hint), only when there are any. */
function hintsOf(input: QuestionInput): { hints?: string[] } {
	const hints = input.hints ?? (input.hint === undefined ? [] : [input.hint]);
	return hints.length ? { hints: hints.map(renderInline) } : {};
}

/** `checkpoint`, a pin as the paragraph's id (`p-7`); parse.ts has checked that it names one. */
function checkpointOf(input: QuestionInput): { checkpoint?: boolean | string } {
	const value = input.checkpoint;
	if (value === undefined) return {};
	return { checkpoint: typeof value === 'boolean' ? value : (pinnedParagraph(value) ?? value) };
}

/**
 * The question the pages receive, from its checked input, its evidence found in the article and
 * the module glossary's other names for typed answers.
 */
export function buildQuestion(
	input: QuestionInput,
	evidence: Evidence[],
	otherNames: OtherNamesOf = () => []
): Question {
	const base: BaseQuestion = {
		id: input.id,
		prompt: renderInline(input.prompt),
		promptText: inlineText(input.prompt),
		explanation: renderInline(input.explanation),
		explanationText: inlineText(input.explanation),
		...hintsOf(input),
		evidence,
		difficulty: input.difficulty,
		skills: input.skills,
		shuffle: input.shuffle ?? true,
		// Only when given: pages carry questions, and a bank without checkpoints must not change.
		...checkpointOf(input)
	};
	return buildOf(input.type).build(input, base, otherNames);
}
