import type { Score } from '../question-types/play-kit';

/**
 * Several tries at a question, as Moodle's "interactive with multiple tries": after a wrong try
 * the student sees that try's feedback and the next hint, and tries again. Each try after the
 * first costs `penalty` of the point. The credit is the best try, each try's score scaled by
 * max(0, 1 − penalty × earlier tries), so trying again never lowers it.
 */
export interface TryRules {
	/** How many tries a question allows (1: check once, as without tries). */
	tries: number;
	/** What each try after the first costs, as a share of the point. */
	penalty: number;
}

export const DEFAULT_PENALTY = 1 / 3;
export const ONE_TRY: TryRules = { tries: 1, penalty: DEFAULT_PENALTY };

/** A preset's rules, with the defaults (one try; a third of the point per extra try). */
export const tryRules = (preset?: { tries?: number; penalty?: number }): TryRules => ({
	tries: Math.max(1, Math.floor(preset?.tries ?? 1)),
	penalty: Math.min(1, Math.max(0, preset?.penalty ?? DEFAULT_PENALTY))
});

/** Where a question stands between tries (kept with the quiz in progress). */
export interface TryState {
	/** Tries checked so far, none of them fully right. */
	used: number;
	/** The best credit of those tries, penalties applied. */
	best: number;
	/** Hints shown so far. */
	hints: number;
	/** The feedback of the latest try. */
	last?: Score;
	/** The answer was changed since the latest try (moving on then checks it as one more try). */
	changed: boolean;
}

export const NO_TRIES: TryState = { used: 0, best: 0, hints: 0, changed: false };

/** The share of the point a try earns at best: try 1 all, each later one `penalty` less. */
export const tryFactor = (tryNumber: number, rules: TryRules) =>
	Math.max(0, 1 - rules.penalty * (tryNumber - 1));

const round = (n: number) => Math.round(n * 1000) / 1000;

const ordinal = (n: number) => (n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`);

/**
 * The final score of a question from its best credit: `correct` only when the full point was
 * earned (right at the first try), the tries and hints used kept with it.
 */
export function settle(state: TryState, tries: number, last: Score | undefined): Score {
	const score = round(state.best);
	const notes = [...(last?.notes ?? [])];
	if (tries > 1)
		notes.push(
			score > 0 && last?.correct
				? `Right at the ${ordinal(tries)} try: ${Math.round(score * 100)}% of the point.`
				: `Your best try earned ${Math.round(score * 100)}% of the point.`
		);
	return {
		...(last ?? { parts: undefined }),
		score,
		correct: score === 1,
		notes,
		...(tries > 1 ? { tries } : {}),
		...(state.hints > 0 ? { hints: state.hints } : {})
	};
}

/** What checking one more try gives: the final score, or another try. */
export type TryOutcome =
	| { done: true; score: Score }
	| { done: false; state: TryState; left: number };

/**
 * One try checked. Done when it is fully right or no try is left; otherwise the student sees
 * `state.last` and may try again (one hint more is shown, when there is one).
 */
export function afterTry(
	state: TryState,
	tried: Score,
	rules: TryRules,
	hintCount: number
): TryOutcome {
	const number = state.used + 1;
	const best = Math.max(state.best, tried.score * tryFactor(number, rules));
	const next: TryState = {
		used: number,
		best,
		hints: Math.min(hintCount, state.hints + 1),
		last: tried,
		changed: false
	};
	if (tried.correct || number >= rules.tries)
		return { done: true, score: settle({ ...next, hints: state.hints }, number, tried) };
	return { done: false, state: next, left: rules.tries - number };
}

/** Moving on from a question between tries: its best credit so far counts. */
export const giveUp = (state: TryState): Score => settle(state, state.used, state.last);
