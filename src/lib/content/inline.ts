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

/**
 * Wraps the characters from `start` to `end` of the content's plain text in `mark`s: one for each run
 * of neighbouring nodes, so the passage reads as one highlight. (A mark per piece showed each mark's
 * padding as a gap, e.g. before the full stop after a term.)
 */
export function highlightRange(nodes: readonly Inline[], start: number, end: number): Inline[] {
	let offset = 0;
	const walk = (list: readonly Inline[]): Inline[] => {
		const out: Inline[] = [];
		let run: Inline[] = [];
		const flush = () => {
			if (run.length) out.push({ kind: 'mark', children: run });
			run = [];
		};
		for (const node of list) {
			const from = offset;
			const to = from + inlineToText([node]).length;
			if (to <= start || from >= end) {
				flush();
				out.push(node);
				offset = to;
			} else if ('children' in node) {
				if (from >= start && to <= end) {
					run.push(node);
					offset = to;
				} else {
					flush();
					out.push({ ...node, children: walk(node.children) });
				}
			} else {
				offset = to;
				// A term is one button: mark it whole rather than cut it in two.
				if (node.kind === 'term') {
					run.push(node);
					continue;
				}
				const a = Math.max(start, from) - from;
				const b = Math.min(end, to) - from;
				const piece = (text: string): Inline => ({ ...node, text });
				if (a > 0) {
					flush();
					out.push(piece(node.text.slice(0, a)));
				}
				run.push(piece(node.text.slice(a, b)));
				if (b < node.text.length) {
					flush();
					out.push(piece(node.text.slice(b)));
				}
			}
		}
		flush();
		return out;
	};
	return walk(nodes);
}

/**
 * Puts each term together with the text that touches it (".", ",", "’s") in a `glued` node, which
 * the page keeps on one line: a term is a button, and a line may break after a button even before
 * a full stop, which would start a line with ".". Done at build time, so pages do not ship it.
 */
export function glueTerms(nodes: readonly Inline[]): Inline[] {
	const out: Inline[] = [];
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i]!;
		const next = nodes[i + 1];
		if (node.kind === 'em' || node.kind === 'strong') {
			out.push({ ...node, children: glueTerms(node.children) });
			continue;
		}
		const after =
			node.kind === 'term' && next?.kind === 'text' ? /^\S+/.exec(next.text)?.[0] : undefined;
		if (!after || next?.kind !== 'text') {
			out.push(node);
			continue;
		}
		out.push({ kind: 'glued', children: [node, { kind: 'text', text: after }] });
		if (next.text.length > after.length)
			out.push({ kind: 'text', text: next.text.slice(after.length) });
		i++;
	}
	return out;
}
