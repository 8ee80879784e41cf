import { letter, type QuestionTypePrint } from '../print-kit';
import type { MatchQuestion } from './play';

export const match: QuestionTypePrint<MatchQuestion> = {
	instruction: 'Write the letter of the matching answer beside each number.',
	answerKey: (question, shown) =>
		question.pairs.map(
			(pair, i) => `${i + 1} – ${letter(shown.indexOf(i))}: ${pair.leftText} – ${pair.rightText}`
		)
};
