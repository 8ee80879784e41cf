/** A word of a text and where it is. */
export interface WordAt {
	word: string;
	start: number;
	end: number;
}

/** Words of a text with their positions, split as lunr splits (whitespace, hyphens and dashes). */
export function words(text: string): WordAt[] {
	const out: WordAt[] = [];
	for (const match of text.matchAll(/[^\s\-–—]+/g)) {
		out.push({ word: match[0], start: match.index, end: match.index + match[0].length });
	}
	return out;
}

/** A word without the punctuation around it (`“Baghdad,”` → `Baghdad`). */
export function bareWord(word: string): string {
	return word.replace(/[^\p{L}\p{N}]+$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');
}
