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
	/** The tags removed (opening tags only, each once), to show the teacher which. */
	removed?: string[];
}

/** Bold and italic as Markdown marks; `<a>` is handled on its own. */
const MARKS: Record<string, string> = { b: '**', strong: '**', i: '*', em: '*' };
/** Links worth keeping in a module read away from Moodle: relative ones point into Moodle. */
const KEPT_LINK = /^(https?:|mailto:)/i;

/** An open element while reading: its Markdown mark (or link target) and what is inside so far. */
interface Open {
	tag: string;
	href?: string;
	parts: string[];
}

/** The `href` of an `<a …>` tag, entities decoded, if its scheme is one to keep. */
function keptHref(tag: string): string | undefined {
	const match = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
	const href = decodeEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
	return KEPT_LINK.test(href) ? href.replace(/[\s()<>]/g, encodeURIComponent) : undefined;
}

/** Wraps inline Markdown in a mark, spaces kept outside it (`** bold **` would not be bold). */
function wrap(inner: string, open: string, close: string): string {
	const text = inner.trim();
	if (!text) return inner;
	const lead = /^\s/.test(inner) ? ' ' : '';
	const trail = /\s$/.test(inner) ? ' ' : '';
	return `${lead}${open}${text}${close}${trail}`;
}

/**
 * HTML to inline Markdown: `<b>`/`<strong>` become `**…**`, `<i>`/`<em>` `*…*`, `<a href>` with an
 * http(s) or mailto link `[text](url)`; line and paragraph breaks become spaces. Any other tag, and
 * a link to anywhere else, keeps only its text and sets `stripped`.
 */
function htmlToMarkdown(html: string): Converted {
	const removed = new Set<string>();
	let stripped = false;
	const drop = (tag: string) => {
		stripped = true;
		if (!tag.startsWith('</')) removed.add(tag);
	};
	const stack: Open[] = [{ tag: '', parts: [] }];
	const top = () => stack.at(-1)!;
	const tags = new RegExp(TAG.source, 'gi');
	let at = 0;
	// Marks go next to this text, so characters that could join them are escaped too.
	const text = (raw: string) => {
		const plain = decodeEntities(raw);
		const escaped = escapeMarkdown(plain);
		top().parts.push(escaped !== plain ? escaped : plain.replace(/[\\*_[\]]/g, '\\$&'));
	};
	for (const match of html.matchAll(tags)) {
		text(html.slice(at, match.index));
		at = match.index + match[0].length;
		const tag = match[0];
		const name = /^<\/?([a-z][a-z0-9]*)/i.exec(tag)![1]!.toLowerCase();
		if (/^<br\b/i.test(tag) || name === 'p') {
			top().parts.push(' ');
			continue;
		}
		const closing = tag.startsWith('</');
		if (!closing && (Object.hasOwn(MARKS, name) || name === 'a')) {
			const href = name === 'a' ? keptHref(tag) : undefined;
			if (name === 'a' && !href) drop(tag);
			stack.push({ tag: name, href, parts: [] });
			continue;
		}
		const openAt = stack.findLastIndex((open, i) => i > 0 && open.tag === name);
		if (!closing || openAt === -1) {
			drop(tag);
			continue;
		}
		// Anything opened inside it and left open keeps its text only.
		while (stack.length > openAt + 1) {
			stripped = true;
			const inner = stack.pop()!.parts.join('');
			top().parts.push(inner);
		}
		const open = stack.pop()!;
		const inner = open.parts.join('');
		const mark = MARKS[open.tag];
		top().parts.push(
			mark ? wrap(inner, mark, mark) : open.href ? wrap(inner, '[', `](${open.href})`) : inner
		);
	}
	text(html.slice(at));
	// Elements never closed keep their text only.
	while (stack.length > 1) {
		stripped = true;
		const inner = stack.pop()!.parts.join('');
		top().parts.push(inner);
	}
	return {
		markdown: collapse(top().parts.join('')),
		strippedHtml: stripped,
		...(removed.size ? { removed: [...removed] } : {})
	};
}

export function toMarkdown(source: GiftText): Converted {
	const text = collapse(source.text);
	if (source.format === 'markdown') return { markdown: text, strippedHtml: false };
	const html = source.format === 'html' || (source.format === 'moodle' && TAG.test(text));
	if (!html) return { markdown: escapeMarkdown(text), strippedHtml: false };
	return htmlToMarkdown(text);
}
