import { optionKey } from '../choice.print';
import type { QuestionTypePrint } from '../print-kit';
import type { MultipleQuestion } from './play';

export const multiple: QuestionTypePrint<MultipleQuestion> = {
	instruction: 'Circle every letter that applies.',
	answerKey: optionKey
};
