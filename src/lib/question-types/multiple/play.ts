import type { BaseQuestion } from '../base';
import { rightOptions, type Option } from '../choice';
import { isIndex, isTyped, shareScore, type QuestionTypePlay } from '../play-kit';

export interface MultipleQuestion extends BaseQuestion {
	type: 'multiple';
	options: Option[];
}
/** The options chosen, as indexes in the bank's order. */
export interface MultipleResponse {
	type: 'multiple';
	options: number[];
}

export const multiple: QuestionTypePlay<MultipleQuestion, MultipleResponse> = {
	instruction: 'Choose all that apply.',
	displayCount: (question) => question.options.length,
	emptyResponse: () => ({ type: 'multiple', options: [] }),
	isResponse: (question, value): value is MultipleResponse =>
		isTyped(value, 'multiple') &&
		Array.isArray(value.options) &&
		value.options.every((i) => isIndex(i, question.options.length)) &&
		new Set(value.options).size === value.options.length,
	isAnswered: (response) => response.options.length > 0,
	score(question, response) {
		// Each right option chosen earns 1/k, each wrong one chosen costs 1/k (k = right options); never below 0.
		const chosen = new Set(response.options);
		const k = question.options.filter((o) => o.correct).length;
		let points = 0;
		const parts = question.options.map((o, i) => {
			if (chosen.has(i)) points += o.correct ? 1 : -1;
			return chosen.has(i) === o.correct;
		});
		return shareScore(points, k, parts);
	},
	rightAnswer: rightOptions,
	givenAnswer: (question, response) => response.options.map((i) => question.options[i]!.text),
	choiceFeedback: (question, response) =>
		response.options.flatMap((i) => question.options[i]?.feedback ?? [])
};
