import type { BaseQuestion } from './base';
import { letter } from './print-kit';

/** One option of a `single` or `multiple` question. */
export interface Option {
	html: string;
	text: string;
	correct: boolean;
	feedback?: string;
}

/** A question answered by choosing among options. */
export type ChoiceQuestion = BaseQuestion & { options: Option[] };

export const rightOptions = (question: ChoiceQuestion): string[] =>
	question.options.filter((o) => o.correct).map((o) => o.text);

/** The right options, lettered in the quiz's display order, alphabetically. */
export const optionKey = (question: ChoiceQuestion, shown: readonly number[]): string[] =>
	question.options
		.map((option, i) => ({ option, label: letter(shown.indexOf(i)) }))
		.filter(({ option }) => option.correct)
		.sort((a, b) => a.label.localeCompare(b.label))
		.map(({ option, label }) => `${label}: ${option.text}`);
