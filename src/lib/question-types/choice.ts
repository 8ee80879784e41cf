import type { BaseQuestion } from './base';

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
