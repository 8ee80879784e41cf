import type { QuestionTypePrint } from '../print-kit';
import type { FillBlankQuestion } from './play';

export const fillBlank: QuestionTypePrint<FillBlankQuestion> = {
	instruction: 'Write the missing words in the gaps.',
	answerKey: (question) =>
		question.blanks.map((accepted, i) => `Gap ${i + 1}: ${accepted.join(' / ')}`)
};
