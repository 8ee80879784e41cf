import type { BaseQuestion } from '../base';
import { isIndex, isTyped, partsScore, type QuestionTypePlay } from '../play-kit';

export interface MatchQuestion extends BaseQuestion {
	type: 'match';
	pairs: { left: string; leftText: string; right: string; rightText: string }[];
}
/** For each left item in the bank's order, the right item chosen (its index), or none. */
export interface MatchResponse {
	type: 'match';
	choices: (number | null)[];
}

export const match: QuestionTypePlay<MatchQuestion, MatchResponse> = {
	instruction: 'Choose the partner of each item.',
	displayCount: (question) => question.pairs.length,
	emptyResponse: (question) => ({ type: 'match', choices: question.pairs.map(() => null) }),
	isResponse: (question, value): value is MatchResponse =>
		isTyped(value, 'match') &&
		Array.isArray(value.choices) &&
		value.choices.length === question.pairs.length &&
		value.choices.every((c) => c === null || isIndex(c, question.pairs.length)),
	isAnswered: (response) => response.choices.some((c) => c !== null),
	score: (question, response) =>
		// Credit for each left item paired with its own right item.
		partsScore(question.pairs.map((_, i) => response.choices[i] === i)),
	rightAnswer: (question) => question.pairs.map((p) => `${p.leftText}: ${p.rightText}`),
	givenAnswer: (question, response) =>
		question.pairs.map(
			(p, i) =>
				`${p.leftText}: ${response.choices[i] == null ? '(none)' : question.pairs[response.choices[i]!]!.rightText}`
		)
};
