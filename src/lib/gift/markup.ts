/**
 * GIFT text to the inline Markdown of a Lectern bank. `[markdown]` text is kept; plain and
 * Moodle-format text is escaped only where Markdown would change it; HTML loses its tags
 * (the caller reports that, since formatting is lost).
 */
import { inlineText } from '../content/markdown';
import type { GiftText } from './types';

const TAG = /<\/?[a-z][^>]*>/i;
const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X'))
			return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
		return ENTITIES[name.toLowerCase()] ?? entity;
	});
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Plain text written so Markdown shows it exactly as it is. */
export function escapeMarkdown(text: string): string {
	if (inlineText(text) === text) return text;
	return text.replace(/[\\`*_[\]<>&~|]/g, '\\$&');
}

export interface Converted {
	markdown: string;
	/** True when HTML tags were removed, so the teacher should check the formatting. */
	strippedHtml: boolean;
}

export function toMarkdown(source: GiftText): Converted {
	const text = collapse(source.text);
	if (source.format === 'markdown') return { markdown: text, strippedHtml: false };
	const html = source.format === 'html' || (source.format === 'moodle' && TAG.test(text));
	if (!html) return { markdown: escapeMarkdown(text), strippedHtml: false };
	const tags = new RegExp(TAG.source, 'gi');
	const stripped = collapse(
		decodeEntities(text.replace(/<br\s*\/?>|<\/p>/gi, ' ').replace(tags, ''))
	);
	return { markdown: escapeMarkdown(stripped), strippedHtml: TAG.test(text) };
}
