import type { Question } from '../bank/types';
import type { QuizItem } from './generate';
import type { Response, Score } from './score';

/** The untouched answer to a question, as first shown. */
export function initialResponse(question: Question, item: QuizItem): Response {
	switch (question.type) {
		case 'single':
			return { type: 'single', option: null };
		case 'multiple':
			return { type: 'multiple', options: [] };
		case 'true-false':
			return { type: 'true-false', value: null };
		case 'fill-blank':
			return { type: 'fill-blank', values: question.blanks.map(() => '') };
		case 'short-answer':
			return { type: 'short-answer', value: '' };
		case 'order':
			return { type: 'order', order: [...item.order] };
		case 'match':
			return { type: 'match', choices: question.pairs.map(() => null) };
	}
}

export interface QuizTotals {
	points: number;
	possible: number;
	percent: number;
	correct: number;
	missed: string[];
}

/** Totals for a finished quiz; a question never checked scores 0 and counts as missed. */
export function totals(
	ids: readonly string[],
	scores: Readonly<Record<string, Score | undefined>>
): QuizTotals {
	const points = ids.reduce((sum, id) => sum + (scores[id]?.score ?? 0), 0);
	const missed = ids.filter((id) => !scores[id]?.correct);
	return {
		points: Math.round(points * 10) / 10,
		possible: ids.length,
		percent: ids.length ? Math.round((points / ids.length) * 100) : 0,
		correct: ids.length - missed.length,
		missed
	};
}

/** Moves one item of an order answer up (-1) or down (+1). */
export function moveItem(order: readonly number[], position: number, direction: -1 | 1): number[] {
	const target = position + direction;
	if (target < 0 || target >= order.length) return [...order];
	const next = [...order];
	[next[position], next[target]] = [next[target]!, next[position]!];
	return next;
}
