import type { QuestionTypePrint } from '../print-kit';
import type { TrueFalseQuestion } from './play';

export const trueFalse: QuestionTypePrint<TrueFalseQuestion> = {
	instruction: 'Circle True or False.',
	answerKey: (question) => [question.answer ? 'True' : 'False']
};
