import type { SearchKind, ShownDoc } from './documents';

/** What a search answers, as plain data: it crosses from the search worker to the page. */
export interface SnippetPart {
	text: string;
	hit: boolean;
}

export interface SearchHit {
	ref: string;
	doc: ShownDoc;
	score: number;
	snippet: SnippetPart[];
	/** The words of the text that matched, for highlighting on the target page. */
	matched: string[];
}

export type SearchOutcome =
	| { status: 'empty' }
	| { status: 'unsearchable'; message: string }
	| {
			status: 'results';
			hits: SearchHit[];
			fuzzy: boolean;
			terms: string[];
			/** Whose full text was searched, in a library searched in parts (worker.ts). */
			coverage?: SearchCoverage;
	  };

export interface SearchCoverage {
	searched: number;
	total: number;
	/** Titles of modules the query needed that could not be loaded (offline, not kept). */
	missing: string[];
}

export const KIND_ORDER: SearchKind[] = ['paragraph', 'term', 'question'];

/** Results in the order the page shows them: by kind, best first within each. */
export function groupHits(hits: readonly SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] {
	return KIND_ORDER.map((kind) => ({ kind, hits: hits.filter((h) => h.doc.kind === kind) })).filter(
		(group) => group.hits.length > 0
	);
}
