import { optionKey } from '../choice';
import type { QuestionTypePrint } from '../print-kit';
import type { MultipleQuestion } from './play';

export const multiple: QuestionTypePrint<MultipleQuestion> = {
	instruction: 'Circle every letter that applies.',
	answerKey: optionKey
};
