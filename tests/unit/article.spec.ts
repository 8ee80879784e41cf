import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/content/article';
import { formatDateLine, formatDay } from '../../src/lib/content/dates';
import type { Paragraph, PullQuote } from '../../src/lib/content/types';
import { compileMatcher } from '../../src/lib/glossary/match';
import { formatIssue } from '../../src/lib/validation/issues';
import { FIXTURES, ROOT, SLUG, shippedModule, shippedParagraphs } from './helpers';

// The seed text as supplied (title, standfirst, body, pull quote + attribution, "Updated:" line),
// copied into the fixtures so the comparison also runs where /work/shared does not exist.
const SEED_COPY = join(FIXTURES, 'seed/kadhimi-us-troops-2021.txt');
const SEED_ORIGINAL = '/work/shared/seed/000_f5ac4f414018f2d6.txt';

const seedBlocks = readFileSync(SEED_COPY, 'utf8')
	.replace(/\r\n/g, '\n')
	.trim()
	.split(/\n\s*\n/)
	.map((block) => block.trim());
const [seedTitle, seedStandfirst] = seedBlocks;
const seedUpdated = seedBlocks.at(-1)!;
const seedQuoteBlock = seedBlocks.find((block) => block.includes('\n'))!;
const [seedQuote, seedAttribution] = seedQuoteBlock.split('\n');
const seedBody = seedBlocks.slice(2, -1).filter((block) => block !== seedQuoteBlock);

describe('the shipped article matches the seed text', () => {
	const article = shippedModule().article;
	const paragraphs = shippedParagraphs();

	it.skipIf(!existsSync(SEED_ORIGINAL))('the fixture copy of the seed is unchanged', () => {
		expect(readFileSync(SEED_COPY, 'utf8')).toBe(readFileSync(SEED_ORIGINAL, 'utf8'));
	});

	it('the seed has a title, a standfirst, 31 body paragraphs, one pull quote and an Updated line', () => {
		expect(seedBody).toHaveLength(31);
		expect(seedAttribution).toBe('Iraqi PM Mustafa Al Kadhimi');
		expect(seedUpdated).toMatch(/^Updated: /);
	});

	it('has the title exactly as published', () => {
		expect(article.meta.title).toBe(seedTitle);
		expect(article.meta.title).toBe(
			'Iraqi Prime Minister Al Kadhimi: country does not need US combat troops'
		);
	});

	it('has the standfirst exactly as published', () => {
		expect(article.meta.standfirst).toBe(seedStandfirst);
	});

	it('has 31 body paragraphs numbered p-1 to p-31 in order', () => {
		expect(paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 31 }, (_, i) => `p-${i + 1}`));
		expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
	});

	it.each(seedBody.map((text, i) => [`p-${i + 1}`, text] as const))(
		'paragraph %s is word for word the seed paragraph',
		(id, text) => {
			const paragraph = paragraphs.find((p) => p.id === id);
			expect(paragraph?.text).toBe(text);
		}
	);

	it('has the pull quote text and its attribution "Iraqi PM Mustafa Al Kadhimi"', () => {
		const quotes = article.blocks.filter((b): b is PullQuote => b.kind === 'quote');
		expect(quotes).toHaveLength(1);
		expect(quotes[0]!.text).toBe(seedQuote);
		expect(quotes[0]!.attribution).toBe('Iraqi PM Mustafa Al Kadhimi');
	});

	it('places the pull quote where the seed has it (after paragraph 2)', () => {
		const kinds = article.blocks.map((b) => (b.kind === 'paragraph' ? b.id : b.kind));
		expect(kinds.indexOf('quote')).toBe(kinds.indexOf('p-2') + 1);
		const seedQuoteIndex = seedBlocks.indexOf(seedQuoteBlock);
		expect(seedBlocks[seedQuoteIndex - 1]).toBe(paragraphs[1]!.text);
	});

	it('has no headings or other blocks that the seed does not have', () => {
		expect(article.blocks).toHaveLength(32);
		expect(article.blocks.every((b) => b.kind === 'paragraph' || b.kind === 'quote')).toBe(true);
	});

	it('formats the updated date as the seed prints it: "July 25th 2021, 11:12 AM"', () => {
		expect(article.meta.updated).toBe('2021-07-25T11:12');
		expect(formatDateLine(article.meta.updated!)).toBe('July 25th 2021, 11:12 AM');
		expect(article.dateLine).toBe(seedUpdated);
	});

	it('credits the source', () => {
		expect(article.meta.source.name).toBe('The National');
		expect(article.meta.credit).toMatch(/The National/);
	});

	it('counts words and reading time from the body paragraphs', () => {
		const words = seedBody.reduce((sum, p) => sum + p.split(/\s+/).length, 0);
		expect(article.wordCount).toBe(words);
		expect(article.readingMinutes).toBe(Math.round(words / 200));
	});
});

describe('formatDateLine', () => {
	it.each([
		['2021-07-25T11:12', 'July 25th 2021, 11:12 AM'],
		['2021-07-25', 'July 25th 2021'],
		['2021-01-01', 'January 1st 2021'],
		['2021-02-02', 'February 2nd 2021'],
		['2021-03-03', 'March 3rd 2021'],
		['2021-04-11', 'April 11th 2021'],
		['2021-04-12', 'April 12th 2021'],
		['2021-04-13', 'April 13th 2021'],
		['2021-05-21', 'May 21st 2021'],
		['2021-05-22', 'May 22nd 2021'],
		['2021-05-23', 'May 23rd 2021'],
		['2021-12-31T00:05', 'December 31st 2021, 12:05 AM'],
		['2021-12-31T12:00', 'December 31st 2021, 12:00 PM'],
		['2021-12-31 23:59', 'December 31st 2021, 11:59 PM']
	])('formats %s as "%s"', (iso, expected) => {
		expect(formatDateLine(iso)).toBe(expected);
	});

	it('returns text it cannot read unchanged', () => {
		expect(formatDateLine('25/07/2021')).toBe('25/07/2021');
	});
});

describe('formatDay', () => {
	it("names the day in the reader's time zone, late at night included", () => {
		expect(formatDay(new Date(2026, 10, 3, 23, 59).getTime())).toBe('3 November 2026');
		expect(formatDay(new Date(2027, 0, 1, 0, 0).getTime())).toBe('1 January 2027');
	});
});

describe('article front matter errors are located and explained', () => {
	const matcher = compileMatcher([]);
	const FILE = `content/${SLUG}/article.md`;
	const check = (source: string) => parseArticle(source, FILE, SLUG, matcher);
	const front = (lines: string[]) => ['---', ...lines, '---', '', 'A paragraph.', ''].join('\n');

	it('dates the article by its update, else its publication, else not at all', () => {
		const base = ['title: T', 'source:', '  name: The National', 'credit: Reproduced.'];
		const dateLine = (lines: string[]) => check(front([...base, ...lines])).article?.dateLine;
		expect(dateLine(['published: 2021-07-24', 'updated: 2021-07-25T11:12'])).toBe(
			'Updated: July 25th 2021, 11:12 AM'
		);
		expect(dateLine(['published: 2021-07-24'])).toBe('Published: July 24th 2021');
		expect(dateLine([])).toBeUndefined();
	});

	it('reports an article without front matter at line 1', () => {
		const result = check('Iraq’s prime minister says...\n\nMore text.\n');
		expect(result.article).toBeUndefined();
		expect(result.issues.map(formatIssue)).toEqual([
			`${FILE}:1:1  the article has no front matter
    expected: a first line \`---\`, then \`title:\`, \`source:\` and \`credit:\` lines, then a closing \`---\`
    found:    the article text straight away
    fix:      Copy the front matter block from README.md to the top of the file.`
		]);
	});

	it('reports a missing title at the start of the front matter', () => {
		const result = check(front(['source:', '  name: The National', 'credit: Reproduced.']));
		expect(result.article).toBeUndefined();
		expect(result.issues.map(formatIssue)).toEqual([
			`${FILE}:2:1  missing \`title\`
    expected: text
    found:    nothing
    fix:      Add the line \`title: ...\` to this item.`
		]);
	});

	it('reports an empty title at its value', () => {
		const result = check(front(['title:', 'source:', '  name: The National', 'credit: X.']));
		expect(result.issues.map((i) => [i.line, i.column, i.path, i.message])).toEqual([
			[2, 7, 'title', '`title` is empty']
		]);
	});

	// A bad date reads like every other message: the key once, then expected, found and fix.
	it('reports a date written 25/07/2021 at the value, explaining the format', () => {
		const result = check(
			front(['title: T', 'source:', '  name: The National', 'updated: 25/07/2021', 'credit: X.'])
		);
		expect(result.article).toBeUndefined();
		expect(result.issues.map(formatIssue)).toEqual([
			`${FILE}:5:10  updated: \`updated\` is a date written day/month/year; dates here are written year first
    expected: Expected a date written YYYY-MM-DD, optionally with a time: YYYY-MM-DDTHH:MM
    found:    the text "25/07/2021"
    fix:      Write \`updated: 2021-07-25\` (year, month, day).`
		]);
	});

	it('keeps the language tag read-aloud uses, and reports one that is not a tag at its line', () => {
		const ok = check(front(['title: T', 'source:', '  name: N', 'lang: en-GB', 'credit: X.']));
		expect(ok.article?.meta.lang).toBe('en-GB');
		const bad = check(front(['title: T', 'source:', '  name: N', 'lang: English', 'credit: X.']));
		expect(bad.article).toBeUndefined();
		expect(bad.issues.map((i) => [i.line, i.column, i.path])).toEqual([[5, 7, 'lang']]);
		expect(formatIssue(bad.issues[0]!)).toContain('Expected a language tag such as `en`');
	});

	it('accepts a date with or without a time, and CRLF line endings', () => {
		const crlf = front([
			'title: T',
			'source:',
			'  name: N',
			'published: 2021-07-25',
			'credit: X.'
		]).replace(/\n/g, '\r\n');
		const result = check(crlf);
		expect(result.issues).toEqual([]);
		expect(result.article?.meta.published).toBe('2021-07-25');
	});

	it('reports an unknown front-matter key at the key', () => {
		const result = check(
			front(['title: T', 'source:', '  name: The National', '  ulr: https://x.org', 'credit: X.'])
		);
		expect(result.issues.map((i) => [i.line, i.column, i.path, i.message])).toEqual([
			[5, 3, 'source.ulr', 'unknown key `ulr`']
		]);
	});

	// Unknown keys point to the guide for this file: the article.md example in README.md.
	it('sends an article author to the article.md example in README.md', () => {
		const result = check(
			front(['title: T', 'source:', '  name: The National', '  ulr: https://x.org', 'credit: X.'])
		);
		expect(result.issues[0]!.fix).toBe(
			'Remove it, or check the spelling against the article.md example in README.md.'
		);
	});

	it('rejects a non-https source url', () => {
		const result = check(
			front(['title: T', 'source:', '  name: N', '  url: javascript:alert(1)', 'credit: X.'])
		);
		expect(result.issues.map((i) => [i.line, i.column, i.path])).toEqual([[5, 8, 'source.url']]);
	});

	it('reports a body with no paragraphs', () => {
		const result = check(
			'---\ntitle: T\nsource:\n  name: N\ncredit: X.\n---\n\n## Only a heading\n'
		);
		expect(result.issues.map((i) => i.message)).toEqual(['the article has no paragraphs']);
	});

	it('reports a list in the body at its line, as a block an article does not show', () => {
		const result = check(
			'---\ntitle: T\nsource:\n  name: N\ncredit: X.\n---\n\nA paragraph.\n\n- one\n- two\n'
		);
		expect(result.article).toBeUndefined();
		expect(result.issues.map(formatIssue)).toEqual([
			`${FILE}:10:1  this kind of block (bullet list) is not shown in an article
    expected: paragraphs, \`## headings\` and one \`>\` pull quote
    fix:      Write it as ordinary paragraphs.`
		]);
	});

	it.each([
		['no blank line after the front matter', '---\nA paragraph.\n\n- one\n', 9],
		['CRLF line endings', '---\r\n\r\nA paragraph.\r\n\r\n- one\r\n', 10],
		['several blank lines', '---\n\n\n\nA paragraph.\n\n- one\n', 12]
	])('reports a body block at its own line with %s', (_, body, line) => {
		const head = '---\ntitle: T\nsource:\n  name: N\ncredit: X.\n';
		const source = body.includes('\r') ? head.replace(/\n/g, '\r\n') + body : head + body;
		expect(check(source).issues.map((i) => [i.line, i.column])).toEqual([[line, 1]]);
	});

	it('reports a tab in the front matter', () => {
		const result = check('---\ntitle: T\nsource:\n\tname: N\ncredit: X.\n---\n\nA paragraph.\n');
		expect(result.issues[0]).toMatchObject({
			line: 4,
			column: 1,
			message: 'a tab is used for indentation'
		});
	});

	it('reads the shipped article file without issues', () => {
		const source = readFileSync(join(ROOT, 'content', SLUG, 'article.md'), 'utf8');
		const result = check(source);
		expect(result.issues).toEqual([]);
		expect(
			result.article?.blocks.filter((b): b is Paragraph => b.kind === 'paragraph')
		).toHaveLength(31);
	});
});
