import type { ChoiceQuestion } from './choice';
import { letter } from './print-kit';

/** The right options, lettered in the quiz's display order, alphabetically (apart from choice.ts so the player does not carry it). */
export const optionKey = (question: ChoiceQuestion, shown: readonly number[]): string[] =>
	question.options
		.map((option, i) => ({ option, label: letter(shown.indexOf(i)) }))
		.filter(({ option }) => option.correct)
		.sort((a, b) => a.label.localeCompare(b.label))
		.map(({ option, label }) => `${label}: ${option.text}`);
