/**
 * Every question type's browser half, by type. Adding a type: its folder, an entry here and in
 * registry.build.ts, and its name in bank/vocabulary.ts; TypeScript points at anything missing.
 */
import type { QuestionType } from '../bank/vocabulary';
import type { BaseQuestion } from './base';
import type { QuestionTypePlay } from './play-kit';
import { fillBlank } from './fill-blank/play';
import { match } from './match/play';
import { multiple } from './multiple/play';
import { order } from './order/play';
import { shortAnswer } from './short-answer/play';
import { single } from './single/play';
import { trueFalse } from './true-false/play';

const PLAY = {
	single,
	multiple,
	'true-false': trueFalse,
	'fill-blank': fillBlank,
	'short-answer': shortAnswer,
	order,
	match
} satisfies { [T in QuestionType]: QuestionTypePlay<BaseQuestion & { type: T }, { type: T }> };

type Handlers = typeof PLAY;

/** A question as the pages receive it: one of the types above. */
export type Question = { [T in QuestionType]: Parameters<Handlers[T]['score']>[0] }[QuestionType];

/** What a student gave, by question type. Indexes refer to the bank's order, not the display order. */
export type Response = { [T in QuestionType]: Parameters<Handlers[T]['score']>[1] }[QuestionType];

/** The handler for a type, taking any question and response (callers pass matching ones). */
export const playOf = (type: QuestionType) =>
	PLAY[type] as unknown as QuestionTypePlay<Question, Response>;

/** Whether `value` is a well-formed response to `question` (e.g. one read back from storage). */
export const checkResponse = (question: Question, value: unknown): value is Response =>
	playOf(question.type).isResponse(question, value);
