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

/** Wraps the characters from `start` to `end` of the content's plain text in a `mark`. */
export function highlightRange(nodes: readonly Inline[], start: number, end: number): Inline[] {
	let offset = 0;
	const walk = (list: readonly Inline[]): Inline[] =>
		list.flatMap((node): Inline[] => {
			if ('children' in node) return [{ ...node, children: walk(node.children) }];
			const from = offset;
			const to = offset + node.text.length;
			offset = to;
			if (to <= start || from >= end) return [node];
			// A term is one button: mark it whole rather than cut it in two.
			if (node.kind === 'term') return [{ kind: 'mark', children: [node] }];
			const a = Math.max(start, from) - from;
			const b = Math.min(end, to) - from;
			const piece = (text: string): Inline => ({ ...node, text });
			return [
				...(a > 0 ? [piece(node.text.slice(0, a))] : []),
				{ kind: 'mark', children: [piece(node.text.slice(a, b))] },
				...(b < node.text.length ? [piece(node.text.slice(b))] : [])
			];
		});
	return walk(nodes);
}
