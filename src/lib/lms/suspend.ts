import type { Response } from '../quiz/score';
import { QUESTION_TYPES } from '../bank/vocabulary';
import { SUSPEND_DATA_LIMIT } from './data-model';

/**
 * Where a student is in the graded quiz, kept in `cmi.suspend_data` so they resume there, even on
 * another computer. Of a checked answer only what rescoring it cannot give back is kept: the
 * credit when tries or hints cost part of the point. A question between tries keeps its tries
 * used, so leaving and coming back gives no fresh tries.
 */
export interface SuspendState {
	/** The preset, and the seed that drew its questions: the same quiz again. */
	preset: string;
	seed: string;
	index: number;
	responses: Record<string, Response>;
	checked: string[];
	/** Checked questions that took more than one try or a hint: the credit they earned. */
	credit: Record<string, Credit>;
	/** Questions between tries: tries used, the best credit so far, hints shown. */
	between: Record<string, Between>;
	finished: boolean;
}

export interface Credit {
	score: number;
	tries?: number;
	hints?: number;
}

export interface Between {
	used: number;
	best: number;
	hints: number;
}

/** Version 2 added `k` (credit) and `b` (between tries); version 1 data resumes without them. */
interface Stored {
	v: 1 | 2;
	p: string;
	s: string;
	i: number;
	r: Record<string, Response>;
	c: string[];
	/** Credit: [score, tries, hints]. */
	k?: Record<string, [number, number, number]>;
	/** Between tries: [used, best, hints]. */
	b?: Record<string, [number, number, number]>;
	f?: 1;
}

const store = (state: SuspendState, responses: Record<string, Response>): string => {
	const credit = Object.entries(state.credit).filter(([id]) => state.checked.includes(id));
	const between = Object.entries(state.between).filter(([id]) => id in responses);
	return JSON.stringify({
		v: 2,
		p: state.preset,
		s: state.seed,
		i: state.index,
		r: responses,
		c: state.checked,
		...(credit.length
			? {
					k: Object.fromEntries(
						credit.map(([id, c]) => [id, [c.score, c.tries ?? 1, c.hints ?? 0]])
					)
				}
			: {}),
		...(between.length
			? { b: Object.fromEntries(between.map(([id, t]) => [id, [t.used, t.best, t.hints]])) }
			: {}),
		...(state.finished ? { f: 1 } : {})
	} satisfies Stored);
};

/**
 * The state as suspend data, within SCORM 1.2's 4,096 characters: if every answer does not fit,
 * answers not yet checked are left out (the student types them again), then all of them (the
 * student resumes at the question they were on, with what was checked scored as unanswered).
 */
export function encodeSuspend(state: SuspendState): { data: string; complete: boolean } {
	const full = store(state, state.responses);
	if (full.length <= SUSPEND_DATA_LIMIT) return { data: full, complete: true };
	const checkedOnly = Object.fromEntries(
		Object.entries(state.responses).filter(([id]) => state.checked.includes(id))
	);
	const smaller = store(state, checkedOnly);
	if (smaller.length <= SUSPEND_DATA_LIMIT) return { data: smaller, complete: false };
	return { data: store({ ...state, checked: [], credit: {}, between: {} }, {}), complete: false };
}

const isResponse = (value: unknown): value is Response =>
	typeof value === 'object' &&
	value !== null &&
	(QUESTION_TYPES as readonly string[]).includes((value as { type?: unknown }).type as string);

const isTriple = (value: unknown): value is [number, number, number] =>
	Array.isArray(value) &&
	value.length === 3 &&
	value.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);

/** Entries of `value` that are well-formed triples, each made into what `make` gives. */
function triples<T>(value: unknown, make: (triple: [number, number, number]) => T) {
	if (typeof value !== 'object' || value === null) return {};
	return Object.fromEntries(
		Object.entries(value).flatMap(([id, triple]) => (isTriple(triple) ? [[id, make(triple)]] : []))
	) as Record<string, T>;
}

const unit = (n: number) => Math.min(1, n);

/** Suspend data written by this module, or undefined for anything else (empty, another SCO's). */
export function decodeSuspend(data: string): SuspendState | undefined {
	if (!data) return undefined;
	let stored: Partial<Stored>;
	try {
		stored = JSON.parse(data);
	} catch {
		return undefined;
	}
	if (
		(stored?.v !== 1 && stored?.v !== 2) ||
		typeof stored.p !== 'string' ||
		typeof stored.s !== 'string' ||
		typeof stored.i !== 'number' ||
		typeof stored.r !== 'object' ||
		stored.r === null ||
		!Array.isArray(stored.c)
	)
		return undefined;
	const responses = Object.fromEntries(
		Object.entries(stored.r).filter((entry): entry is [string, Response] => isResponse(entry[1]))
	);
	return {
		preset: stored.p,
		seed: stored.s,
		index: stored.i,
		responses,
		checked: stored.c.filter((id): id is string => typeof id === 'string'),
		credit: triples(stored.k, ([score, tries, hints]) => ({
			score: unit(score),
			...(tries > 1 ? { tries: Math.floor(tries) } : {}),
			...(hints > 0 ? { hints: Math.floor(hints) } : {})
		})),
		between: triples(stored.b, ([used, best, hints]) => ({
			used: Math.floor(used),
			best: unit(best),
			hints: Math.floor(hints)
		})),
		finished: stored.f === 1
	};
}
