import type { Paragraph } from '../content/types';
import { formatPath, type ValidationIssue } from '../validation/issues';
import { suggest } from '../validation/suggest';
import { parseYaml, type LocatedYaml } from '../validation/yaml';
import { fromZodIssues } from '../validation/zod-issues';
import { pinnedParagraph } from './checkpoint';
import { findEvidence, missingEvidence } from './evidence';
import { matchesFilters } from './filters';
import { glossaryNames } from '../question-types/build-kit';
import {
	QUESTION_SCHEMAS,
	buildQuestion,
	type QuestionInput
} from '../question-types/registry.build';
import type { Question } from '../question-types/registry';
import {
	BANK_KEYS,
	QUESTION_TYPES,
	bankShellSchema,
	type PresetInput,
	type QuestionType
} from './schema';
import type { Bank, Evidence, Preset } from './types';

export interface BankContext {
	/** The module the file should belong to (its file name), if known. */
	slug?: string;
	/** The article's body paragraphs, for evidence lookup. */
	paragraphs: readonly Paragraph[];
	/** The module's glossary: a term's aliases are accepted where a typed answer is the term. */
	glossary?: readonly { term: string; aliases: readonly string[] }[];
}

export interface ParsedBank {
	bank?: Bank;
	/** The questions as written (Markdown, not HTML), for tools such as the GIFT export. */
	inputs?: QuestionInput[];
	issues: ValidationIssue[];
}

/**
 * Reads and checks a question file. Every problem is reported with its place in the file;
 * a bank is returned only when there are none, so no question is ever dropped silently.
 */
export function parseBank(source: string, file: string, context: BankContext): ParsedBank {
	const yaml = parseYaml(source, file);
	if (!yaml.readable) return { issues: yaml.issues };
	// Slips whose suggested fixes make the file readable are reported, and the rest still checked.
	const issues: ValidationIssue[] = [...yaml.issues];
	const located = (
		path: PropertyKey[],
		rest: Omit<ValidationIssue, 'file' | 'line' | 'column' | 'path'>,
		key = false
	) => {
		const { line, column } = yaml.locate(path, { key });
		issues.push({ file, line, column, path: questionPath(yaml.value, path), ...rest });
	};

	const shell = bankShellSchema.safeParse(yaml.value ?? {}, { reportInput: true });
	if (!shell.success) {
		issues.push(
			...fromZodIssues(shell.error.issues, yaml, file, [], BANK_KEYS, 'questions/README.md')
		);
		// Questions are still checked one by one so this run lists their problems too.
	}
	const raw = (yaml.value as { questions?: unknown })?.questions;
	const rawQuestions = Array.isArray(raw) ? raw : [];

	const questions: { input: QuestionInput; index: number }[] = [];
	rawQuestions.forEach((value, index) => {
		const parsed = parseQuestion(value, index, yaml, file);
		issues.push(...parsed.issues);
		if (parsed.question) questions.push({ input: parsed.question, index });
	});

	if (shell.success && context.slug && shell.data.module !== context.slug) {
		located(['module'], {
			message: `this file is for module \`${shell.data.module}\` but is named after \`${context.slug}\``,
			expected: `module: ${context.slug}`,
			found: `module: ${shell.data.module}`,
			fix: `Write \`module: ${context.slug}\`, or rename the file to match an existing content folder.`
		});
	}

	// Checked on every question with an id, valid or not, so one error never hides another.
	const firstById = new Map<string, number>();
	rawQuestions.forEach((value, index) => {
		const id = (value as { id?: unknown } | null)?.id;
		if (typeof id !== 'string') return;
		const first = firstById.get(id);
		if (first !== undefined) {
			located(['questions', index, 'id'], {
				message: `duplicate id \`${id}\`, already used by question ${first + 1} on line ${yaml.locate(['questions', first, 'id']).line}`,
				expected: 'a different id for every question',
				found: `\`${id}\` twice`,
				fix: `Rename this one, e.g. \`${id}-2\`.`
			});
		} else firstById.set(id, index);
	});

	// Quotes are looked up in every question, valid or not, so one run lists every error
	// (an imported question with its explanation still to write has its evidence checked too).
	const evidenceAt = (index: number, quotes: readonly string[]): Evidence[] => {
		const evidence: Evidence[] = [];
		quotes.forEach((quote, n) => {
			const path = ['questions', index, 'evidence', n];
			const lookup = findEvidence(quote, context.paragraphs);
			if ('found' in lookup) evidence.push(lookup.found);
			else if ('ambiguous' in lookup) {
				located(path, {
					message: 'this evidence quote appears in more than one paragraph',
					expected: 'a quote found in exactly one place',
					found: `the quote in ${lookup.ambiguous.map((p) => `¶${p.slice(2)}`).join(' and ')}`,
					fix: 'Quote a few more words so it points to one sentence.'
				});
			} else {
				located(path, missingEvidence(quote, lookup));
			}
		});
		return evidence;
	};
	// A pin must name a paragraph of this article, checked on every question, valid or not.
	const paragraphIds = new Set(context.paragraphs.map((p) => p.id));
	rawQuestions.forEach((value, index) => {
		const pin = (value as { checkpoint?: unknown } | null)?.checkpoint;
		if (typeof pin !== 'string') return;
		const paragraph = pinnedParagraph(pin);
		if (paragraph && paragraphIds.has(paragraph)) return;
		const last = context.paragraphs.at(-1)?.number ?? 0;
		located(['questions', index, 'checkpoint'], {
			message: paragraph
				? `\`checkpoint\` pins this question after paragraph ${paragraph.slice(2)}, which the article does not have (it has ${last})`
				: '`checkpoint` is neither true, false nor a paragraph number',
			expected: `true, false, or a paragraph number from 1 to ${last} (\`7\` or \`p-7\`)`,
			found: `\`${pin}\``,
			fix: paragraph
				? `Pin it to a paragraph from 1 to ${last}: the numbers are the ¶ marks on the article page.`
				: 'Write `checkpoint: true` (or false), or the paragraph to ask it after, e.g. `checkpoint: 7`.'
		});
	});

	const valid = new Map(questions.map((q) => [q.index, q.input]));
	const otherNames = glossaryNames(context.glossary ?? []);
	const built: Question[] = [];
	rawQuestions.forEach((value, index) => {
		const input = valid.get(index);
		if (input) {
			built.push(buildQuestion(input, evidenceAt(index, input.evidence), otherNames));
			return;
		}
		const quotes = (value as { evidence?: unknown } | null)?.evidence;
		const list = typeof quotes === 'string' ? [quotes] : Array.isArray(quotes) ? quotes : [];
		evidenceAt(
			index,
			list.filter((q): q is string => typeof q === 'string' && q.trim() !== '')
		);
	});

	const presets: Preset[] = [];
	if (shell.success) {
		(shell.data.quizzes ?? []).forEach((input, index) => {
			const preset = buildPreset(input);
			// An invalid question counts as matching, so it never makes the count look too high.
			const available =
				built.filter(
					// Guided reading leaves out the questions marked `checkpoint: false`.
					(q) => matchesFilters(q, preset) && !(preset.mode === 'guided' && q.checkpoint === false)
				).length +
				rawQuestions.length -
				questions.length;
			if (available < preset.count) {
				located(['quizzes', index, 'count'], {
					message: `quiz \`${preset.id}\` asks for ${preset.count} questions but only ${available} match its filters`,
					expected: `a count of at most ${available}`,
					found: `count: ${preset.count}`,
					fix: `Lower \`count\` to ${available}, widen the filters, or add questions that match them.`
				});
			}
			if (presets.some((p) => p.id === preset.id)) {
				located(['quizzes', index, 'id'], {
					message: `duplicate quiz id \`${preset.id}\``,
					fix: 'Give every quiz its own id.'
				});
			}
			presets.push(preset);
		});
	}

	if (issues.length || !shell.success) return { issues };
	return {
		issues,
		bank: { module: shell.data.module, presets, questions: built },
		inputs: questions.map((q) => q.input)
	};
}

function parseQuestion(
	value: unknown,
	index: number,
	yaml: LocatedYaml,
	file: string
): { question?: QuestionInput; issues: ValidationIssue[] } {
	const path = ['questions', index];
	const where = (extra: PropertyKey[] = [], key = false) => ({
		file,
		...yaml.locate([...path, ...extra], { key }),
		path: `questions[${index}]`
	});
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return {
			issues: [
				{
					...where(),
					message: 'this question is not a block of "key: value" lines',
					fix: 'Start the question with `- id: ...` and indent its other keys under it.'
				}
			]
		};
	}
	const type = (value as { type?: unknown }).type;
	if (type === undefined) {
		return {
			issues: [
				{
					...where(),
					message: 'missing `type`',
					expected: `one of ${QUESTION_TYPES.join(', ')}`,
					found: 'nothing',
					fix: 'Add a `type:` line to this question.'
				}
			]
		};
	}
	if (!QUESTION_TYPES.includes(type as QuestionType)) {
		const guess = suggest(String(type), QUESTION_TYPES);
		return {
			issues: [
				{
					...where(['type']),
					message: `unknown question type \`${String(type)}\``,
					expected: `one of ${QUESTION_TYPES.join(', ')}`,
					found: `\`${String(type)}\``,
					fix: guess ? `Did you mean \`${guess}\`?` : `Use one of: ${QUESTION_TYPES.join(', ')}.`
				}
			]
		};
	}
	const schema = QUESTION_SCHEMAS[type as QuestionType];
	const parsed = schema.safeParse(value, { reportInput: true });
	if (parsed.success) {
		const question = parsed.data as QuestionInput;
		if (question.hint === undefined || question.hints === undefined)
			return { question, issues: [] };
		// Either field alone is fine (`hint` is one hint); both would leave one unseen.
		return {
			issues: [
				{
					...where(['hint'], true),
					path: `questions[${index}] (${question.id}).hint`,
					message: 'this question has both `hint` and `hints`; students would see only one of them',
					expected: 'either `hint` (one hint) or `hints` (a list)',
					found: 'both',
					fix: `Move the \`hint\` into \`hints\` as its first item: hints: ["${question.hint}", …]`
				}
			]
		};
	}
	const issues = fromZodIssues(
		parsed.error.issues,
		yaml,
		file,
		path,
		BANK_KEYS,
		'questions/README.md'
	).map((issue) => {
		// Only a key of the question itself, not one inside an option or a pair.
		const topLevel = /^questions\[\d+\]\.[^.[]+$/.test(issue.path);
		const other = topLevel && otherTypesKey(issue.message, type as QuestionType);
		if (other) issue = { ...issue, ...other };
		// Name the question by its id so a teacher can find it in a long file.
		const id = (value as { id?: unknown }).id;
		return typeof id === 'string'
			? { ...issue, path: issue.path.replace(`questions[${index}]`, `questions[${index}] (${id})`) }
			: issue;
	});
	return { issues };
}

/**
 * An unknown key that another question type has (`acceptAliases` on a `single`): say which types
 * take it rather than blame the indentation.
 */
function otherTypesKey(message: string, type: QuestionType) {
	const key = /^unknown key `([^`]+)`$/.exec(message)?.[1];
	if (!key) return undefined;
	const types = QUESTION_TYPES.filter((t) => key in QUESTION_SCHEMAS[t].shape);
	if (!types.length || types.includes(type)) return undefined;
	const names = types.map((t) => `\`${t}\``).join(types.length === 2 ? ' and ' : ', ');
	return {
		message: `\`${key}\` is not a field of a \`${type}\` question`,
		expected: `\`${key}\` only in ${names} questions`,
		fix: `Remove \`${key}\`, or change the type if the question is meant to be ${types.length > 1 ? 'one of those' : `a \`${types[0]}\``}.`
	};
}

/** `questions[3] (troop-level).evidence[0]`: the index for the editor, the id for the teacher. */
export function questionPath(value: unknown, path: readonly PropertyKey[]): string {
	const [top, index, ...rest] = path;
	if (top !== 'questions' || typeof index !== 'number') return formatPath(path);
	const id = ((value as { questions?: { id?: unknown }[] })?.questions?.[index] ?? {}).id;
	return `questions[${index}]${typeof id === 'string' ? ` (${id})` : ''}${rest.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')}`;
}

function buildPreset(input: PresetInput): Preset {
	return {
		id: input.id,
		title: input.title,
		description: input.description,
		count: input.count,
		types: input.types,
		difficulties: input.difficulty,
		skills: input.skills,
		// Only when given: pages carry presets, and a bank without pass marks must not change them.
		...(input.pass === undefined ? {} : { pass: input.pass }),
		...(input.tries === undefined ? {} : { tries: input.tries }),
		...(input.penalty === undefined ? {} : { penalty: input.penalty }),
		...(input.mode === 'guided' ? { mode: input.mode } : {})
	};
}
