import type { Question } from '../bank/types';
import { editDistance } from '../text/edit-distance';
import { normaliseAnswer } from '../text/normalise-answer';

/** What a student gave, by question type. Indexes refer to the bank's order, not the display order. */
export type Response =
	| { type: 'single'; option: number | null }
	| { type: 'multiple'; options: number[] }
	| { type: 'true-false'; value: boolean | null }
	| { type: 'fill-blank'; values: string[] }
	| { type: 'short-answer'; value: string }
	| { type: 'order'; order: number[] }
	| { type: 'match'; choices: (number | null)[] };

export interface Score {
	/** 0 to 1; partial credit for multiple, order, match and fill-blank. */
	score: number;
	correct: boolean;
	/** Per part, where a question has parts (options chosen, gaps, positions, pairs). */
	parts?: boolean[];
	/** E.g. a spelling slip that was accepted. */
	notes: string[];
}

const MIN_LENGTH_FOR_TYPO = 6;

/** A typed answer against the accepted ones: normalised, and one slip allowed in longer words. */
export function matchTyped(
	value: string,
	accepted: readonly string[]
): { ok: boolean; note?: string } {
	const given = normaliseAnswer(value);
	if (!given) return { ok: false };
	for (const answer of accepted) if (normaliseAnswer(answer) === given) return { ok: true };
	for (const answer of accepted) {
		const target = normaliseAnswer(answer);
		// Numbers and dates must be exact: "October 11" is not a slip for "October 10".
		const letters = target.replace(/[^\p{L}]/gu, '').length;
		if (
			letters >= MIN_LENGTH_FOR_TYPO &&
			!/\d/.test(target + given) &&
			editDistance(given, target) === 1
		) {
			return { ok: true, note: `Accepted with a small spelling slip: it is spelt “${answer}”.` };
		}
	}
	return { ok: false };
}

const ratio = (right: number, total: number) => (total === 0 ? 0 : Math.max(0, right / total));

function result(score: number, parts?: boolean[], notes: string[] = []): Score {
	const rounded = Math.round(score * 1000) / 1000;
	return { score: rounded, correct: rounded === 1, parts, notes };
}

export function score(question: Question, response: Response): Score {
	if (response.type !== question.type) return result(0);
	switch (question.type) {
		case 'single': {
			const r = response as Extract<Response, { type: 'single' }>;
			return result(r.option !== null && question.options[r.option]?.correct ? 1 : 0);
		}
		case 'multiple': {
			// Each right option chosen earns 1/k, each wrong one chosen costs 1/k (k = right options); never below 0.
			const r = response as Extract<Response, { type: 'multiple' }>;
			const chosen = new Set(r.options);
			const k = question.options.filter((o) => o.correct).length;
			let points = 0;
			const parts = question.options.map((o, i) => {
				if (chosen.has(i)) points += o.correct ? 1 : -1;
				return chosen.has(i) === o.correct;
			});
			return result(ratio(points, k), parts);
		}
		case 'true-false': {
			const r = response as Extract<Response, { type: 'true-false' }>;
			return result(r.value === question.answer ? 1 : 0);
		}
		case 'fill-blank': {
			const r = response as Extract<Response, { type: 'fill-blank' }>;
			const notes: string[] = [];
			const parts = question.blanks.map((accepted, i) => {
				const match = matchTyped(r.values[i] ?? '', accepted);
				if (match.note) notes.push(match.note);
				return match.ok;
			});
			return result(ratio(parts.filter(Boolean).length, parts.length), parts, notes);
		}
		case 'short-answer': {
			const r = response as Extract<Response, { type: 'short-answer' }>;
			const match = matchTyped(r.value, question.answers);
			return result(match.ok ? 1 : 0, undefined, match.note ? [match.note] : []);
		}
		case 'order': {
			// Credit for each item in its right position.
			const r = response as Extract<Response, { type: 'order' }>;
			const parts = question.items.map((_, position) => r.order[position] === position);
			return result(ratio(parts.filter(Boolean).length, parts.length), parts);
		}
		case 'match': {
			// Credit for each left item paired with its own right item.
			const r = response as Extract<Response, { type: 'match' }>;
			const parts = question.pairs.map((_, i) => r.choices[i] === i);
			return result(ratio(parts.filter(Boolean).length, parts.length), parts);
		}
	}
}

/** Whether the student has given enough to check the answer. */
export function isAnswered(response: Response | undefined): boolean {
	if (!response) return false;
	switch (response.type) {
		case 'single':
			return response.option !== null;
		case 'multiple':
			return response.options.length > 0;
		case 'true-false':
			return response.value !== null;
		case 'fill-blank':
			return response.values.some((v) => v.trim() !== '');
		case 'short-answer':
			return response.value.trim() !== '';
		case 'order':
			return true;
		case 'match':
			return response.choices.some((c) => c !== null);
	}
}
