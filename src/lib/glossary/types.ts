export const GLOSSARY_CATEGORIES = [
	'person',
	'organisation',
	'place',
	'event',
	'concept',
	'word'
] as const;
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

export interface GlossaryEntry {
	/** Anchor on the glossary page, derived from the term. */
	id: string;
	term: string;
	aliases: string[];
	category: GlossaryCategory;
	/** Sanitised HTML rendered from inline Markdown at build time. */
	definitionHtml: string;
	definitionText: string;
	noteHtml?: string;
	/** Paragraph ids where the term is marked, in article order. */
	occurrences: string[];
}
