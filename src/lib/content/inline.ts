import type { Inline } from '../content/types';

/** Plain text of inline content. */
export function inlineToText(nodes: readonly Inline[]): string {
	return nodes
		.map((node) => ('children' in node ? inlineToText(node.children) : node.text))
		.join('');
}

/** Term ids marked in inline content, in order. */
export function markedTerms(nodes: readonly Inline[]): string[] {
	return nodes.flatMap((node) =>
		node.kind === 'term' ? [node.term] : 'children' in node ? markedTerms(node.children) : []
	);
}
