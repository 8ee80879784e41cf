import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/content/article';
import { markedTerms } from '../../src/lib/content/inline';
import type { Inline, Paragraph } from '../../src/lib/content/types';
import { parseGlossary } from '../../src/lib/glossary/load';
import { compileMatcher, type TermForms } from '../../src/lib/glossary/match';
import { markTerms } from '../../src/lib/content/mark-terms';
import { MAX_DEFINITION_WORDS } from '../../src/lib/glossary/schema';
import { formatIssue } from '../../src/lib/validation/issues';
import { ROOT, SLUG, shippedModule, shippedParagraphs } from './helpers';

const TERMS: TermForms[] = [
	{ id: 'us', forms: ['US'] },
	{ id: 'us-led-coalition', forms: ['US-led coalition', 'American-led coalition'] },
	{ id: 'us-embassy', forms: ['US Embassy'] },
	{ id: 'isis', forms: ['ISIS', 'IS'] },
	{ id: 'iran', forms: ['Iran'] },
	{ id: 'boycott', forms: ['boycott'] },
	{ id: 'drone-strike', forms: ['drone strike'] },
	{ id: 'al-kadhimi', forms: ['Mustafa Al Kadhimi', 'Al Kadhimi'] },
	{ id: 'advise', forms: ['advise-and-assist mission'] }
];
const matcher = compileMatcher(TERMS);

/** The marked words of a text, as [text, term id] pairs. */
const found = (text: string) =>
	matcher.find(text).map((m) => [text.slice(m.start, m.end), m.term] as const);

/** Marks one paragraph of plain text and returns the marked [text, term id] pairs. */
const marked = (nodes: Inline[]): [string, string][] =>
	nodes.flatMap((node): [string, string][] =>
		node.kind === 'term'
			? [[node.text, node.term]]
			: 'children' in node
				? marked(node.children)
				: []
	);
const markText = (text: string) => marked(markTerms([{ kind: 'text', text }], matcher));

/** Parses a one-module article with the test terms, returning its paragraphs. */
function article(body: string): Paragraph[] {
	const source = `---\ntitle: T\nsource:\n  name: N\ncredit: C.\n---\n\n${body}\n`;
	const result = parseArticle(source, 'article.md', 'test', matcher);
	expect(result.issues).toEqual([]);
	return result.article!.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
}

describe('glossary matching', () => {
	it('matches whole words only', () => {
		expect(found('Iranian officials met in Iran.')).toEqual([['Iran', 'iran']]);
		expect(found('boycotts and boycotted, not a boycott')).toEqual([['boycott', 'boycott']]);
		expect(found('ISISx USA xUS US_x')).toEqual([]);
	});

	it('prefers the longest form at the same place: "US-led coalition" over "US"', () => {
		expect(found('without US-led coalition troops')).toEqual([
			['US-led coalition', 'us-led-coalition']
		]);
		expect(found('the US Embassy and US troops')).toEqual([
			['US Embassy', 'us-embassy'],
			['US', 'us']
		]);
		expect(found('Mr Mustafa Al Kadhimi and Mr Al Kadhimi')).toEqual([
			['Mustafa Al Kadhimi', 'al-kadhimi'],
			['Al Kadhimi', 'al-kadhimi']
		]);
	});

	it('never marks "is" or "Is" for the term IS', () => {
		expect(found('It is what it is. Is it? The war against IS.')).toEqual([['IS', 'isis']]);
	});

	it('never marks "us" or "Us" for the term US', () => {
		expect(found('Tell us. Us and them. The US said.')).toEqual([['US', 'us']]);
	});

	it('matches a lowercase term written with a capital at the start of a sentence', () => {
		expect(found('Boycott was their answer. A boycott followed.')).toEqual([
			['Boycott', 'boycott'],
			['boycott', 'boycott']
		]);
		expect(found('Drone strike: a drone strike.')).toEqual([
			['Drone strike', 'drone-strike'],
			['drone strike', 'drone-strike']
		]);
	});

	it('does not match a lowercase term in capitals or with odd case', () => {
		expect(found('BOYCOTT bOycott')).toEqual([]);
	});

	it('matches a capitalised term only in its exact case', () => {
		expect(found('iran IRAN isis Isis us-led coalition')).toEqual([]);
	});

	it('matches aliases and marks them with the main term', () => {
		expect(found('The American-led coalition left.')).toEqual([
			['American-led coalition', 'us-led-coalition']
		]);
		expect(found('Mr Al Kadhimi said')).toEqual([['Al Kadhimi', 'al-kadhimi']]);
	});

	it('does not split hyphenated words: no "US" in "US-directed", no "ISIS" in "anti-ISIS"', () => {
		expect(found('the US-directed strike, anti-ISIS missions, Iran-backed groups')).toEqual([]);
		expect(found('two advise-and-assist missions')).toEqual([]);
		expect(found('an advise-and-assist mission.')).toEqual([
			['advise-and-assist mission', 'advise']
		]);
	});

	it('matches next to punctuation and curly apostrophes', () => {
		expect(found('“ISIS,” (US) Iran’s Al Kadhimi’s')).toEqual([
			['ISIS', 'isis'],
			['US', 'us'],
			['Iran', 'iran'],
			['Al Kadhimi', 'al-kadhimi']
		]);
	});

	it('marks only the first occurrence of each term in a paragraph', () => {
		expect(markText('ISIS fought. IS lost. ISIS remains. Iran and Iran.')).toEqual([
			['ISIS', 'isis'],
			['Iran', 'iran']
		]);
	});

	it('marks the first occurrence again in the next paragraph', () => {
		const [first, second] = article('ISIS and ISIS.\n\nISIS again.');
		expect(markedTerms(first!.inline)).toEqual(['isis']);
		expect(markedTerms(second!.inline)).toEqual(['isis']);
	});

	it('never marks inside another term: a later "US Embassy" hides its "US" even when not marked', () => {
		expect(markText('The US Embassy, then the US Embassy again.')).toEqual([
			['US Embassy', 'us-embassy']
		]);
	});

	it('never marks inside a link or inline code, and marks the first occurrence outside', () => {
		const [p] = article('See [ISIS](https://example.com) and `ISIS`; then ISIS and the US.');
		expect(marked(p!.inline)).toEqual([
			['ISIS', 'isis'],
			['US', 'us']
		]);
		const link = p!.inline.find((n) => n.kind === 'link');
		expect(link).toEqual({
			kind: 'link',
			href: 'https://example.com',
			children: [{ kind: 'text', text: 'ISIS' }]
		});
		expect(p!.inline.find((n) => n.kind === 'code')).toEqual({ kind: 'code', text: 'ISIS' });
	});

	it('marks inside emphasis, still only once per paragraph', () => {
		const [p] = article('*The ISIS threat* and **ISIS** again.');
		expect(markedTerms(p!.inline)).toEqual(['isis']);
		expect(p!.inline[0]).toEqual({
			kind: 'em',
			children: [
				{ kind: 'text', text: 'The ' },
				{ kind: 'term', text: 'ISIS', term: 'isis' },
				{ kind: 'text', text: ' threat' }
			]
		});
	});

	it('matches a term broken over two source lines', () => {
		const [p] = article('The Mustafa Al\nKadhimi government.');
		expect(marked(p!.inline)).toEqual([['Mustafa Al Kadhimi', 'al-kadhimi']]);
	});

	it('keeps the paragraph text unchanged while marking', () => {
		const text = 'Without US-led coalition troops, the US and IS fought; is it over?';
		const inline = markTerms([{ kind: 'text', text }], matcher);
		const plain = inline.map((n) => ('text' in n ? n.text : '')).join('');
		expect(plain).toBe(text);
	});

	it('finds nothing with an empty glossary', () => {
		expect(compileMatcher([]).find('US ISIS Iran')).toEqual([]);
	});
});

describe('the shipped glossary', () => {
	const module = shippedModule();
	const glossary = module.glossary;
	const source = readFileSync(join(ROOT, 'content', SLUG, 'glossary.yaml'), 'utf8');

	it('parses without issues', () => {
		expect(parseGlossary(source, 'glossary.yaml').issues).toEqual([]);
	});

	it('has at least 35 terms', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(35);
	});

	it(`keeps every definition to ${MAX_DEFINITION_WORDS} words or fewer`, () => {
		const long = glossary
			.map((e) => [e.term, e.definitionText.split(/\s+/).filter(Boolean).length] as const)
			.filter(([, words]) => words > MAX_DEFINITION_WORDS);
		expect(long).toEqual([]);
		expect(MAX_DEFINITION_WORDS).toBe(45);
	});

	it('has a unique id for every term', () => {
		const ids = glossary.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('marks every term at least once in the article body', () => {
		const unmarked = glossary.filter((e) => e.occurrences.length === 0).map((e) => e.term);
		expect(unmarked).toEqual([]);
	});

	it('records occurrences as body paragraph ids in article order', () => {
		const order = shippedParagraphs().map((p) => p.id);
		for (const entry of glossary) {
			expect(entry.occurrences.every((id) => order.includes(id))).toBe(true);
			const positions = entry.occurrences.map((id) => order.indexOf(id));
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
		}
	});

	it('marks terms in body paragraphs only: not in the title, standfirst or pull quote', () => {
		// The standfirst holds glossary forms ("premier", "advise-and-assist mission", "ISIS"),
		// but it is plain text in the front matter: only body paragraphs are marked.
		const { meta, blocks } = module.article;
		expect(typeof meta.standfirst).toBe('string');
		expect(meta.standfirst).toContain('premier');
		const quote = blocks.find((b) => b.kind === 'quote');
		expect(quote && markedTerms(quote.inline)).toEqual([]);
		// "premier" (alias of premiership) appears only in the standfirst; the term is still
		// marked in the body through "premiership".
		const premiership = glossary.find((e) => e.term === 'premiership')!;
		expect(premiership.aliases).toContain('premier');
		expect(premiership.occurrences).toEqual(['p-24']);
	});

	it('marks IS (alias of ISIS) in ¶5 but no lowercase "is" anywhere', () => {
		const paragraphs = shippedParagraphs();
		const p5 = paragraphs.find((p) => p.id === 'p-5')!;
		expect(marked(p5.inline)).toContainEqual(['IS', 'isis']);
		const all = paragraphs.flatMap((p) => marked(p.inline));
		expect(all.filter(([text]) => text === 'is' || text === 'us' || text === 'Is')).toEqual([]);
	});

	it('marks "US-led coalition" whole in ¶3 and no "US" inside "US-directed" in ¶13', () => {
		const paragraphs = shippedParagraphs();
		const p3 = paragraphs.find((p) => p.id === 'p-3')!;
		expect(marked(p3.inline)).toContainEqual(['US-led coalition', 'us-led-coalition']);
		const p13 = paragraphs.find((p) => p.id === 'p-13')!;
		expect(marked(p13.inline).map(([text]) => text)).not.toContain('US');
	});

	it('marks each term at most once per paragraph', () => {
		for (const p of shippedParagraphs()) {
			const ids = markedTerms(p.inline);
			expect(new Set(ids).size).toBe(ids.length);
		}
	});
});

describe('glossary errors', () => {
	it('sends an unknown key to the glossary.yaml example in README.md', () => {
		const source = [
			'terms:',
			'  - term: Fuad Hussein',
			'    category: person',
			'    definition: Foreign minister of Iraq.',
			'    colour: red',
			''
		].join('\n');
		expect(parseGlossary(source, 'glossary.yaml').issues.map(formatIssue)).toEqual([
			`glossary.yaml:5:5  term 1 › colour: unknown key \`colour\`
    found:    \`colour\`
    fix:      Remove it, or check the spelling against the glossary.yaml example in README.md.`
		]);
	});
});
