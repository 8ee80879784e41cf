import type { BaseQuestion } from '../base';
import { isStringList, isTyped, partsScore, type QuestionTypePlay } from '../play-kit';
import { matchTyped, type OtherName } from '../typed-answer';

export interface FillBlankQuestion extends BaseQuestion {
	type: 'fill-blank';
	/** The sentence split at its gaps: HTML pieces and gap numbers (0-based). */
	parts: ({ html: string } | { blank: number })[];
	blanks: string[][];
	/** For each gap, the glossary's other names for an accepted answer (added at build time). */
	otherNames?: OtherName[][];
	/** The sentence as plain text with a line for each gap (what search shows). */
	gappedText: string;
}
/** What was typed in each gap, in order. */
export interface FillBlankResponse {
	type: 'fill-blank';
	values: string[];
}

export const fillBlank: QuestionTypePlay<FillBlankQuestion, FillBlankResponse> = {
	instruction: 'Fill in the gaps.',
	displayCount: () => 0,
	emptyResponse: (question) => ({ type: 'fill-blank', values: question.blanks.map(() => '') }),
	isResponse: (question, value): value is FillBlankResponse =>
		isTyped(value, 'fill-blank') && isStringList(value.values, question.blanks.length),
	isAnswered: (response) => response.values.some((v) => v.trim() !== ''),
	score(question, response) {
		const notes: string[] = [];
		const parts = question.blanks.map((accepted, i) => {
			const match = matchTyped(response.values[i] ?? '', accepted, question.otherNames?.[i]);
			if (match.note) notes.push(match.note);
			return match.ok;
		});
		return partsScore(parts, notes);
	},
	rightAnswer: (question) => question.blanks.map((accepted, i) => `Gap ${i + 1}: ${accepted[0]}`),
	givenAnswer: (_, response) =>
		response.values.map((v, i) => `Gap ${i + 1}: ${v.trim() || '(empty)'}`),
	// The sentence with its gaps empty: a result shows it, never the answers.
	searchText: (question) => question.gappedText
};
