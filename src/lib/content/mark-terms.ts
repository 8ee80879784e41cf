import type { Inline } from './types';

// Content marks what a matcher finds; the glossary builds the matcher (glossary/match.ts) from
// its terms. The glossary sits above content, so this interface is content's.

export interface TermMatch {
	start: number;
	end: number;
	term: string;
}

export interface TermMatcher {
	/** Every whole-word occurrence, leftmost first, longest form winning; never overlapping. */
	find(text: string): TermMatch[];
}

/**
 * Marks the first occurrence of each term in one paragraph's inline content.
 * Links and code are left alone; `marked` carries the terms already marked in this paragraph.
 */
export function markTerms(
	nodes: readonly Inline[],
	matcher: TermMatcher,
	marked: Set<string> = new Set()
): Inline[] {
	const out: Inline[] = [];
	for (const node of nodes) {
		if (node.kind === 'text') {
			let cursor = 0;
			for (const match of matcher.find(node.text)) {
				if (marked.has(match.term)) continue;
				marked.add(match.term);
				if (match.start > cursor)
					out.push({ kind: 'text', text: node.text.slice(cursor, match.start) });
				out.push({ kind: 'term', text: node.text.slice(match.start, match.end), term: match.term });
				cursor = match.end;
			}
			if (cursor < node.text.length) out.push({ kind: 'text', text: node.text.slice(cursor) });
		} else if (node.kind === 'em' || node.kind === 'strong') {
			out.push({ ...node, children: markTerms(node.children, matcher, marked) });
		} else {
			out.push(node);
		}
	}
	return out;
}
