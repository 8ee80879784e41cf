import { playOf, type Question } from '../question-types/registry';
import type { QuizItem } from './generate';
import { isAnswered, type Response, type Score } from './score';

/** The untouched answer to a question, as first shown. */
export function initialResponse(question: Question, item: QuizItem): Response {
	return playOf(question.type).emptyResponse(question, item.order);
}

/**
 * Whether the student has given an answer of their own: an order left as it was first shown
 * is not one, though it can still be checked as it stands.
 */
export function hasAnswer(item: QuizItem, response: Response | undefined): boolean {
	if (!response || !isAnswered(response)) return false;
	return playOf(response.type).hasAnswer?.(response, item.order) ?? true;
}

/**
 * Questions answered but never checked, in quiz order. Moving on or finishing checks them, so
 * nothing a student entered is lost and the score counts it.
 */
export function uncheckedAnswers(
	items: readonly QuizItem[],
	responses: Readonly<Record<string, Response | undefined>>,
	scores: Readonly<Record<string, Score | undefined>>
): string[] {
	return items
		.filter((item) => !scores[item.id] && hasAnswer(item, responses[item.id]))
		.map((item) => item.id);
}

export interface QuizTotals {
	points: number;
	possible: number;
	percent: number;
	/** Fully right. */
	correct: number;
	/** Given some credit but not all. */
	partial: number;
	missed: string[];
}

/** Totals for a finished quiz; a question never checked scores 0 and counts as missed. */
export function totals(
	ids: readonly string[],
	scores: Readonly<Record<string, Score | undefined>>
): QuizTotals {
	const points = ids.reduce((sum, id) => sum + (scores[id]?.score ?? 0), 0);
	const missed = ids.filter((id) => !scores[id]?.correct);
	const partial = missed.filter((id) => (scores[id]?.score ?? 0) > 0).length;
	return {
		points: Math.round(points * 10) / 10,
		possible: ids.length,
		percent: ids.length ? Math.round((points / ids.length) * 100) : 0,
		correct: ids.length - missed.length,
		partial,
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

/**
 * Points as a student reads them: whole numbers as they are, partial credit to one decimal
 * ("12.5", never "12.50" or "12.0").
 */
export function formatPoints(points: number): string {
	const tenths = Math.round(points * 10) / 10;
	return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}
