import { GLOSSARY_CATEGORIES, type GlossaryCategory, type GlossaryEntry } from './types';

/** Glossary entries by category (in schema order), alphabetical within each. */
export function groupGlossary(
	entries: readonly GlossaryEntry[]
): { category: GlossaryCategory; entries: GlossaryEntry[] }[] {
	const collator = new Intl.Collator('en', { sensitivity: 'base' });
	return GLOSSARY_CATEGORIES.map((category) => ({
		category,
		entries: entries
			.filter((e) => e.category === category)
			.sort((a, b) => collator.compare(a.term, b.term))
	})).filter((group) => group.entries.length > 0);
}
