import { Rating, createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { AnswerRecord } from './records';

// FSRS (ts-fsrs) schedules reviews from the answers themselves: no extra state to store or migrate.
// No fuzz, so the same answers always give the same schedule.
const scheduler = fsrs({ enable_fuzz: false });

function rating(answer: AnswerRecord): Grade {
	if (answer.correct) return Rating.Good;
	return answer.score >= 0.5 ? Rating.Hard : Rating.Again;
}

/** Each question's review card, replaying its answers in time order. */
export function reviewCards(answers: readonly AnswerRecord[]): Map<string, Card> {
	const cards = new Map<string, Card>();
	for (const answer of [...answers].sort((a, b) => a.at - b.at)) {
		const at = new Date(answer.at);
		const card: Card = cards.get(answer.question) ?? createEmptyCard(at);
		cards.set(answer.question, scheduler.next(card, at, rating(answer)).card);
	}
	return cards;
}

/** Questions due for review by `now`, most overdue first. */
export function dueForReview(
	answers: readonly AnswerRecord[],
	now: Date,
	known?: ReadonlySet<string>
): string[] {
	return [...reviewCards(answers)]
		.filter(([id, card]) => card.due.getTime() <= now.getTime() && (!known || known.has(id)))
		.sort((a, b) => a[1].due.getTime() - b[1].due.getTime())
		.map(([id]) => id);
}
