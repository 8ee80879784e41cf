import type { Question } from '../bank/types';
import type { QuizItem } from './generate';

/** A, B, C… as printed beside options, items and right-hand answers. */
export const letter = (index: number): string =>
	index < 26
		? String.fromCharCode(65 + index)
		: `${letter(Math.floor(index / 26) - 1)}${letter(index % 26)}`;

/** The paragraphs a question's evidence sits in, as numbers, for “see paragraph 4”. */
export const evidenceParagraphs = (question: Question): number[] =>
	[...new Set(question.evidence.map((e) => Number(e.paragraph.slice(2))))].sort((a, b) => a - b);

/**
 * The answer to one printed question, in the letters and numbers the worksheet shows: the
 * options, items and right-hand answers are lettered in this quiz's (seeded) display order.
 */
export function answerKey(question: Question, item: QuizItem): string[] {
	const shownAs = (index: number) => letter(item.order.indexOf(index));
	switch (question.type) {
		case 'single':
		case 'multiple':
			return question.options
				.map((option, i) => ({ option, label: shownAs(i) }))
				.filter(({ option }) => option.correct)
				.sort((a, b) => a.label.localeCompare(b.label))
				.map(({ option, label }) => `${label}: ${option.text}`);
		case 'true-false':
			return [question.answer ? 'True' : 'False'];
		case 'fill-blank':
			return question.blanks.map((accepted, i) => `Gap ${i + 1}: ${accepted.join(' / ')}`);
		case 'short-answer':
			return [question.answers.join(' / ')];
		case 'order':
			// The sheet asks for a number (1 = first) in the box beside each lettered item.
			return [
				item.order.map((index, position) => `${letter(position)} ${index + 1}`).join(' · '),
				...question.items.map((it, i) => `${i + 1}. ${it.text}`)
			];
		case 'match':
			return question.pairs.map(
				(pair, i) => `${i + 1} – ${shownAs(i)}: ${pair.leftText} – ${pair.rightText}`
			);
	}
}
