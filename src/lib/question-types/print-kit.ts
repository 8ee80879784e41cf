/** What each question type gives a printed worksheet, beside its printed body (a component). */
import type { BaseQuestion } from './base';

export interface QuestionTypePrint<Q extends BaseQuestion & { type: string }> {
	/** What the student is told to do on paper. */
	instruction: string;
	/**
	 * The answer as the key gives it, in the letters and numbers the sheet shows: `shown` is the
	 * quiz's display order of the options, items or right-hand answers.
	 */
	answerKey(question: Q, shown: readonly number[]): string[];
}

/** A, B, C… as printed beside options, items and right-hand answers. */
export const letter = (index: number): string =>
	index < 26
		? String.fromCharCode(65 + index)
		: `${letter(Math.floor(index / 26) - 1)}${letter(index % 26)}`;
