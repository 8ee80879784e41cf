import type { BaseQuestion } from '../base';
import { rightOptions, type Option } from '../choice';
import { isIndex, isTyped, result, type QuestionTypePlay } from '../play-kit';

export interface SingleQuestion extends BaseQuestion {
	type: 'single';
	options: Option[];
}
/** Indexes refer to the bank's order, not the display order. */
export interface SingleResponse {
	type: 'single';
	option: number | null;
}

export const single: QuestionTypePlay<SingleQuestion, SingleResponse> = {
	instruction: 'Choose one answer.',
	displayCount: (question) => question.options.length,
	emptyResponse: () => ({ type: 'single', option: null }),
	isResponse: (question, value): value is SingleResponse =>
		isTyped(value, 'single') &&
		(value.option === null || isIndex(value.option, question.options.length)),
	isAnswered: (response) => response.option !== null,
	score: (question, response) =>
		result(response.option !== null && question.options[response.option]?.correct ? 1 : 0),
	rightAnswer: rightOptions,
	givenAnswer: (question, response) =>
		response.option !== null ? [question.options[response.option]!.text] : [],
	choiceFeedback(question, response) {
		if (response.option === null) return [];
		const feedback = question.options[response.option]?.feedback;
		return feedback ? [feedback] : [];
	}
};
