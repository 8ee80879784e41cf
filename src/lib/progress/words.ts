import { dueFrom, reviewCards, wordReviews } from './review';
import { doneToday, forecast, leeches, withinLimits } from './review-pace';
import type { Pacing, WordRecord } from './records';
import { createRandom, shuffled } from '../quiz/random';

/** Where a student stands with a module's glossary. */
export interface WordStatus {
	/** Terms rated at least once. */
	studied: number;
	/** Studied terms due for review now, most overdue first. */
	due: string[];
	/** Terms never rated, in glossary order. */
	fresh: string[];
	/** When the next studied term falls due, when it is later than now. */
	nextDue?: number;
	/** Due and new terms left for another day by the daily limits. */
	held: { due: number; fresh: number };
	/** Terms missed LEECH_MISSES times or more ("Not yet"), with how many times. */
	hard: Record<string, number>;
	/** Terms falling due today and on each of the next six days. */
	forecast: number[];
}

/** The glossary's terms against the ratings stored for them, scheduled with FSRS. */
export function wordStatus(
	terms: readonly string[],
	words: readonly WordRecord[],
	now = new Date(),
	/** Without it, no daily limit and FSRS's default retention. */
	pacing?: Pacing
): WordStatus {
	// A term removed from the glossary since it was rated no longer counts.
	const current = new Set(terms);
	const reviews = wordReviews(words.filter((word) => current.has(word.term)));
	const cards = reviewCards(reviews, pacing?.retention);
	const later = [...cards.values()]
		.map((card) => card.due.getTime())
		.filter((due) => due > now.getTime());
	const due = dueFrom(cards, now);
	const fresh = terms.filter((term) => !cards.has(term));
	const paced = pacing
		? withinLimits(due, fresh, pacing, doneToday(reviews, now))
		: { due, fresh, held: { due: 0, fresh: 0 } };
	return {
		studied: cards.size,
		...paced,
		nextDue: later.length ? Math.min(...later) : undefined,
		hard: Object.fromEntries(leeches(reviews)),
		forecast: forecast(cards, now)
	};
}

export const ROUND_SIZE = 10;

/**
 * The words of one round: those due first, then new ones, at most `size`, in a mixed order (in
 * glossary order, the people came first, then the places…, and the order gave words away). The
 * seed follows the student's progress, so the same state gives the same round.
 */
export function roundOf(
	status: WordStatus,
	size = ROUND_SIZE,
	seed = `${status.studied}/${status.due.length}/${status.fresh.length}`
): string[] {
	const random = createRandom(seed);
	return shuffled([...status.due, ...shuffled(status.fresh, random)].slice(0, size), random);
}

/** The rest of a round once its first word is rated: a word not known yet comes back at the end. */
export function afterRating(queue: readonly string[], knew: boolean): string[] {
	const [first, ...rest] = queue;
	return knew || first === undefined ? rest : [...rest, first];
}
