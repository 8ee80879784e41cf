import type { Paragraph } from '../content/types';
import type { Evidence } from './types';

/** Curly and straight quotes are the same for lookup, so teachers can type either. Lengths are kept. */
function foldQuotes(text: string): string {
	return text.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"');
}

function allIndexes(haystack: string, needle: string): number[] {
	const found: number[] = [];
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1))
		found.push(at);
	return found;
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
	let from = 0;
	let to = text.length;
	for (const segment of sentences.segment(text)) {
		const segmentEnd = segment.index + segment.segment.length;
		if (segment.index <= start && start < segmentEnd) from = segment.index;
		if (segment.index < end && end <= segmentEnd) to = segmentEnd;
	}
	const slice = text.slice(from, to);
	return { start: from, end: from + slice.trimEnd().length };
}

export type EvidenceLookup =
	| { found: Evidence }
	| { missing: true; nearest?: { paragraph: string; words: string } }
	| { ambiguous: string[] };

/** Finds a quote in exactly one paragraph; the sentence around it is what feedback links to. */
export function findEvidence(quote: string, paragraphs: readonly Paragraph[]): EvidenceLookup {
	const needle = foldQuotes(quote.trim());
	const hits = paragraphs.flatMap((p) =>
		allIndexes(foldQuotes(p.text), needle).map((index) => ({ paragraph: p, index }))
	);
	if (hits.length === 1) {
		const { paragraph, index } = hits[0]!;
		const range = sentenceAround(paragraph.text, index, index + needle.length);
		return {
			found: {
				quote: paragraph.text.slice(index, index + needle.length),
				paragraph: paragraph.id,
				...range,
				sentence: paragraph.text.slice(range.start, range.end)
			}
		};
	}
	if (hits.length > 1) return { ambiguous: [...new Set(hits.map((hit) => hit.paragraph.id))] };

	// Say how far the quote does match, so the teacher knows where to look for the typo.
	const words = needle.split(/\s+/);
	for (let n = words.length - 1; n >= 2; n--) {
		const prefix = words.slice(0, n).join(' ');
		const where = paragraphs.find((p) => foldQuotes(p.text).includes(prefix));
		if (where) return { missing: true, nearest: { paragraph: where.id, words: prefix } };
	}
	return { missing: true };
}
