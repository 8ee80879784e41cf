import type { Answer, AttemptRecord } from './records';
import type { Card } from 'ts-fsrs';
import { answerReviews, dueFrom, reviewCards } from './review';

/** What the progress page needs to know of each question. */
export interface QuestionFacts {
	type: string;
	skills: string[];
}

export interface Accuracy {
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
	/** Questions the review schedule says to practise now. */
	due: string[];
}

function tally(map: Map<string, Accuracy>, label: string, correct: boolean) {
	const entry = map.get(label) ?? { label, right: 0, answered: 0 };
	entry.answered++;
	if (correct) entry.right++;
	map.set(label, entry);
}

/**
 * Accuracy by skill and type, counting each question's latest answer once. `cards`: the review
 * cards of these answers, when the store has them already (ProgressStore.moduleRecords).
 */
export function summarise(
	answers: readonly Answer[],
	attempts: readonly AttemptRecord[],
	facts: Readonly<Record<string, QuestionFacts>>,
	now = new Date(),
	cards: ReadonlyMap<string, Card> = reviewCards(answerReviews(answers))
): ModuleProgress {
	const latest = new Map<string, Answer>();
	for (const answer of [...answers].sort((a, b) => a.at - b.at)) {
		if (facts[answer.question]) latest.set(answer.question, answer);
	}
	const bySkill = new Map<string, Accuracy>();
	const byType = new Map<string, Accuracy>();
	for (const answer of latest.values()) {
		const fact = facts[answer.question]!;
		tally(byType, fact.type, answer.correct);
		for (const skill of fact.skills) tally(bySkill, skill, answer.correct);
	}
	const values = [...latest.values()];
	return {
		attempts: [...attempts].sort((a, b) => a.finishedAt - b.finishedAt),
		answered: values.length,
		right: values.filter((a) => a.correct).length,
		bySkill: [...bySkill.values()].sort((a, b) => a.label.localeCompare(b.label)),
		byType: [...byType.values()].sort((a, b) => a.label.localeCompare(b.label)),
		missed: values.filter((a) => !a.correct).map((a) => a.question),
		due: dueFrom(cards, now, new Set(Object.keys(facts)))
	};
}
