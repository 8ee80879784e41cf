import { describe, expect, it } from 'vitest';
import { inlineText, renderInline } from '../../src/lib/content/markdown';
import { parseGlossary } from '../../src/lib/glossary/load';

const ATTACKS = {
	'a script tag': '<script>alert(1)</script>',
	'an img with onerror': '<img src=x onerror=alert(1)>',
	'an svg with onload': '"><svg onload=alert(1)>',
	'a javascript: link': '[click](javascript:alert(1))',
	'a JAVASCRIPT: link in capitals': '[x](JAVASCRIPT:alert(1))',
	'a javascript: link with leading spaces': '[x](  javascript:alert(1))',
	'a javascript: link hidden by an entity': '[x](java&#115;cript:alert(1))',
	'a javascript: link in angle brackets': '[x](<javascript:alert(1)>)',
	'a javascript: reference link': '[x][r]\n\n[r]: javascript:alert(1)',
	'a javascript: autolink': '<javascript:alert(1)>',
	'a javascript: image': '![x](javascript:alert(1))',
	'a vbscript: link': '[x](vbscript:msgbox(1))',
	'a data: link': '[x](data:text/html,<script>alert(1)</script>)',
	'a base64 data: link': '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'a data: image': '![x](data:image/svg+xml,<svg onload=alert(1)>)',
	'a title that tries to add an attribute': '[x](https://a.org "t\\" onmouseover=\\"alert(1)")'
};

/** The HTML is unsafe if it has a script tag, any on* attribute or a javascript:/data:/vbscript: URL. */
function assertSafe(html: string) {
	expect(html).not.toMatch(/<script/i);
	expect(html).not.toMatch(/<svg/i);
	// An event-handler attribute inside a real tag (escaped text like "&lt;img onerror" is harmless,
	// and so is "onmouseover=" inside a quoted attribute value).
	const attributeNames = (html.match(/<[a-z][^>]*>/gi) ?? []).map((tag) =>
		tag.replace(/="[^"]*"/g, '')
	);
	for (const tag of attributeNames) expect(tag).not.toMatch(/\son[a-z]+\s*=?/i);
	expect(html).not.toMatch(/<img\b/i);
	expect(html).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
}

const glossaryWith = (definition: string, note = definition) =>
	[
		'terms:',
		'  - term: ISIS',
		'    category: organisation',
		`    definition: ${JSON.stringify(definition)}`,
		`    note: ${JSON.stringify(note)}`,
		''
	].join('\n');

describe('teacher Markdown is rendered safely', () => {
	it.each(Object.entries(ATTACKS))('renderInline neutralises %s', (_, source) => {
		assertSafe(renderInline(source));
	});

	it.each(Object.entries(ATTACKS))('a glossary definition and note neutralise %s', (_, source) => {
		const { entries, issues } = parseGlossary(glossaryWith(source), 'glossary.yaml');
		expect(issues).toEqual([]);
		assertSafe(entries[0]!.definitionHtml);
		assertSafe(entries[0]!.noteHtml!);
	});

	it('shows raw HTML as visible, escaped text', () => {
		expect(renderInline('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(renderInline('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('leaves a javascript: or data: link as plain text, not a link', () => {
		expect(renderInline('[click](javascript:alert(1))')).toBe('[click](javascript:alert(1))');
		expect(renderInline('[x](JAVASCRIPT:alert(1))')).not.toContain('<a');
		expect(renderInline('[x](data:text/html,hello)')).not.toContain('<a');
	});

	it('keeps http and https links', () => {
		expect(renderInline('[AP](https://apnews.com/)')).toBe('<a href="https://apnews.com/">AP</a>');
		expect(renderInline('[x](http://example.com/a?b=1&c=2)')).toBe(
			'<a href="http://example.com/a?b=1&amp;c=2">x</a>'
		);
		expect(renderInline('<https://example.com>')).toBe(
			'<a href="https://example.com">https://example.com</a>'
		);
	});

	it('keeps mailto links', () => {
		expect(renderInline('[write](mailto:teacher@example.org)')).toBe(
			'<a href="mailto:teacher@example.org">write</a>'
		);
	});

	it('keeps relative links and anchors', () => {
		expect(renderInline('[glossary](/kadhimi-us-troops-2021/glossary#isis)')).toBe(
			'<a href="/kadhimi-us-troops-2021/glossary#isis">glossary</a>'
		);
		expect(renderInline('[up](../other)')).toBe('<a href="../other">up</a>');
		expect(renderInline('[here](./glossary)')).toBe('<a href="./glossary">here</a>');
		expect(renderInline('[¶3](#p-3)')).toBe('<a href="#p-3">¶3</a>');
		expect(renderInline('[g](glossary)')).toBe('<a href="glossary">g</a>');
	});

	it('keeps emphasis, strong and code', () => {
		expect(renderInline('*a* **b** `<c>`')).toBe(
			'<em>a</em> <strong>b</strong> <code>&lt;c&gt;</code>'
		);
	});

	it('a glossary definition keeps its safe links and formatting', () => {
		const { entries } = parseGlossary(
			glossaryWith('See [the AP](https://apnews.com/) and *Daesh*.', 'Mail [us](mailto:a@b.org).'),
			'glossary.yaml'
		);
		expect(entries[0]!.definitionHtml).toBe(
			'See <a href="https://apnews.com/">the AP</a> and <em>Daesh</em>.'
		);
		expect(entries[0]!.definitionText).toBe('See the AP and Daesh.');
		expect(entries[0]!.noteHtml).toBe('Mail <a href="mailto:a@b.org">us</a>.');
	});

	it('plain text of Markdown keeps the words only', () => {
		expect(inlineText('A *ruinous* [war](https://x.org) `code`')).toBe('A ruinous war code');
	});
});
