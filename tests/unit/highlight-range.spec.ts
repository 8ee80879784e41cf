import { describe, expect, it } from 'vitest';
import { loadModules } from '../../src/lib/server/content';
import { glueTerms, highlightRange, inlineToText } from '../../src/lib/content/inline';
import type { Inline } from '../../src/lib/content/types';
import { shippedModule } from './helpers';

const marks = (nodes: readonly Inline[]): string[] =>
	nodes.flatMap((node) =>
		node.kind === 'mark'
			? [inlineToText(node.children)]
			: 'children' in node
				? marks(node.children)
				: []
	);

describe('highlightRange', () => {
	// p-30: "… Iraq’s friendly relations with Saudi Arabia and Iran have brought … in Baghdad."
	const p30 = shippedModule().article.blocks.find((b) => b.id === 'p-30');
	if (p30?.kind !== 'paragraph') throw new Error('p-30 is not a paragraph');

	it('marks a passage across glossary terms as one highlight, full stop included', () => {
		const start = p30.text.indexOf('Iraq’s friendly');
		const end = p30.text.length;
		const nodes = highlightRange(p30.inline, start, end);
		expect(marks(nodes)).toEqual([p30.text.slice(start, end)]);
		expect(inlineToText(nodes)).toBe(p30.text);
	});

	it('keeps a term whole when the passage starts inside it', () => {
		const nodes: Inline[] = [
			{ kind: 'text', text: 'in ' },
			{ kind: 'term', text: 'Saudi Arabia', term: 'saudi-arabia' },
			{ kind: 'text', text: ' and Iran.' }
		];
		expect(marks(highlightRange(nodes, 9, 19))).toEqual(['Saudi Arabia and']);
	});

	it('marks inside emphasis when the passage begins in it, and after it', () => {
		const nodes: Inline[] = [
			{ kind: 'em', children: [{ kind: 'text', text: 'very much' }] },
			{ kind: 'text', text: ' so. Then' }
		];
		const out = highlightRange(nodes, 5, 13);
		expect(marks(out)).toEqual(['much', ' so.']);
		expect(inlineToText(out)).toBe('very much so. Then');
	});

	it('wraps emphasis inside the passage whole', () => {
		const nodes: Inline[] = [
			{ kind: 'text', text: 'a ' },
			{ kind: 'em', children: [{ kind: 'text', text: 'b' }] },
			{ kind: 'text', text: ' c' }
		];
		expect(marks(highlightRange(nodes, 0, 5))).toEqual(['a b c']);
	});
});

describe('glueTerms', () => {
	it('keeps a full stop or "’s" with the term it touches, and the rest of the text apart', () => {
		const nodes: Inline[] = [
			{ kind: 'text', text: 'talks in ' },
			{ kind: 'term', text: 'Baghdad', term: 'baghdad' },
			{ kind: 'text', text: '. Mr ' },
			{ kind: 'term', text: 'Al Sadr', term: 'sadr' },
			{ kind: 'text', text: '’s' },
			{ kind: 'term', text: 'ISIS', term: 'isis' },
			{ kind: 'text', text: ' and' },
			{
				kind: 'em',
				children: [
					{ kind: 'term', text: 'PMF', term: 'pmf' },
					{ kind: 'text', text: ',' }
				]
			}
		];
		const glued = glueTerms(nodes);
		expect(glued.map((n) => [n.kind, inlineToText([n])])).toEqual([
			['text', 'talks in '],
			['glued', 'Baghdad.'],
			['text', ' Mr '],
			['glued', 'Al Sadr’s'],
			['term', 'ISIS'],
			['text', ' and'],
			['em', 'PMF,']
		]);
		expect(glued.at(-1)).toMatchObject({ children: [{ kind: 'glued' }] });
		expect(inlineToText(glued)).toBe(inlineToText(nodes));
	});

	it('is applied to the article at build time, and a highlight across a glued term reads the same', () => {
		const baghdad = glueTerms([
			{ kind: 'text', text: 'talks in ' },
			{ kind: 'term', text: 'Baghdad', term: 'baghdad' },
			{ kind: 'text', text: '. Next' }
		]);
		const marked = highlightRange(baghdad, 0, 'talks in Baghdad.'.length);
		expect(inlineToText(marked)).toBe('talks in Baghdad. Next');
		expect(marked[0]).toMatchObject({ kind: 'mark' });
		const p30 = loadModules()[0]!.article.blocks.find((b) => b.id === 'p-30');
		expect(p30?.kind === 'paragraph' && p30.inline.at(-1)).toEqual({
			kind: 'glued',
			children: [
				{ kind: 'term', text: 'Baghdad', term: 'baghdad' },
				{ kind: 'text', text: '.' }
			]
		});
	});
});
