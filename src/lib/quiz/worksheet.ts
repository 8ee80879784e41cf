import type { Question } from '../question-types/registry';
import { printOf } from '../question-types/registry.print';
import type { QuizItem } from './generate';

/** The paragraphs a question's evidence sits in, as numbers, for “see paragraph 4”. */
export const evidenceParagraphs = (question: Question): number[] =>
	[...new Set(question.evidence.map((e) => Number(e.paragraph.slice(2))))].sort((a, b) => a - b);

/**
 * The answer to one printed question, in the letters and numbers the worksheet shows: the
 * options, items and right-hand answers are lettered in this quiz's (seeded) display order.
 */
export function answerKey(question: Question, item: QuizItem): string[] {
	return printOf(question.type).answerKey(question, item.order);
}
