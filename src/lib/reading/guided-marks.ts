import type { Block } from '../content/types';
import type { Highlight } from '../content/highlight';
import { highlightRange } from '../content/inline';
import type { Evidence } from '../bank/types';
import { evidenceByParagraph } from '../quiz/evidence';

/**
 * The blocks with the evidence of the given questions marked: after a checkpoint's answer is
 * shown, the reader sees where in the text it was (each quoted sentence, as quiz feedback
 * quotes it).
 */
export function markEvidence(blocks: readonly Block[], evidence: readonly Evidence[][]): Block[] {
	const marks = new Map<string, Highlight[]>();
	for (const item of evidence.flatMap((list) => evidenceByParagraph(list)))
		marks.set(item.paragraph, [...(marks.get(item.paragraph) ?? []), item.highlight]);
	return blocks.map((block) => {
		const list = block.kind === 'paragraph' ? marks.get(block.id) : undefined;
		if (!list || block.kind !== 'paragraph') return block;
		const inline = list.reduce((nodes, h) => highlightRange(nodes, h.start, h.end), block.inline);
		return { ...block, inline };
	});
}
