import { playOf } from '../question-types/registry';
import type { StudyModuleLike } from './types';

export type SearchKind = 'paragraph' | 'term' | 'question';

/** One searchable thing as the build sees it (no answers ever). */
export interface SearchDoc {
	kind: SearchKind;
	module: string;
	/** The paragraph anchor (`p-12`), glossary entry id or question id. */
	id: string;
	/** Heading of the result: the term, "Paragraph 12", or the question prompt. */
	title: string;
	/** Text the snippet is cut from. */
	text: string;
	/** Extra words that find it but are not shown (aliases). */
	keywords?: string;
	/** Text that finds it, weighted like body text, but never shown (a question's explanation). */
	unshown?: string;
}

type Place = Pick<SearchDoc, 'kind' | 'module' | 'id'>;

/** What a result shows and where it leads (see docPath): all the browser receives of a document. */
export type ShownDoc = Place & Pick<SearchDoc, 'title' | 'text'>;

// Refs and links are rebuilt in the browser from kind, module and id, never shipped per document.
const PAGES: Record<SearchKind, string> = {
	paragraph: '/#',
	term: '/glossary/#',
	question: '/quiz/play/?ids='
};

/** The lunr ref of a document: `slug/p-12`, `slug/term/placate`, `slug/question/q-1`. */
export const docRef = (d: Place) =>
	`${d.module}/${d.kind === 'paragraph' ? '' : d.kind + '/'}${d.id}`;

/** Where a result leads, under the site's base, e.g. `/slug/glossary/#placate`. */
export const docPath = (d: Place) => `/${d.module}${PAGES[d.kind]}${d.id}`;

/** Every searchable thing in the modules. A question contributes its prompt and explanation only, never its answers. */
export function searchDocuments(modules: readonly StudyModuleLike[]): SearchDoc[] {
	const docs: SearchDoc[] = [];
	for (const m of modules) {
		const module = m.slug;
		for (const block of m.article.blocks) {
			if (block.kind !== 'paragraph') continue;
			docs.push({
				kind: 'paragraph',
				module,
				id: block.id,
				title: `Paragraph ${block.number}`,
				text: block.text
			});
		}
		for (const entry of m.glossary) {
			docs.push({
				kind: 'term',
				module,
				id: entry.id,
				title: entry.term,
				text: entry.definitionText,
				keywords: entry.aliases.join(' ')
			});
		}
		for (const question of m.bank?.questions ?? []) {
			docs.push({
				kind: 'question',
				module,
				id: question.id,
				title: question.promptText,
				// Found by its explanation too, but a result shows only the prompt (and a gap
				// question's sentence, gaps empty): an explanation usually states the answer, and
				// search must not hand it over.
				text: playOf(question.type).searchText?.(question) ?? '',
				unshown: question.explanationText
			});
		}
	}
	return docs;
}
