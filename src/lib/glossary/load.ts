import { renderInline, inlineText, slugify } from '../content/markdown';
import type { GlossaryEntry } from './types';
import type { ValidationIssue } from '../validation/issues';
import { parseYaml } from '../validation/yaml';
import { fromZodIssues } from '../validation/zod-issues';
import { GLOSSARY_KEYS, glossaryFileSchema } from './schema';

export interface ParsedGlossary {
	entries: GlossaryEntry[];
	issues: ValidationIssue[];
}

/** Reads `glossary.yaml`: every entry checked, every form unique. Occurrences are filled in later. */
export function parseGlossary(source: string, file: string): ParsedGlossary {
	const yaml = parseYaml(source, file);
	if (yaml.issues.length) return { entries: [], issues: yaml.issues };
	const parsed = glossaryFileSchema.safeParse(yaml.value ?? {}, { reportInput: true });
	if (!parsed.success) {
		return {
			entries: [],
			issues: fromZodIssues(
				parsed.error.issues,
				yaml,
				file,
				[],
				GLOSSARY_KEYS,
				'the glossary.yaml example in README.md'
			)
		};
	}

	const issues: ValidationIssue[] = [];
	const seen = new Map<string, number>();
	parsed.data.terms.forEach((entry, index) => {
		const forms = [entry.term, ...(entry.aliases ?? [])];
		forms.forEach((form, formIndex) => {
			const first = seen.get(form);
			if (first !== undefined && first !== index) {
				const path =
					formIndex === 0 ? ['terms', index, 'term'] : ['terms', index, 'aliases', formIndex - 1];
				const { line, column } = yaml.locate(path);
				issues.push({
					file,
					line,
					column,
					path: `terms[${index}]`,
					message: `"${form}" is already used by terms[${first}]`,
					fix: 'Each term and alias may appear once in the glossary; remove one of them.'
				});
			}
			seen.set(form, index);
		});
	});

	const entries = parsed.data.terms.map(
		(entry): GlossaryEntry => ({
			id: slugify(entry.term),
			term: entry.term,
			aliases: entry.aliases ?? [],
			category: entry.category,
			definitionHtml: renderInline(entry.definition),
			definitionText: inlineText(entry.definition),
			noteHtml: entry.note ? renderInline(entry.note) : undefined,
			occurrences: []
		})
	);
	return { entries, issues };
}
