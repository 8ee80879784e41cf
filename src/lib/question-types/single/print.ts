import { optionKey } from '../choice.print';
import type { QuestionTypePrint } from '../print-kit';
import type { SingleQuestion } from './play';

export const single: QuestionTypePrint<SingleQuestion> = {
	instruction: 'Circle one letter.',
	answerKey: optionKey
};
