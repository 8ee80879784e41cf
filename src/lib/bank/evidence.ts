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

/** Why a quote was not found, as far as the article shows it. */
export interface MissingEvidence {
	missing: true;
	/** The longest start of the quote found in the article, and where. */
	nearest?: { paragraph: string; words: string };
	/** The article's sentence sharing most words with the quote. */
	closest?: { paragraph: string; sentence: string };
	/** The quote is the end of one paragraph and the start of the next. */
	spans?: { paragraph: string; text: string }[];
	/** The quote leaves words out with … or ...; the parts, where found. */
	ellipsis?: { mark: string; parts: { text: string; paragraph?: string }[] };
}

export type EvidenceLookup = { found: Evidence } | MissingEvidence | { ambiguous: string[] };

const pilcrow = (id: string) => `¶${id.slice(2)}`;
const wordsOf = (text: string) =>
	foldQuotes(text)
		.toLowerCase()
		.split(/[^\p{L}\p{N}'’,.-]+/u)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean);

function closestSentence(
	quote: string,
	paragraphs: readonly Paragraph[]
): { paragraph: string; sentence: string } | undefined {
	const wanted = wordsOf(quote);
	let best: { paragraph: string; sentence: string; score: number } | undefined;
	for (const p of paragraphs) {
		for (const { segment } of sentences.segment(p.text)) {
			const have = new Set(wordsOf(segment));
			const score = wanted.filter((w) => have.has(w)).length;
			if (score > (best?.score ?? 0)) best = { paragraph: p.id, sentence: segment.trim(), score };
		}
	}
	return best && best.score >= Math.min(3, wanted.length) ? best : undefined;
}

function acrossParagraphs(
	needle: string,
	paragraphs: readonly Paragraph[]
): { paragraph: string; text: string }[] | undefined {
	const words = needle.split(/\s+/);
	for (let k = 1; k < words.length; k++) {
		const first = words.slice(0, k).join(' ');
		const second = words.slice(k).join(' ');
		for (let i = 0; i + 1 < paragraphs.length; i++) {
			if (
				foldQuotes(paragraphs[i]!.text).trimEnd().endsWith(first) &&
				foldQuotes(paragraphs[i + 1]!.text).startsWith(second)
			) {
				return [
					{ paragraph: paragraphs[i]!.id, text: first },
					{ paragraph: paragraphs[i + 1]!.id, text: second }
				];
			}
		}
	}
	return undefined;
}

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

	const missing: MissingEvidence = { missing: true };
	const mark = /…|\.\.\./.exec(needle)?.[0];
	if (mark) {
		const parts = needle
			.split(/\s*(?:…|\.\.\.)\s*/)
			.filter(Boolean)
			.map((text) => ({
				text,
				paragraph: paragraphs.find((p) => foldQuotes(p.text).includes(text))?.id
			}));
		missing.ellipsis = { mark, parts };
	}
	missing.spans = acrossParagraphs(needle, paragraphs);
	// Say how far the quote does match, so the teacher knows where to look for the typo.
	const words = needle.split(/\s+/);
	for (let n = words.length - 1; n >= 2; n--) {
		const prefix = words.slice(0, n).join(' ');
		const where = paragraphs.find((p) => foldQuotes(p.text).includes(prefix));
		if (where) {
			missing.nearest = { paragraph: where.id, words: prefix };
			break;
		}
	}
	missing.closest = closestSentence(needle, paragraphs);
	return missing;
}

/** What to tell a teacher about a quote that is not in the article. */
export function missingEvidence(
	quote: string,
	lookup: MissingEvidence
): { message: string; expected: string; found: string; fix: string } {
	const expected = 'words copied exactly from one paragraph of the article';
	const found = `"${quote}"`;
	const list = (parts: { text: string }[]) =>
		parts.map((part) => `"${part.text}"`).join(parts.length === 2 ? ' and ' : ', ');
	const count = (n: number) => (n === 2 ? 'two' : String(n));
	if (lookup.ellipsis) {
		const { mark, parts } = lookup.ellipsis;
		return {
			message: `the ${mark} in this evidence quote stands for words left out, so it does not match the article word for word`,
			expected,
			found,
			fix: parts.every((part) => part.paragraph)
				? `Split it into ${count(parts.length)} quotes without the ${mark}: ${list(parts)}.`
				: `Quote one unbroken run of words, without the ${mark}; or split it into ${count(parts.length)} quotes, each copied exactly.`
		};
	}
	if (lookup.spans) {
		const [first, second] = lookup.spans as [
			{ paragraph: string; text: string },
			{ paragraph: string; text: string }
		];
		return {
			message: `this evidence quote runs across two paragraphs (${pilcrow(first.paragraph)} and ${pilcrow(second.paragraph)}), and a quote must come from one`,
			expected,
			found,
			fix: `Quote from one paragraph only: split it into two quotes, ${list(lookup.spans)}.`
		};
	}
	const { nearest, closest } = lookup;
	const sentence = closest
		? `The closest sentence is in ${pilcrow(closest.paragraph)}; copy the words exactly from it: "${closest.sentence}"`
		: '';
	let fix = 'Copy the words exactly from the article, punctuation included.';
	if (nearest && (!closest || closest.paragraph === nearest.paragraph))
		fix = `The words "${nearest.words}" are in ${pilcrow(nearest.paragraph)}; the quote differs after them. ${closest ? `The sentence there reads: "${closest.sentence}"` : 'Copy it again from the article.'}`;
	else if (closest) fix = sentence;
	return { message: 'this evidence quote is not in the article', expected, found, fix };
}
