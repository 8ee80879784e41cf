import { letter, type QuestionTypePrint } from '../print-kit';
import type { OrderQuestion } from './play';

export const order: QuestionTypePrint<OrderQuestion> = {
	instruction: 'Number these from 1 (first) in the boxes.',
	answerKey: (question, shown) => [
		// The sheet asks for a number (1 = first) in the box beside each lettered item.
		shown.map((index, position) => `${letter(position)} ${index + 1}`).join(' · '),
		...question.items.map((it, i) => `${i + 1}. ${it.text}`)
	]
};
