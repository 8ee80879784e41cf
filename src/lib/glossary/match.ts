import type { TermMatch, TermMatcher } from '../content/mark-terms';

export interface TermForms {
	id: string;
	/** The term and its aliases. */
	forms: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A hyphen counts as part of a word: `US` must not mark the "US" of "US-led".
const WORD_CHAR = '[\\p{L}\\p{N}_\\-]';

/**
 * A form with any capital letter is matched exactly (names, acronyms: `IS` never marks "is").
 * An all-lowercase form also matches with a capital first letter, at the start of a sentence.
 */
function variants(form: string): string[] {
	if (form !== form.toLowerCase()) return [form];
	return [form, form.charAt(0).toUpperCase() + form.slice(1)];
}

export function compileMatcher(terms: readonly TermForms[]): TermMatcher {
	const byVariant = new Map<string, string>();
	for (const term of terms) {
		for (const form of term.forms) {
			for (const variant of variants(form.trim())) {
				if (variant && !byVariant.has(variant)) byVariant.set(variant, term.id);
			}
		}
	}
	if (byVariant.size === 0) return { find: () => [] };
	// Longest first, so "US-led coalition" wins over "US" at the same position.
	const alternatives = [...byVariant.keys()].sort((a, b) => b.length - a.length).map(escape);
	const pattern = new RegExp(
		`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`,
		'gu'
	);

	return {
		find(text) {
			const matches: TermMatch[] = [];
			for (const match of text.matchAll(pattern)) {
				const term = byVariant.get(match[0]);
				if (term) matches.push({ start: match.index, end: match.index + match[0].length, term });
			}
			return matches;
		}
	};
}
