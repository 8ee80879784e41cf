import type { Card } from 'ts-fsrs';
import { Rating } from 'ts-fsrs';
import { daysUntil, type Review } from './review';
import type { Pacing } from './records';

/** An item missed this many times or more is marked hard (a "leech", in Anki's word). */
export const LEECH_MISSES = 4;

/**
 * Items missed LEECH_MISSES times or more, with how many times. Missed: rated "Not yet", or a
 * question answered less than half right (FSRS's "Again").
 */
export function leeches(reviews: readonly Review[], threshold = LEECH_MISSES): Map<string, number> {
	const misses = new Map<string, number>();
	for (const review of reviews)
		if (review.grade === Rating.Again) misses.set(review.item, (misses.get(review.item) ?? 0) + 1);
	return new Map([...misses].filter(([, count]) => count >= threshold));
}

/** What was done today: items seen for the first time, and reviews of items seen before today. */
export function doneToday(
	reviews: readonly Review[],
	now: Date
): { fresh: number; reviews: number } {
	const first = new Map<string, number>();
	for (const review of reviews)
		first.set(review.item, Math.min(first.get(review.item) ?? Infinity, review.at));
	// The day's bounds once: a calendar day per review (two Dates each) was the page's costliest
	// line with 10,000 answers.
	const start = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
	const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
	const today = (at: number) => at >= start && at < end;
	let fresh = 0;
	let reviewed = 0;
	for (const at of first.values()) if (today(at)) fresh++;
	for (const review of reviews) if (today(review.at) && !today(first.get(review.item)!)) reviewed++;
	return { fresh, reviews: reviewed };
}

/**
 * The due items and new items a student is offered now, within the day's limits (what today's
 * reviews and new items have used already), in the order given. `held`: how many wait for
 * another day.
 */
export function withinLimits(
	due: readonly string[],
	fresh: readonly string[],
	pacing: Pick<Pacing, 'newWords' | 'reviews'>,
	today: { fresh: number; reviews: number }
): { due: string[]; fresh: string[]; held: { due: number; fresh: number } } {
	const reviewsLeft = Math.max(0, pacing.reviews - today.reviews);
	const freshLeft = Math.max(0, pacing.newWords - today.fresh);
	const kept = { due: due.slice(0, reviewsLeft), fresh: fresh.slice(0, freshLeft) };
	return {
		...kept,
		held: { due: due.length - kept.due.length, fresh: fresh.length - kept.fresh.length }
	};
}

/**
 * How many items fall due today (overdue ones included) and on each of the next days: `days`
 * numbers, today first.
 */
export function forecast(
	cards: ReadonlyMap<string, Card>,
	now: Date,
	days = 7,
	known?: ReadonlySet<string>
): number[] {
	const counts = new Array<number>(days).fill(0);
	for (const [id, card] of cards) {
		if (known && !known.has(id)) continue;
		const day = Math.max(0, daysUntil(card.due.getTime(), now.getTime()));
		if (day < days) counts[day]!++;
	}
	return counts;
}
