import { lunr } from './pipeline';
import { normaliseWord } from '../text/normalise-word';
import { words } from '../text/words';
import type { ShownDoc } from './documents';
import type { SearchOutcome, SnippetPart } from './results';

import { MAX_QUERY_LENGTH } from './limits';

export { MAX_QUERY_LENGTH };
const MAX_TERMS = 8;
const MAX_RESULTS = 60;
const SNIPPET_LENGTH = 180;

const stem = (word: string) => lunr.stemmer(new lunr.Token(word, {})).toString();

/** The words a person typed, as index terms: never lunr query syntax. */
export function queryTerms(text: string): { terms: string[]; stopWordsOnly: boolean } {
	// Anything that is not part of a word separates words, so no character acts as lunr syntax.
	const tokens = text
		.slice(0, MAX_QUERY_LENGTH)
		.split(/[^\p{L}\p{N}'‘’,.]+/u)
		.map(normaliseWord)
		.filter(Boolean);
	const terms = [...new Set(tokens)].filter(
		(t) => lunr.stopWordFilter(new lunr.Token(t, {})) !== undefined
	);
	return {
		terms: terms.slice(0, MAX_TERMS),
		stopWordsOnly: tokens.length > 0 && terms.length === 0
	};
}

export class SearchEngine {
	private readonly index: lunr.Index;
	private readonly docs: Record<string, ShownDoc>;

	/** `readSearchData` gives both from the shipped file. */
	constructor({ index, docs }: { index: lunr.Index; docs: Record<string, ShownDoc> }) {
		this.index = index;
		this.docs = docs;
	}

	search(text: string): SearchOutcome {
		if (!text.trim()) return { status: 'empty' };
		const { terms, stopWordsOnly } = queryTerms(text);
		if (!terms.length) {
			return {
				status: 'unsearchable',
				message: stopWordsOnly
					? 'Those words are too common to search for. Try a name, a place or a key word from the article.'
					: 'Type a word to search for: letters or numbers.'
			};
		}
		let results = this.run(terms, false);
		let fuzzy = false;
		if (!results.length) {
			results = this.run(terms, true);
			fuzzy = results.length > 0;
		}
		// Snippets cost time per hit: only the best ones are shown, so only they get one.
		const hits = results.slice(0, MAX_RESULTS).map((r) => {
			const doc = this.docs[r.ref]!;
			const matchedTerms = new Set(Object.keys(r.matchData.metadata));
			const { snippet, matched } = makeSnippet(doc.text, matchedTerms);
			return { ref: r.ref, doc, score: r.score, snippet, matched };
		});
		return { status: 'results', hits, fuzzy, terms };
	}

	private run(terms: string[], fuzzy: boolean): lunr.Index.Result[] {
		let clauses = 0;
		const results = this.index.query((q) => {
			let fuzzyTerms = 0;
			for (const term of terms) {
				if (fuzzy) {
					// Fuzzy matching costs grow fast with length and distance: only real-looking words, and few.
					if (!/^\p{L}{4,14}$/u.test(term) || ++fuzzyTerms > 3) continue;
					const editDistance = term.length >= 7 ? 2 : 1;
					q.term(term, { usePipeline: false, editDistance, boost: 1 });
					q.term(term, { usePipeline: true, editDistance, boost: 1 });
					clauses++;
				} else {
					q.term(term, { usePipeline: true, boost: 10 });
					clauses++;
					// Results while typing: the unfinished last word matches as a prefix.
					if (term.length >= 2) {
						q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
					}
				}
			}
		});
		// A query without clauses matches every document in lunr.
		return clauses ? results : [];
	}
}

/** A window of the text around the first matching word, with matches marked. */
export function makeSnippet(
	text: string,
	matchedTerms: Set<string>
): { snippet: SnippetPart[]; matched: string[] } {
	const hits = words(text).filter(({ word }) => {
		const normal = normaliseWord(word);
		return normal && (matchedTerms.has(stem(normal)) || matchedTerms.has(normal));
	});
	const first = hits[0]?.start ?? 0;
	let from = Math.max(0, first - 60);
	if (from > 0) from = text.indexOf(' ', from) + 1 || from;
	let to = Math.min(text.length, from + SNIPPET_LENGTH);
	if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
	const parts: SnippetPart[] = [];
	if (from > 0) parts.push({ text: '… ', hit: false });
	let cursor = from;
	for (const hit of hits) {
		if (hit.start < from || hit.end > to) continue;
		if (hit.start > cursor) parts.push({ text: text.slice(cursor, hit.start), hit: false });
		parts.push({ text: text.slice(hit.start, hit.end).replace(/[^\p{L}\p{N}]+$/u, ''), hit: true });
		cursor = hit.start + parts[parts.length - 1]!.text.length;
	}
	if (cursor < to) parts.push({ text: text.slice(cursor, to), hit: false });
	if (to < text.length) parts.push({ text: ' …', hit: false });
	return { snippet: parts, matched: [...new Set(hits.map((h) => normaliseWord(h.word)))] };
}
