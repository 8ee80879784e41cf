import type { Response } from '../quiz/score';
import { hashText } from './hash';

/**
 * A hand-in: one finished quiz attempt, as a student gives it to the teacher. It travels as
 * text (a file, a copied message, QR codes), so it is plain data with a checksum; see
 * encode.ts for the text form.
 */
export const HANDIN_FORMAT = 1;

export interface HandInAnswer {
	/** The question's id in the bank. */
	id: string;
	/** questionHash() of the question as the student saw it. */
	hash: string;
	/** What was given, or null when nothing was (or the attempt was kept without answers). */
	response: Response | null;
	/** 0 to 1. */
	credit: number;
	/** Seconds from the start of the attempt to when the answer was checked, when known. */
	at: number | null;
}

export interface HandIn {
	format: number;
	/** The module's slug. */
	module: string;
	/** bankVersion() of the module's questions when the quiz was taken. */
	version: string;
	/** The quiz link's query string (preset or filters, and the seed). */
	link: string;
	title: string;
	/** As the student typed it. */
	name: string;
	startedAt: number | null;
	finishedAt: number;
	answers: HandInAnswer[];
}

/**
 * The hand-in as sent: short keys and arrays, since every byte counts in a QR code.
 * `q` holds [id, hash, credit, response or 0, seconds or null] per question.
 */
export interface Wire {
	f: number;
	m: string;
	v: string;
	l: string;
	t: string;
	n: string;
	s: number | null;
	e: number;
	q: [string, string, number, Response | 0, number | null][];
}

export function toWire(h: HandIn): Wire {
	return {
		f: h.format,
		m: h.module,
		v: h.version,
		l: h.link,
		t: h.title,
		n: h.name,
		s: h.startedAt,
		e: h.finishedAt,
		q: h.answers.map((a) => [a.id, a.hash, a.credit, a.response ?? 0, a.at])
	};
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);
const isIndex = (value: unknown): value is number =>
	Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1000;
const isIndexOrNull = (value: unknown) => value === null || isIndex(value);
const isStringList = (value: unknown) =>
	Array.isArray(value) && value.length <= 100 && value.every(isString);

/** A response of a known type with fields of the right kinds: nothing else reaches the statistics. */
export function isResponse(value: unknown): value is Response {
	// The switch names every type (not QUESTION_TYPES: sharing that module with the progress
	// store would split it into a chunk of its own, one more file on the article page's list).
	if (!isObject(value)) return false;
	switch (value.type as Response['type']) {
		case 'single':
			return isIndexOrNull(value.option);
		case 'multiple':
			return Array.isArray(value.options) && value.options.every(isIndex);
		case 'true-false':
			return value.value === null || typeof value.value === 'boolean';
		case 'fill-blank':
			return isStringList(value.values);
		case 'short-answer':
			return isString(value.value);
		case 'order':
			return Array.isArray(value.order) && value.order.every(isIndex);
		case 'match':
			return Array.isArray(value.choices) && value.choices.every(isIndexOrNull);
		default:
			return false;
	}
}

const MAX_TEXT = 2000;

/** The hand-in in a wire object, or undefined when any field is missing or of the wrong kind. */
export function fromWire(value: unknown): HandIn | undefined {
	if (!isObject(value)) return undefined;
	const { f, m, v, l, t, n, s, e, q } = value;
	const texts = [m, v, l, t, n];
	if (!Number.isInteger(f) || !texts.every((x) => isString(x) && x.length <= MAX_TEXT)) return;
	if (!(s === null || isNumber(s)) || !isNumber(e) || !Array.isArray(q) || q.length > 500) return;
	const answers: HandInAnswer[] = [];
	for (const row of q) {
		if (!Array.isArray(row) || row.length !== 5) return;
		const [id, hash, credit, response, at] = row;
		if (!isString(id) || !isString(hash) || !isNumber(credit) || credit < 0 || credit > 1) return;
		if (!(response === 0 || isResponse(response))) return;
		if (!(at === null || isNumber(at))) return;
		answers.push({ id, hash, credit, response: response === 0 ? null : response, at });
	}
	return {
		format: f as number,
		module: m as string,
		version: v as string,
		link: l as string,
		title: t as string,
		name: n as string,
		startedAt: s as number | null,
		finishedAt: e as number,
		answers
	};
}

/** What identifies one attempt: the same attempt handed in twice (file and text) is one. */
export function attemptKey(h: HandIn): string {
	return hashText(JSON.stringify([h.module, h.link, h.finishedAt, h.name.trim().toLowerCase()]));
}
