import { fromZodIssues } from '../validation/zod-issues';
import type { ValidationIssue } from '../validation/issues';
import { parseYaml } from '../validation/yaml';
import { articleMetaSchema } from './article-schema';
import { formatDateLine } from './dates';
import { glueTerms, inlineToText } from './inline';
import { markTerms, type TermMatcher } from './mark-terms';
import { countWords, markdown } from './markdown';
import type { Article, Block, Inline, Paragraph } from './types';

type Token = ReturnType<typeof markdown.parse>[number];

const WORDS_PER_MINUTE = 200;
// The attribution line of a pull quote: "— Name" (em dash, en dash or two hyphens).
const ATTRIBUTION = /^\s*(?:—|–|--)\s*(.+)$/;

function toInline(tokens: readonly Token[]): Inline[] {
	const root: Inline[] = [];
	const stack: Inline[][] = [root];
	const push = (node: Inline) => stack[stack.length - 1]!.push(node);
	for (const token of tokens) {
		switch (token.type) {
			case 'text':
				push({ kind: 'text', text: token.content });
				break;
			case 'softbreak':
			case 'hardbreak':
				push({ kind: 'text', text: ' ' });
				break;
			case 'code_inline':
				push({ kind: 'code', text: token.content });
				break;
			case 'em_open':
			case 'strong_open':
			case 'link_open': {
				const children: Inline[] = [];
				if (token.type === 'link_open') push({ kind: 'link', href: String(token.attrGet('href') ?? '#'), children });
				else push({ kind: token.type === 'em_open' ? 'em' : 'strong', children });
				stack.push(children);
				break;
			}
			case 'em_close':
			case 'strong_close':
			case 'link_close':
				stack.pop();
				break;
			default:
				// html_inline cannot occur (html is off); images and others are shown as their text.
				if (token.content) push({ kind: 'text', text: token.content });
		}
	}
	return mergeText(root);
}

function mergeText(nodes: Inline[]): Inline[] {
	const out: Inline[] = [];
	for (const node of nodes) {
		const last = out[out.length - 1];
		if (node.kind === 'text' && last?.kind === 'text') last.text += node.text;
		else out.push(node);
	}
	return out;
}

export function splitFrontMatter(source: string): { front: string; body: string; bodyLine: number } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return undefined;
	const front = source.slice(0, match[0].length).replace(/\r?\n---\r?\n?$/, '\n');
	return { front, body: source.slice(match[0].length), bodyLine: front.split('\n').length + 1 };
}

export interface ParsedArticle {
	article?: Article;
	issues: ValidationIssue[];
	/** The body's paragraphs, read even when the article has errors, so evidence can still be checked. */
	paragraphs?: Paragraph[];
}

/** Reads `article.md`: front matter checked by its schema, body paragraphs numbered and glossary terms marked. */
export function parseArticle(source: string, file: string, slug: string, matcher: TermMatcher): ParsedArticle {
	const parts = splitFrontMatter(source);
	if (!parts) {
		return {
			issues: [
				{
					file,
					line: 1,
					column: 1,
					path: '',
					message: 'the article has no front matter',
					expected: 'a first line `---`, then `title:`, `source:` and `credit:` lines, then a closing `---`',
					found: 'the article text straight away',
					fix: 'Copy the front matter block from README.md to the top of the file.'
				}
			]
		};
	}
	const yaml = parseYaml(parts.front, file);
	// The front matter and the body are checked apart, so an error in one never hides the other.
	const issues: ValidationIssue[] = [...yaml.issues];
	const meta = yaml.readable ? articleMetaSchema.safeParse(yaml.value ?? {}, { reportInput: true }) : undefined;
	if (meta && !meta.success) {
		const keys = [...Object.keys(articleMetaSchema.shape), 'name', 'url'];
		issues.push(...fromZodIssues(meta.error.issues, yaml, file, [], keys, 'the article.md example in README.md'));
	}

	const tokens = markdown.parse(parts.body, {});
	const blocks: Block[] = [];
	let paragraphNumber = 0;
	let quoteNumber = 0;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.type === 'heading_open') {
			const text = inlineToText(toInline(tokens[i + 1]?.children ?? []));
			blocks.push({ kind: 'heading', id: `h-${blocks.length + 1}`, level: token.tag === 'h2' ? 2 : 3, text });
			i += 2;
		} else if (token.type === 'blockquote_open') {
			const lines: Inline[][] = [];
			for (i++; i < tokens.length && tokens[i]!.type !== 'blockquote_close'; i++) {
				if (tokens[i]!.type === 'inline') lines.push(toInline(tokens[i]!.children ?? []));
			}
			const last = lines.length > 1 ? inlineToText(lines[lines.length - 1]!) : '';
			const attribution = ATTRIBUTION.exec(last)?.[1];
			if (attribution) lines.pop();
			const inline = lines.flatMap((line, n) => (n ? [{ kind: 'text' as const, text: ' ' }, ...line] : line));
			quoteNumber++;
			blocks.push({ kind: 'quote', id: `quote-${quoteNumber}`, text: inlineToText(inline), inline, attribution });
		} else if (token.type === 'paragraph_open') {
			const inline = toInline(tokens[i + 1]?.children ?? []);
			paragraphNumber++;
			blocks.push({
				kind: 'paragraph',
				id: `p-${paragraphNumber}`,
				number: paragraphNumber,
				text: inlineToText(inline),
				inline: glueTerms(markTerms(inline, matcher))
			});
			i += 2;
		} else if (token.type.endsWith('_open') && token.level === 0) {
			issues.push({
				file,
				line: parts.bodyLine + (token.map?.[0] ?? 0),
				column: 1,
				path: '',
				message: `this kind of block (${token.type.replace('_open', '').replace('_', ' ')}) is not shown in an article`,
				expected: 'paragraphs, `## headings` and one `>` pull quote',
				fix: 'Write it as ordinary paragraphs.'
			});
		}
	}
	if (paragraphNumber === 0) {
		issues.push({
			file,
			line: parts.bodyLine,
			column: 1,
			path: '',
			message: 'the article has no paragraphs',
			fix: 'Paste the article text below the front matter, a blank line between paragraphs.'
		});
	}
	const paragraphs = blocks.filter((block): block is Paragraph => block.kind === 'paragraph');
	if (issues.length || !meta?.success) return { issues, paragraphs };

	const wordCount = blocks
		.filter((block) => block.kind === 'paragraph')
		.reduce((sum, block) => sum + countWords(block.text), 0);
	return {
		issues,
		paragraphs,
		article: {
			slug,
			meta: meta.data,
			blocks,
			wordCount,
			readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
			dateLine: meta.data.updated
				? `Updated: ${formatDateLine(meta.data.updated)}`
				: meta.data.published
					? `Published: ${formatDateLine(meta.data.published)}`
					: undefined
		}
	};
}
