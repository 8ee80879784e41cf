import { z } from 'zod';
import { listOf, text } from '../validation/fields';
import { GLOSSARY_CATEGORIES } from './types';

export { GLOSSARY_CATEGORIES };

export const MAX_DEFINITION_WORDS = 45;

export const glossaryEntrySchema = z
	.strictObject({
		term: text().describe(
			'The headword as a student should see it, e.g. "Mustafa Al Kadhimi". Marked in the article wherever it appears as a whole word.'
		),
		aliases: listOf(text())
			.optional()
			.describe(
				'Other forms that appear in the article, or other names for the same thing, e.g. [Al Kadhimi], or [IS, Daesh] for ISIS. A form with a capital letter matches only with that exact case, so `US` never marks "us". Where a typed answer (short-answer, fill-blank) accepts the term, its aliases are accepted too, unless the question sets `acceptAliases: false`.'
			),
		category: z
			.enum(GLOSSARY_CATEGORIES)
			.describe(
				'One of person, organisation, place, event, concept, word: groups the glossary page.'
			),
		definition: text()
			.refine((value) => value.split(/\s+/).length <= MAX_DEFINITION_WORDS, {
				error: `The definition is longer than ${MAX_DEFINITION_WORDS} words`,
				params: {
					expected: `at most ${MAX_DEFINITION_WORDS} words`,
					fix: 'Shorten it; move background into `note`.'
				}
			})
			.describe(
				`Short definition shown in the pop-up (inline Markdown, at most ${MAX_DEFINITION_WORDS} words).`
			),
		note: text().optional().describe('Optional longer background, shown on the glossary page only.')
	})
	.describe('One glossary term.');

/** `content/<slug>/glossary.yaml` */
export const glossaryFileSchema = z
	.strictObject({
		terms: z.array(glossaryEntrySchema).min(1).describe('The terms, in any order.')
	})
	.describe('A module glossary: the hard words and names of one article.');

export const GLOSSARY_KEYS = ['terms', ...Object.keys(glossaryEntrySchema.shape)];
