import type { QuizProgress } from './records';

/** What is kept of a quiz being taken, after every change. */
export type RunSnapshot = Pick<QuizProgress, 'index' | 'responses' | 'scores' | 'tries'>;

/** Responses and scores are small plain objects, written by the same code: JSON compares them. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The entries of `next` that differ from `base`. */
function changed<T>(base: Record<string, T>, next: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(next).filter(([id, value]) => !same(base[id], value)));
}

/**
 * The quiz in progress to store when a tab saves `next`, having saved (or found saved) `base`
 * before: the stored record with only the questions this tab changed since put over it. Two tabs
 * on one quiz link each keep the other's answers; the position is the last writer's. Without a
 * base, `next` is the whole record.
 */
export function mergeProgress(
	stored: QuizProgress | undefined,
	base: RunSnapshot | undefined,
	next: Omit<QuizProgress, 'v'>
): Omit<QuizProgress, 'v'> {
	if (!base) return next;
	const scores = { ...stored?.scores, ...changed(base.scores, next.scores) };
	// Tries as answers: by question; a question final in either tab has none left.
	const tries = Object.fromEntries(
		Object.entries({
			...stored?.tries,
			...changed(base.tries ?? {}, next.tries ?? {})
		}).filter(([id]) => !scores[id] && (next.tries?.[id] || !(base.tries ?? {})[id]))
	);
	const merged: Omit<QuizProgress, 'v'> = {
		...next,
		responses: { ...stored?.responses, ...changed(base.responses, next.responses) },
		scores
	};
	if (Object.keys(tries).length) merged.tries = tries;
	else delete merged.tries;
	return merged;
}
