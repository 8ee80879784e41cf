import { renderInline, inlineText, slugify } from '../content/markdown';
import type { GlossaryEntry } from './types';
import type { ValidationIssue } from '../validation/issues';
import { parseYaml, type LocatedYaml } from '../validation/yaml';
import { fromZodIssues } from '../validation/zod-issues';
import { GLOSSARY_KEYS, glossaryFileSchema } from './schema';

export interface ParsedGlossary {
	entries: GlossaryEntry[];
	issues: ValidationIssue[];
}

/** Reads `glossary.yaml`: every entry checked, every form unique. Occurrences are filled in later. */
export function parseGlossary(source: string, file: string): ParsedGlossary {
	const yaml = parseYaml(source, file);
	if (!yaml.readable) return { entries: [], issues: yaml.issues };
	// Checked on the terms as written, valid or not, so one error never hides another.
	const issues: ValidationIssue[] = [...yaml.issues, ...repeatedForms(yaml, file)];
	const parsed = glossaryFileSchema.safeParse(yaml.value ?? {}, { reportInput: true });
	if (!parsed.success) {
		issues.push(
			...fromZodIssues(
				parsed.error.issues,
				yaml,
				file,
				[],
				GLOSSARY_KEYS,
				'the glossary.yaml example in README.md'
			)
		);
	}
	if (!parsed.success || issues.length) return { entries: [], issues };

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

/** Each term and alias may appear once; a repeat is reported with the term that has it first. */
function repeatedForms(yaml: LocatedYaml, file: string): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	const terms = (yaml.value as { terms?: unknown } | null)?.terms;
	if (!Array.isArray(terms)) return issues;
	const seen = new Map<string, number>();
	terms.forEach((entry, index) => {
		if (typeof entry !== 'object' || entry === null) return;
		const { term, aliases } = entry as { term?: unknown; aliases?: unknown };
		const aliasList =
			typeof aliases === 'string' ? [aliases] : Array.isArray(aliases) ? aliases : [];
		[term, ...aliasList].forEach((written: unknown, formIndex) => {
			if (typeof written !== 'string' || !written.trim()) return;
			const form = written.trim();
			const first = seen.get(form);
			if (first !== undefined && first !== index) {
				const path =
					formIndex === 0 ? ['terms', index, 'term'] : ['terms', index, 'aliases', formIndex - 1];
				const owner = (terms[first] as { term?: unknown }).term;
				const firstLine = yaml.locate(['terms', first]).line;
				issues.push({
					file,
					...yaml.locate(path),
					path: `terms[${index}]`,
					message:
						owner === form
							? `"${form}" is already listed as a term on line ${firstLine}`
							: `"${form}" is already used by the term "${String(owner)}" (line ${firstLine})`,
					fix: 'Each term and alias may appear once in the glossary; remove one of them.'
				});
			}
			seen.set(form, index);
		});
	});
	return issues;
}
