import type { Response, Score } from '../quiz/score';
import { QUESTION_TYPES } from '../bank/vocabulary';

/**
 * What Lectern keeps on the device. Every record carries `v`; a record from a newer
 * version of the app is left untouched, and anything that fails these checks is set aside.
 */
export const SCHEMA_VERSION = 1;

/** One answer, checked. Append-only, one key each, so two tabs never overwrite each other. */
export interface AnswerRecord {
	v: number;
	module: string;
	question: string;
	score: number;
	correct: boolean;
	at: number;
}

/** A quiz being taken, saved after every change so closing the tab loses nothing. */
export interface QuizProgress {
	v: number;
	module: string;
	/** The quiz link's query string, seed included: the same link resumes it. */
	link: string;
	title: string;
	index: number;
	responses: Record<string, Response>;
	scores: Record<string, Score>;
	updatedAt: number;
}

/** A finished quiz. */
export interface AttemptRecord {
	v: number;
	module: string;
	link: string;
	title: string;
	questions: string[];
	scores: Record<string, number>;
	points: number;
	possible: number;
	finishedAt: number;
}

/** Where the reader was in an article, for "Continue reading". */
export interface ReadingRecord {
	v: number;
	module: string;
	paragraph: string;
	at: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function isResponse(value: unknown): value is Response {
	return isObject(value) && (QUESTION_TYPES as readonly string[]).includes(value.type as string);
}

function isScore(value: unknown): value is Score {
	return (
		isObject(value) &&
		isNumber(value.score) &&
		typeof value.correct === 'boolean' &&
		Array.isArray(value.notes)
	);
}

export type Checked<T> = { ok: true; value: T } | { ok: false; newer: boolean };

function check<T>(value: unknown, valid: (record: Record<string, unknown>) => boolean): Checked<T> {
	if (!isObject(value) || !isNumber(value.v)) return { ok: false, newer: false };
	if (value.v > SCHEMA_VERSION) return { ok: false, newer: true };
	return valid(value) ? { ok: true, value: value as T } : { ok: false, newer: false };
}

export const checkAnswer = (value: unknown) =>
	check<AnswerRecord>(
		value,
		(r) =>
			isString(r.module) &&
			isString(r.question) &&
			isNumber(r.score) &&
			typeof r.correct === 'boolean' &&
			isNumber(r.at)
	);

export const checkProgress = (value: unknown) =>
	check<QuizProgress>(
		value,
		(r) =>
			isString(r.module) &&
			isString(r.link) &&
			isString(r.title) &&
			isNumber(r.index) &&
			isObject(r.responses) &&
			Object.values(r.responses).every(isResponse) &&
			isObject(r.scores) &&
			Object.values(r.scores).every(isScore) &&
			isNumber(r.updatedAt)
	);

export const checkAttempt = (value: unknown) =>
	check<AttemptRecord>(
		value,
		(r) =>
			isString(r.module) &&
			isString(r.link) &&
			isString(r.title) &&
			Array.isArray(r.questions) &&
			r.questions.every(isString) &&
			isObject(r.scores) &&
			isNumber(r.points) &&
			isNumber(r.possible) &&
			isNumber(r.finishedAt)
	);

export const checkReading = (value: unknown) =>
	check<ReadingRecord>(
		value,
		(r) =>
			isString(r.module) && isString(r.paragraph) && /^p-\d+$/.test(r.paragraph) && isNumber(r.at)
	);

/** The quiz link as a storage key: its parameters in a fixed order. */
export function linkKey(search: string): string {
	const params = new URLSearchParams(search);
	params.sort();
	return params.toString();
}
