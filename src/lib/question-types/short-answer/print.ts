import type { QuestionTypePrint } from '../print-kit';
import type { ShortAnswerQuestion } from './play';

export const shortAnswer: QuestionTypePrint<ShortAnswerQuestion> = {
	instruction: 'Write a short answer.',
	answerKey: (question) => [
		[...question.answers, ...(question.patterns ?? []).map((p) => `${p} (* = any letters)`)].join(
			' / '
		)
	]
};
