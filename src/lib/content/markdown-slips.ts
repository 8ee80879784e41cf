/**
 * Markdown that students would see wrongly: raw HTML (shown as typed, since HTML is off) and
 * links the renderer refuses (shown as their raw Markdown). Reported as warnings at build time.
 */
import type { ValidationIssue } from '../validation/issues';
import type { TextSlip } from '../validation/warnings';
import { yamlWarnings } from '../validation/warnings';
import { splitFrontMatter } from './article';
import { SAFE_LINK } from './markdown';

// HTML a teacher may paste; other words in angle brackets (`<slug>`) are shown as written, as meant.
const TAG =
	/<(b|i|u|s|em|strong|br|p|a|span|div|sup|sub|small|big|font|center|h[1-6]|ul|ol|li|img|hr|mark|strike|del|ins|blockquote|code|pre|table|tr|td|th)(\s[^<>]*)?\/?>/gi;
const LINK = /\]\(\s*<?([^)\s>]+)/g;

const TAG_FIX: Record<string, string> = {
	b: 'Use Markdown instead: **bold**, two asterisks on each side.',
	strong: 'Use Markdown instead: **bold**, two asterisks on each side.',
	i: 'Use Markdown instead: *italics*, one asterisk on each side.',
	em: 'Use Markdown instead: *italics*, one asterisk on each side.',
	br: 'Remove the <br>: in the article a blank line starts a new paragraph; a definition or a question is one paragraph.',
	a: 'Write the link in Markdown instead: [the words](https://…).'
};

export function markdownSlips(text: string): TextSlip[] {
	// Code spans are shown as written, so HTML inside them is meant.
	const plain = text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
	const slips: TextSlip[] = [];
	for (const match of plain.matchAll(TAG)) {
		const tag = match[1]!.toLowerCase();
		slips.push({
			index: match.index,
			length: match[0].length,
			message: `raw HTML ${match[0]} is shown to students as typed: Markdown here does not run HTML`,
			fix:
				TAG_FIX[tag] ??
				'Remove the tag and write the text with Markdown (**bold**, *italics*, [link](https://…)).'
		});
	}
	for (const match of plain.matchAll(LINK)) {
		const url = match[1]!;
		if (SAFE_LINK.test(url)) continue;
		const scheme = /^[^:]*:/.exec(url)![0];
		slips.push({
			index: match.index + match[0].length - url.length,
			length: scheme.length,
			message: `a link to a ${scheme} address is not allowed (only web and mail links are), so students see the raw Markdown instead of a link`,
			fix: 'Use an address starting with https://, http:// or mailto:, or a link inside the site (/…, #…); or remove the link.'
		});
	}
	return slips.sort((a, b) => a.index - b.index);
}

/** Warnings for an article.md: its front matter as YAML, its body line by line. */
export function articleWarnings(source: string, file: string): ValidationIssue[] {
	const parts = splitFrontMatter(source);
	if (!parts) return [];
	const warnings = yamlWarnings(parts.front, file, markdownSlips);
	const lines = source.split(/\r?\n/);
	for (let index = parts.bodyLine - 1; index < lines.length; index++) {
		for (const slip of markdownSlips(lines[index]!)) {
			warnings.push({
				file,
				line: index + 1,
				column: slip.index + 1,
				path: '',
				severity: 'warning',
				message: slip.message,
				fix: slip.fix
			});
		}
	}
	return warnings;
}
