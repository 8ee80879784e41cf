import type { BaseQuestion } from '../base';
import { isTyped, result, type QuestionTypePlay } from '../play-kit';

export interface TrueFalseQuestion extends BaseQuestion {
	type: 'true-false';
	answer: boolean;
	feedbackTrue?: string;
	feedbackFalse?: string;
}
export interface TrueFalseResponse {
	type: 'true-false';
	value: boolean | null;
}

const word = (value: boolean) => (value ? 'True' : 'False');

export const trueFalse: QuestionTypePlay<TrueFalseQuestion, TrueFalseResponse> = {
	instruction: 'True or false?',
	displayCount: () => 0,
	emptyResponse: () => ({ type: 'true-false', value: null }),
	isResponse: (_, value): value is TrueFalseResponse =>
		isTyped(value, 'true-false') && (value.value === null || typeof value.value === 'boolean'),
	isAnswered: (response) => response.value !== null,
	score: (question, response) => result(response.value === question.answer ? 1 : 0),
	rightAnswer: (question) => [word(question.answer)],
	givenAnswer: (_, response) => (response.value === null ? [] : [word(response.value)]),
	choiceFeedback(question, response) {
		if (response.value === null) return [];
		const feedback = response.value ? question.feedbackTrue : question.feedbackFalse;
		return feedback ? [feedback] : [];
	}
};
