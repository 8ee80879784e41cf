import type { Library, LibraryEntry } from '../content/library';
import { loadModules, type StudyModule } from './content';

/** A module's card on the home page. */
export function libraryEntry(m: StudyModule): LibraryEntry {
	const { meta } = m.article;
	return {
		slug: m.slug,
		title: meta.title,
		...(meta.standfirst ? { standfirst: meta.standfirst } : {}),
		source: meta.source.name,
		...(meta.published || meta.updated
			? { date: (meta.published ?? meta.updated)!.slice(0, 10) }
			: {}),
		tags: meta.tags ?? [],
		readingMinutes: m.article.readingMinutes,
		terms: m.glossary.length,
		questions: m.bank?.questions.length ?? 0
	};
}

/** The catalogue: the newest in the library first (front matter `added`), then the rest in folder order. */
export function libraryCatalogue(): Library {
	const modules = loadModules()
		.map((m, i) => ({ added: m.article.meta.added ?? '', i, entry: libraryEntry(m) }))
		.sort((a, b) => b.added.localeCompare(a.added) || a.i - b.i);
	return { modules: modules.map((m) => m.entry) };
}
