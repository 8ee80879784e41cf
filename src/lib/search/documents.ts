import type { StudyModuleLike } from './types';

export type SearchKind = 'paragraph' | 'term' | 'question';

/** What a result shows and where it leads; stored beside the index (no answers ever). */
export interface SearchDoc {
	kind: SearchKind;
	module: string;
	moduleTitle: string;
	/** Heading of the result: the term, "¶12", or the question prompt. */
	title: string;
	/** Text the snippet is cut from. */
	text: string;
	/** Path under the site's base, e.g. `/slug/#p-12`. */
	path: string;
	/** Extra words that find it but are not shown (aliases). */
	keywords?: string;
	/** Text that finds it, weighted like body text, but never shown (a question's explanation). */
	unshown?: string;
}

/** Every searchable thing in the modules. A question contributes its prompt and explanation only, never its answers. */
export function searchDocuments(modules: readonly StudyModuleLike[]): Record<string, SearchDoc> {
	const docs: Record<string, SearchDoc> = {};
	for (const m of modules) {
		const moduleTitle = m.article.meta.title;
		for (const block of m.article.blocks) {
			if (block.kind !== 'paragraph') continue;
			docs[`${m.slug}/${block.id}`] = {
				kind: 'paragraph',
				module: m.slug,
				moduleTitle,
				title: `Paragraph ${block.number}`,
				text: block.text,
				path: `/${m.slug}/#${block.id}`
			};
		}
		for (const entry of m.glossary) {
			docs[`${m.slug}/term/${entry.id}`] = {
				kind: 'term',
				module: m.slug,
				moduleTitle,
				title: entry.term,
				text: entry.definitionText,
				keywords: entry.aliases.join(' '),
				path: `/${m.slug}/glossary/#${entry.id}`
			};
		}
		for (const question of m.bank?.questions ?? []) {
			docs[`${m.slug}/question/${question.id}`] = {
				kind: 'question',
				module: m.slug,
				moduleTitle,
				title: question.promptText,
				// Found by its explanation too, but a result shows only the prompt: an explanation
				// usually states the answer, and search must not hand it over.
				text: '',
				unshown: question.explanationText,
				path: `/${m.slug}/quiz/play/?ids=${question.id}`
			};
		}
	}
	return docs;
}
