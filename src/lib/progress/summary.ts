import type { ProgressSummary } from '../quiz/generate';
import type { Card } from 'ts-fsrs';
import { answerReviews, dueFrom, nextDueDay, reviewCards } from './review';
import { doneToday, forecast, leeches, withinLimits } from './review-pace';
import type { Answer, AttemptRecord, Pacing } from './records';
import {
	QUESTION_TYPES,
	SKILLS,
	TYPE_LABELS,
	skillLabel,
	type QuestionType,
	type Skill
} from '../bank/vocabulary';

/** What the progress page needs to know of each question. */
export interface QuestionFacts {
	type: QuestionType;
	skills: Skill[];
}

export interface Accuracy {
	/** As the pages name the skill or type: "cause and effect", "Put in order". */
	label: string;
	right: number;
	answered: number;
}

export interface ModuleProgress {
	attempts: AttemptRecord[];
	answered: number;
	right: number;
	bySkill: Accuracy[];
	byType: Accuracy[];
	/** Questions whose latest answer was wrong, to retry. */
	missed: string[];
	/** Questions the review schedule says to practise now, within today's review limit. */
	due: string[];
	/** Due questions left for another day by the daily review limit. */
	held: number;
	/** When nothing is due: the next day questions fall due, and how many. */
	next?: { at: number; count: number };
	/** Questions missed LEECH_MISSES times or more (less than half right), with how many times. */
	hard: Record<string, number>;
	/** Questions falling due today and on each of the next six days. */
	forecast: number[];
	/** Answers that took more than one try, and hints shown, over every answer kept. */
	helped: { tries: number; hints: number };
}

/**
 * One row per skill or type, in the order the question format lists them (no collation: sorting
 * with localeCompare made the progress page wait about 20 ms for the browser's collator).
 */
const rows = <K extends string>(keys: readonly K[], name: (key: K) => string) =>
	new Map<string, Accuracy>(keys.map((key) => [key, { label: name(key), right: 0, answered: 0 }]));

function tally(map: Map<string, Accuracy>, key: string, correct: boolean) {
	const entry = map.get(key);
	if (!entry) return;
	entry.answered++;
	if (correct) entry.right++;
}

const answeredRows = (map: Map<string, Accuracy>) =>
	[...map.values()].filter((row) => row.answered > 0);

/**
 * Accuracy by skill and type, counting each question's latest answer once. `cards`: the review
 * cards of these answers, when the store has them already (ProgressStore.moduleRecords).
 */
export function summarise(
	answers: readonly Answer[],
	attempts: readonly AttemptRecord[],
	facts: Readonly<Record<string, QuestionFacts>>,
	now = new Date(),
	cards: ReadonlyMap<string, Card> = reviewCards(answerReviews(answers)),
	/** Without it, no daily limit. */
	pacing?: Pacing
): ModuleProgress {
	const latest = new Map<string, Answer>();
	for (const answer of [...answers].sort((a, b) => a.at - b.at)) {
		if (facts[answer.question]) latest.set(answer.question, answer);
	}
	const bySkill = rows(SKILLS, skillLabel);
	const byType = rows(QUESTION_TYPES, (type) => TYPE_LABELS[type]);
	for (const answer of latest.values()) {
		const fact = facts[answer.question]!;
		tally(byType, fact.type, answer.correct);
		for (const skill of fact.skills) tally(bySkill, skill, answer.correct);
	}
	const values = [...latest.values()];
	const known = new Set(Object.keys(facts));
	const reviews = answerReviews(answers.filter((a) => known.has(a.question)));
	const due = dueFrom(cards, now, known);
	const paced = pacing
		? withinLimits(due, [], pacing, doneToday(reviews, now))
		: { due, held: { due: 0 } };
	let tries = 0;
	let hints = 0;
	for (const answer of answers) {
		if ((answer.tries ?? 1) > 1) tries++;
		hints += answer.hints ?? 0;
	}
	return {
		attempts: [...attempts].sort((a, b) => a.finishedAt - b.finishedAt),
		answered: values.length,
		right: values.filter((a) => a.correct).length,
		bySkill: answeredRows(bySkill),
		byType: answeredRows(byType),
		missed: values.filter((a) => !a.correct).map((a) => a.question),
		due: paced.due,
		held: paced.held.due,
		next: nextDueDay(cards, now, known),
		hard: Object.fromEntries(leeches(reviews)),
		forecast: forecast(cards, now, 7, known),
		helped: { tries, hints }
	};
}

/** What the quiz generator needs to favour unseen and missed questions, and those due. */
export function generatorSummary(
	answers: readonly Answer[],
	cards: ReadonlyMap<string, Card>,
	now = new Date()
): ProgressSummary {
	const due = new Set(dueFrom(cards, now));
	const summary: ProgressSummary = {};
	for (const answer of answers) {
		summary[answer.question] = {
			seen: true,
			missed: !answer.correct,
			due: due.has(answer.question)
		};
	}
	return summary;
}
