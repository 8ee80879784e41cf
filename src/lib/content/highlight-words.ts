import type { Inline } from './types';
import { normaliseWord } from '../text/normalise-word';
import { bareWord, words } from '../text/words';

/** The words of a search result link (`?words=a,b`), in the form highlightWords compares. */
export function wantedWords(param: string): Set<string> {
	return new Set(param.split(/[\s,]+/).map(normaliseWord));
}

/** Marks every word of the content whose search form is one of `wanted` (from a search result link). */
export function highlightWords(nodes: readonly Inline[], wanted: ReadonlySet<string>): Inline[] {
	if (!wanted.size) return [...nodes];
	return nodes.flatMap((node): Inline[] => {
		if ('children' in node) {
			return [{ ...node, children: highlightWords(node.children, wanted) }];
		}
		if (node.kind === 'code') return [node];
		// Terms are buttons: mark the whole term when one of its words is wanted.
		if (node.kind === 'term') {
			const hit = node.text.split(/[\s-]+/).some((w) => wanted.has(normaliseWord(w)));
			return hit ? [{ kind: 'mark', children: [node] }] : [node];
		}
		const out: Inline[] = [];
		let cursor = 0;
		for (const found of words(node.text)) {
			const word = bareWord(found.word);
			if (!word || !wanted.has(normaliseWord(word))) continue;
			const start = found.start + found.word.indexOf(word);
			if (start > cursor) out.push({ kind: 'text', text: node.text.slice(cursor, start) });
			out.push({ kind: 'mark', children: [{ kind: 'text', text: word }] });
			cursor = start + word.length;
		}
		if (cursor < node.text.length) out.push({ kind: 'text', text: node.text.slice(cursor) });
		return out;
	});
}
