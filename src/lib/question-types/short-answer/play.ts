import type { BaseQuestion } from '../base';
import { isTyped, result, type QuestionTypePlay } from '../play-kit';
import { matchTyped, type OtherName } from '../typed-answer';

export interface ShortAnswerQuestion extends BaseQuestion {
	type: 'short-answer';
	answers: string[];
	/** More accepted answers, `*` standing for any characters (Moodle's short-answer wildcard). */
	patterns?: string[];
	/** The glossary's other names for an accepted answer, also accepted (added at build time). */
	otherNames?: OtherName[];
}
export interface ShortAnswerResponse {
	type: 'short-answer';
	value: string;
}

export const shortAnswer: QuestionTypePlay<ShortAnswerQuestion, ShortAnswerResponse> = {
	instruction: 'Type a short answer.',
	displayCount: () => 0,
	emptyResponse: () => ({ type: 'short-answer', value: '' }),
	isResponse: (_, value): value is ShortAnswerResponse =>
		isTyped(value, 'short-answer') && typeof value.value === 'string',
	isAnswered: (response) => response.value.trim() !== '',
	score(question, response) {
		const match = matchTyped(
			response.value,
			question.answers,
			question.otherNames,
			question.patterns
		);
		return result(match.ok ? 1 : 0, undefined, match.note ? [match.note] : []);
	},
	rightAnswer: (question) => [question.answers[0]!],
	givenAnswer: (_, response) => (response.value.trim() ? [response.value.trim()] : [])
};
