import type { Response } from '../quiz/score';
import { QUESTION_TYPES } from '../bank/vocabulary';
import { SUSPEND_DATA_LIMIT } from './data-model';

/**
 * Where a student is in the graded quiz, kept in `cmi.suspend_data` so they resume there, even on
 * another computer. Scores are not kept: they follow from the answers, so checked answers are
 * listed instead, which leaves more of the 4,096 characters for the answers themselves.
 */
export interface SuspendState {
	/** The preset, and the seed that drew its questions: the same quiz again. */
	preset: string;
	seed: string;
	index: number;
	responses: Record<string, Response>;
	checked: string[];
	finished: boolean;
}

interface Stored {
	v: 1;
	p: string;
	s: string;
	i: number;
	r: Record<string, Response>;
	c: string[];
	f?: 1;
}

const store = (state: SuspendState, responses: Record<string, Response>): string =>
	JSON.stringify({
		v: 1,
		p: state.preset,
		s: state.seed,
		i: state.index,
		r: responses,
		c: state.checked,
		...(state.finished ? { f: 1 } : {})
	} satisfies Stored);

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
	return { data: store({ ...state, checked: [] }, {}), complete: false };
}

const isResponse = (value: unknown): value is Response =>
	typeof value === 'object' &&
	value !== null &&
	(QUESTION_TYPES as readonly string[]).includes((value as { type?: unknown }).type as string);

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
		stored?.v !== 1 ||
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
		finished: stored.f === 1
	};
}
