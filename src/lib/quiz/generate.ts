import { matchesFilters } from '../bank/filters';
import type { Bank, QuizFilters } from '../bank/types';
import { playOf, type Question } from '../question-types/registry';
import { createRandom, shuffled, type Random } from './random';

/** What the progress store knows about a question, for picking what to practise. */
export interface QuestionHistory {
	/** Answered at least once. */
	seen: boolean;
	/** The last answer was wrong. */
	missed: boolean;
	/** Due for review by the scheduler. */
	due?: boolean;
}

export type ProgressSummary = Record<string, QuestionHistory>;

export interface QuizRequest extends QuizFilters {
	count: number;
	/** Question ids that must be in the quiz (e.g. "retry the ones I missed"). */
	include?: string[];
	exclude?: string[];
	/** When given, missed and due questions come first, then unseen ones, then the rest. */
	progress?: ProgressSummary;
}

/** One question as this quiz shows it: the display order of its options, items or right-hand answers. */
export interface QuizItem {
	id: string;
	/** Indexes into options / items / pairs, in display order. */
	order: number[];
}

export interface Quiz {
	seed: string;
	items: QuizItem[];
}

function priority(history: QuestionHistory | undefined): number {
	if (!history) return 1;
	if (history.missed || history.due) return 0;
	return history.seen ? 2 : 1;
}

/** `count` items drawn at random: a partial Fisher-Yates, so the cost follows count, not the pool. */
function sample<T>(items: T[], count: number, random: Random): T[] {
	const n = Math.min(Math.max(0, count), items.length);
	for (let i = 0; i < n; i++) {
		const j = i + Math.floor(random() * (items.length - i));
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items.slice(0, n);
}

function displayOrder(question: Question, random: Random): number[] {
	const type = playOf(question.type);
	const identity = Array.from({ length: type.displayCount(question) }, (_, i) => i);
	// Items to put in order are always shuffled, and never shown already solved.
	if (type.alwaysShuffled) {
		let order = shuffled(identity, random);
		for (let tries = 0; tries < 10 && order.every((v, i) => v === i); tries++)
			order = shuffled(identity, random);
		return order;
	}
	return question.shuffle ? shuffled(identity, random) : identity;
}

/**
 * Picks and orders a quiz. Deterministic: the same bank, request and seed always give
 * the same questions in the same order with the same option order.
 */
export function generate(bank: Bank, request: QuizRequest, seed: string): Quiz {
	const random = createRandom(seed);
	const excluded = new Set(request.exclude ?? []);
	const included = new Set(request.include ?? []);
	const pool = bank.questions.filter(
		(q) =>
			!excluded.has(q.id) &&
			(included.has(q.id) || (included.size === 0 && matchesFilters(q, request)))
	);
	// Random within each priority tier; only as many draws as the quiz needs (banks can be large).
	const tiers: Question[][] = [[], [], []];
	for (const question of pool) {
		tiers[request.progress ? priority(request.progress[question.id]) : 0]!.push(question);
	}
	const chosen: Question[] = [];
	for (const tier of tiers) {
		chosen.push(...sample(tier, request.count - chosen.length, random));
	}
	return {
		seed,
		items: shuffled(chosen, random).map((question) => ({
			id: question.id,
			order: displayOrder(question, random)
		}))
	};
}
