import { normaliseAnswer } from '../text/normalise-answer';
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

/**
 * A typed answer against the accepted ones: normalised, and one slip allowed in longer words;
 * then against the patterns, if any (no slip allowed: a pattern already accepts variants).
 */
export function matchTyped(
	value: string,
	accepted: readonly string[],
	patterns: readonly string[] = []
): { ok: boolean; note?: string } {
	const given = normaliseAnswer(value);
	if (!given) return { ok: false };
	for (const answer of accepted) if (normaliseAnswer(answer) === given) return { ok: true };
	for (const pattern of patterns) if (patternTest(pattern).test(given)) return { ok: true };
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
