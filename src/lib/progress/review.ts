import {
	FSRSVersion,
	Rating,
	createEmptyCard,
	default_request_retention,
	fsrs,
	type Card,
	type FSRS,
	type Grade
} from 'ts-fsrs';
import type { Answer, WordRecord } from './records';

// FSRS (ts-fsrs) schedules reviews from the stored answers and word ratings themselves: no extra
// state to store or migrate. No fuzz, so the same records always give the same schedule. No
// short-term steps: those make a missed question due again a minute later and a right one ten
// minutes later, which a page of "what is due today" turned into nonsense (nothing due right
// after a quiz, then right answers due). In whole days, a miss comes back tomorrow.
//
// The desired retention is the student's (settings, kept on the device): FSRS spaces reviews so
// that, when one falls due, the chance of still remembering it is that retention.

/** FSRS's own default (records.ts's DEFAULT_PACING repeats it, to keep ts-fsrs out of the quiz player). */
export const DEFAULT_RETENTION = default_request_retention;

const schedulers = new Map<number, FSRS>();
function schedulerFor(retention: number): FSRS {
	let scheduler = schedulers.get(retention);
	if (!scheduler) {
		scheduler = fsrs({
			enable_fuzz: false,
			enable_short_term: false,
			request_retention: retention
		});
		schedulers.set(retention, scheduler);
	}
	return scheduler;
}
/** Names the scheduler and its settings: a replay kept by another one is made again. */
const schedulerName = (retention: number) =>
	`${FSRSVersion}; whole days${retention === DEFAULT_RETENTION ? '' : `; retention ${retention}`}`;

/** One review of one item (a question or a glossary term), as FSRS sees it. */
export interface Review {
	item: string;
	at: number;
	grade: Grade;
}

export const answerReviews = (answers: readonly Answer[]): Review[] =>
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

/**
 * The cards of a replay and what they were made from, so that a later replay of the same reviews
 * plus newer ones continues from them instead of starting over: replaying 10,000 answers takes
 * about 100 ms in a page that has just loaded, longer than the rest of the progress page together.
 */
export interface Replay {
	/** The ts-fsrs version that made the cards; another one starts over. */
	scheduler: string;
	/** The time of the latest review replayed, and the count and hash of all reviews replayed. */
	through: number;
	count: number;
	hash: number;
	cards: Map<string, Card>;
}

/** FNV-1a over 32-bit words. */
const mix = (hash: number, word: number) => Math.imul(hash ^ word, 0x01000193);

/** Items are few and reviews many: each item's text is hashed once. */
const itemHashes = new Map<string, number>();
function itemHash(item: string): number {
	let hash = itemHashes.get(item);
	if (hash === undefined) {
		hash = 0x811c9dc5;
		for (let i = 0; i < item.length; i++) hash = mix(hash, item.charCodeAt(i));
		itemHashes.set(item, hash);
	}
	return hash;
}

/**
 * A 32-bit hash of one review; summed, so the order of equal times does not matter. Numbers only:
 * hashing a string per review made checking 10,000 answers against the kept replay take 20 ms.
 */
function reviewHash({ item, at, grade }: Review): number {
	return mix(mix(mix(itemHash(item), at % 0x100000000), Math.floor(at / 0x100000000)), grade) >>> 0;
}

/**
 * Replays reviews in time order into FSRS cards. With `previous`, continues from its cards when
 * the reviews up to its time are exactly those it was made from (none added before it, none
 * removed); otherwise starts over. Either way the cards are those of a full replay.
 */
export function replay(
	reviews: readonly Review[],
	previous?: Replay,
	retention = DEFAULT_RETENTION
): Replay {
	const scheduler = schedulerFor(retention);
	const name = schedulerName(retention);
	const sorted = [...reviews].sort((a, b) => a.at - b.at);
	let start = 0;
	let hash = 0;
	if (previous?.scheduler === name) {
		while (start < sorted.length && sorted[start]!.at <= previous.through)
			hash = (hash + reviewHash(sorted[start++]!)) >>> 0;
		if (start !== previous.count || hash !== previous.hash) start = hash = 0;
	}
	const cards = new Map<string, Card>(start ? previous!.cards : undefined);
	for (const review of sorted.slice(start)) {
		const at = new Date(review.at);
		const card: Card = cards.get(review.item) ?? createEmptyCard(at);
		cards.set(review.item, scheduler.next(card, at, review.grade).card);
		hash = (hash + reviewHash(review)) >>> 0;
	}
	return {
		scheduler: name,
		through: sorted.at(-1)?.at ?? 0,
		count: sorted.length,
		hash,
		cards
	};
}

/** A stored replay as far as it can be trusted; anything else is simply made again. */
export function isReplay(value: unknown): value is Replay {
	const replay = value as Partial<Replay> | null;
	return (
		typeof replay?.scheduler === 'string' &&
		Number.isFinite(replay.through) &&
		Number.isInteger(replay.count) &&
		Number.isInteger(replay.hash) &&
		replay.cards instanceof Map &&
		[...replay.cards.values()].every(
			(card) => card?.due instanceof Date && Number.isFinite(card.stability)
		)
	);
}

/** Each item's review card, replaying its reviews in time order. */
export const reviewCards = (reviews: readonly Review[], retention = DEFAULT_RETENTION) =>
	replay(reviews, undefined, retention).cards;

/** Items due by `now` among those reviewed (and in `known`, when given), most overdue first. */
export function dueFrom(cards: ReadonlyMap<string, Card>, now: Date, known?: ReadonlySet<string>) {
	return [...cards]
		.filter(([id, card]) => card.due.getTime() <= now.getTime() && (!known || known.has(id)))
		.sort((a, b) => a[1].due.getTime() - b[1].due.getTime())
		.map(([id]) => id);
}

export const dueForReview = (
	reviews: readonly Review[],
	now: Date,
	known?: ReadonlySet<string>,
	retention = DEFAULT_RETENTION
) => dueFrom(reviewCards(reviews, retention), now, known);

/** Whole calendar days from `now` to `due` in the reader's time zone (0: later today). */
export function daysUntil(due: number, now: number): number {
	const midnight = (time: number) => {
		const date = new Date(time);
		return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
	};
	return Math.round((midnight(due) - midnight(now)) / 86_400_000);
}

/** When something falls due, as a student would say it: "later today", "tomorrow", "in 3 days". */
export function whenDue(due: number, now: number): string {
	const days = daysUntil(due, now);
	return days <= 0 ? 'later today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** The next day anything falls due after `now`, and how many items fall due that day. */
export function nextDueDay(
	cards: ReadonlyMap<string, Card>,
	now: Date,
	known?: ReadonlySet<string>
): { at: number; count: number } | undefined {
	const later = [...cards]
		.filter(([id, card]) => card.due.getTime() > now.getTime() && (!known || known.has(id)))
		.map(([, card]) => card.due.getTime());
	if (!later.length) return undefined;
	const at = Math.min(...later);
	const day = daysUntil(at, now.getTime());
	return { at, count: later.filter((due) => daysUntil(due, now.getTime()) === day).length };
}
