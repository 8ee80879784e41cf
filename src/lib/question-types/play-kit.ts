/**
 * What each question type gives the quiz in the browser: its display order, scoring, answers in
 * words and the checks on a stored response (print-kit.ts has the worksheet's part). Kept free of zod, yaml and markdown-it (see build-kit.ts for
 * the build-time half).
 */
import type { BaseQuestion } from './base';

export interface Score {
	/** 0 to 1; partial credit for multiple, order, match and fill-blank. */
	score: number;
	correct: boolean;
	/** Per part, where a question has parts (options chosen, gaps, positions, pairs). */
	parts?: boolean[];
	/** E.g. a spelling slip that was accepted. */
	notes: string[];
	/** Tries used, when the quiz allowed more than one and more than one was used (quiz/tries.ts). */
	tries?: number;
	/** Hints shown before the answer was final, when any was. */
	hints?: number;
}

/**
 * One question type in the browser. `shown` is the quiz's display order of the question's
 * options, items or right-hand answers (indexes into the bank's order).
 */
export interface QuestionTypePlay<Q extends BaseQuestion & { type: string }, R> {
	/** What the student is told to do. */
	instruction: string;
	/** How many options, items or answers get a display order (0: none). */
	displayCount(question: Q): number;
	/** Shuffled even with `shuffle: false`, and never shown already solved. */
	alwaysShuffled?: true;
	/** The untouched answer, as first shown. */
	emptyResponse(question: Q, shown: readonly number[]): R;
	/** Whether a value (e.g. read back from storage) is a response to this question, every field checked. */
	isResponse(question: Q, value: unknown): value is R;
	/** Whether the student has given enough to check. */
	isAnswered(response: R): boolean;
	/** Whether the answer is the student's own (an order left as first shown is not); default: isAnswered. */
	hasAnswer?(response: R, shown: readonly number[]): boolean;
	score(question: Q, response: R): Score;
	/** The right answer in words, for feedback and the results page. */
	rightAnswer(question: Q): string[];
	/** What the student answered, in words. */
	givenAnswer(question: Q, response: R): string[];
	/** Feedback the teacher wrote for what the student chose. */
	choiceFeedback?(question: Q, response: R): string[];
	/** Text search may show beside the prompt (never an answer). */
	searchText?(question: Q): string;
}

const ratio = (right: number, total: number) => (total === 0 ? 0 : Math.max(0, right / total));

/** A score rounded to three decimals; `correct` only when full. */
export function result(score: number, parts?: boolean[], notes: string[] = []): Score {
	const rounded = Math.round(score * 1000) / 1000;
	return { score: rounded, correct: rounded === 1, parts, notes };
}

/** Credit for the share of parts right. */
export const partsScore = (parts: boolean[], notes?: string[]): Score =>
	result(ratio(parts.filter(Boolean).length, parts.length), parts, notes);

/** Credit out of `total`, never below 0. */
export const shareScore = (points: number, total: number, parts?: boolean[]): Score =>
	result(ratio(points, total), parts);

// Shape checks for responses read back from storage.
const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ type, ...fields }` of the given type. */
export const isTyped = (value: unknown, type: string): value is Record<string, unknown> =>
	isRecord(value) && value.type === type;

/** An index into a list of `length`. */
export const isIndex = (value: unknown, length: number): value is number =>
	Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;

export const isStringList = (value: unknown, length: number): value is string[] =>
	Array.isArray(value) && value.length === length && value.every((v) => typeof v === 'string');
