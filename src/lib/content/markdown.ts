import MarkdownIt from 'markdown-it';

export const SAFE_LINK = /^(https?:|mailto:|#|\/|\.{1,2}\/|[^:]*$)/i;

/**
 * Teacher-written Markdown is untrusted: raw HTML is shown as text, and only
 * http(s), mailto and relative links survive (no `javascript:` or `data:`).
 */
export const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());

/** Inline Markdown (definitions, prompts, feedback) to safe HTML. */
export function renderInline(source: string): string {
	return markdown.renderInline(source);
}

/** Inline Markdown to plain text, for search and comparisons. */
export function inlineText(source: string): string {
	const tokens = markdown.parseInline(source, {});
	return tokens
		.flatMap((token) => token.children ?? [])
		.map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type === 'softbreak' ? ' ' : ''))
		.join('');
}

export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

export function countWords(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
