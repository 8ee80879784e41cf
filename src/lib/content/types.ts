/** Inline content after Markdown parsing and glossary marking; rendered by components/article/InlineContent.svelte. */
export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'term'; text: string; term: string }
	| { kind: 'code'; text: string }
	| { kind: 'em' | 'strong' | 'mark'; children: Inline[] }
	/** A term and the text touching it ("Baghdad", "."), kept on one line: made at build time. */
	| { kind: 'glued'; children: Inline[] }
	| { kind: 'link'; href: string; children: Inline[] };

export interface Paragraph {
	kind: 'paragraph';
	/** Stable anchor, `p-1` for the first body paragraph; questions and search link to it. */
	id: string;
	number: number;
	/** Plain text, for evidence lookup, search and tests. */
	text: string;
	inline: Inline[];
}

export interface PullQuote {
	kind: 'quote';
	id: string;
	text: string;
	inline: Inline[];
	attribution?: string;
}

export interface Heading {
	kind: 'heading';
	id: string;
	level: 2 | 3;
	text: string;
}

export type Block = Paragraph | PullQuote | Heading;

export interface ArticleMeta {
	title: string;
	standfirst?: string;
	source: { name: string; url?: string };
	published?: string;
	updated?: string;
	credit: string;
	author?: string;
	/** When the module joined the library: the home page lists the newest first. */
	added?: string;
	/** Topics for the home page filter (front matter `tags`). */
	tags?: string[];
	/** The article's language tag (front matter `lang`); absent means English. */
	lang?: string;
}

export interface Article {
	slug: string;
	meta: ArticleMeta;
	blocks: Block[];
	wordCount: number;
	readingMinutes: number;
	/** "Updated: July 25th 2021, 11:12 AM", as the source prints it; made at build time. */
	dateLine?: string;
}
