import { normaliseAnswer } from '../text/normalise-answer';
import { leadingArticle, numbersAsDigits, withoutArticle } from '../text/answer-forms';
import { readDate, sameDate } from '../text/answer-dates';
import { editDistance } from '../text/edit-distance';

const MIN_LENGTH_FOR_TYPO = 6;

/**
 * A pattern (`*` stands for any characters, as in Moodle's short answers) as a test of a
 * normalised answer. Each piece is normalised as answers are; a space or punctuation next to a
 * `*` stays a word break, so `New *` accepts “New York” but not “Newcastle”.
 */
export function patternTest(pattern: string): RegExp {
	const pieces = pattern.split(/\*+/);
	const last = pieces.length - 1;
	const source = pieces
		.map((piece, i) => {
			const core = normaliseAnswer(piece).replace(/[.]/g, '\\.');
			if (!core) return i === 0 || i === last ? '' : ' ?';
			const before = i > 0 && /^[^\p{L}\p{N}]/u.test(piece) ? ' ' : '';
			const after = i < last && /[^\p{L}\p{N}]$/u.test(piece) ? ' ' : '';
			return `${before}${core}${after}`;
		})
		.join('.*');
	return new RegExp(`^${source}$`, 'u');
}

/** A glossary alias accepted because its term is (added when the bank is built). */
export interface OtherName {
	name: string;
	/** The glossary term it is another name for. */
	of: string;
}

/** The form the rules compare: normalised, no leading article, numbers as digits. */
export const answerKey = (value: string): string =>
	numbersAsDigits(withoutArticle(normaliseAnswer(value)));

/**
 * A typed answer against the accepted ones: normalised, then by the rules README lists (a
 * leading article, the same date, the same number, another name from the glossary), and one slip
 * allowed in longer words. `note` names the rule that accepted it, for the feedback. Patterns
 * (short answers imported from Moodle) are tried after an exact match, with no rule and no slip.
 */
export function matchTyped(
	value: string,
	accepted: readonly string[],
	otherNames: readonly OtherName[] = [],
	patterns: readonly string[] = []
): { ok: boolean; note?: string } {
	const given = normaliseAnswer(value);
	if (!given) return { ok: false };
	for (const answer of accepted) if (normaliseAnswer(answer) === given) return { ok: true };
	for (const pattern of patterns) if (patternTest(pattern).test(given)) return { ok: true };
	const bare = withoutArticle(given);
	const key = numbersAsDigits(bare);
	const date = readDate(key);
	for (const answer of accepted) {
		const written = normaliseAnswer(answer);
		const target = withoutArticle(written);
		if (target === bare) {
			const article = leadingArticle(given) ?? leadingArticle(written);
			return { ok: true, note: `Accepted: with or without “${article}”.` };
		}
		const targetKey = numbersAsDigits(target);
		const targetDate = readDate(targetKey);
		if (date && targetDate && sameDate(date, targetDate))
			return { ok: true, note: `Accepted: same date as “${answer}”.` };
		if (targetKey === key) return { ok: true, note: `Accepted: same number as “${answer}”.` };
	}
	for (const other of otherNames)
		if (answerKey(other.name) === key)
			return { ok: true, note: `Accepted: another name for ${other.of}.` };
	for (const answer of accepted) {
		const target = answerKey(answer);
		// Numbers and dates must be exact: "October 11" is not a slip for "October 10", nor
		// "seventh" for "seventy" (each is compared with its numbers as digits).
		const letters = target.replace(/[^\p{L}]/gu, '').length;
		if (
			letters >= MIN_LENGTH_FOR_TYPO &&
			!/\d/.test(target + key) &&
			editDistance(key, target) === 1
		) {
			return { ok: true, note: `Accepted with a small spelling slip: it is spelt “${answer}”.` };
		}
	}
	return { ok: false };
}
