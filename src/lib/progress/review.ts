import { Rating, createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { AnswerRecord, WordRecord } from './records';

// FSRS (ts-fsrs) schedules reviews from the stored answers and word ratings themselves: no extra
// state to store or migrate. No fuzz, so the same records always give the same schedule.
const scheduler = fsrs({ enable_fuzz: false });

/** One review of one item (a question or a glossary term), as FSRS sees it. */
export interface Review {
	item: string;
	at: number;
	grade: Grade;
}

export const answerReviews = (answers: readonly AnswerRecord[]): Review[] =>
	answers.map((answer) => ({
		item: answer.question,
		at: answer.at,
		grade: answer.correct ? Rating.Good : answer.score >= 0.5 ? Rating.Hard : Rating.Again
	}));

export const wordReviews = (words: readonly WordRecord[]): Review[] =>
	words.map((word) => ({
		item: word.term,
		at: word.at,
		grade: word.knew ? Rating.Good : Rating.Again
	}));

/** Each item's review card, replaying its reviews in time order. */
export function reviewCards(reviews: readonly Review[]): Map<string, Card> {
	const cards = new Map<string, Card>();
	for (const review of [...reviews].sort((a, b) => a.at - b.at)) {
		const at = new Date(review.at);
		const card: Card = cards.get(review.item) ?? createEmptyCard(at);
		cards.set(review.item, scheduler.next(card, at, review.grade).card);
	}
	return cards;
}

/** Items due by `now` among those reviewed (and in `known`, when given), most overdue first. */
export function dueFrom(cards: ReadonlyMap<string, Card>, now: Date, known?: ReadonlySet<string>) {
	return [...cards]
		.filter(([id, card]) => card.due.getTime() <= now.getTime() && (!known || known.has(id)))
		.sort((a, b) => a[1].due.getTime() - b[1].due.getTime())
		.map(([id]) => id);
}

export const dueForReview = (reviews: readonly Review[], now: Date, known?: ReadonlySet<string>) =>
	dueFrom(reviewCards(reviews), now, known);
