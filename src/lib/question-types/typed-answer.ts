import { normaliseAnswer } from '../text/normalise-answer';
import { editDistance } from '../text/edit-distance';

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
