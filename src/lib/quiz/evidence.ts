import type { Evidence } from '../bank/types';
import type { Highlight } from '../content/highlight';

/** The evidence of one paragraph, as feedback shows it: each quoted sentence once, one link. */
export interface ParagraphEvidence {
	paragraph: string;
	/** Paragraph number as printed ("Paragraph 8"). */
	number: number;
	/** The sentences holding the quotes, each once, in the article's order. */
	sentences: string[];
	/** From the first quoted sentence to the end of the last: what the article link highlights. */
	highlight: Highlight;
}

/**
 * Groups a question's evidence by paragraph. Two quotes from one sentence (or two sentences of one
 * paragraph) would otherwise show the same paragraph twice, with two links to it.
 */
export function evidenceByParagraph(evidence: readonly Evidence[]): ParagraphEvidence[] {
	const groups = new Map<string, Evidence[]>();
	for (const item of evidence)
		groups.set(item.paragraph, [...(groups.get(item.paragraph) ?? []), item]);
	return [...groups.entries()]
		.map(([paragraph, items]) => {
			const sorted = [...items].sort((a, b) => a.start - b.start);
			const sentences: Evidence[] = [];
			for (const item of sorted)
				if (!sentences.some((s) => s.start === item.start && s.end === item.end))
					sentences.push(item);
			return {
				paragraph,
				number: Number(paragraph.slice(2)),
				sentences: sentences.map((s) => s.sentence),
				highlight: {
					paragraph,
					start: sorted[0]!.start,
					end: Math.max(...sorted.map((s) => s.end))
				}
			};
		})
		.sort((a, b) => a.number - b.number);
}
