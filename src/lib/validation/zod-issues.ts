import type { z } from 'zod';
import { formatPath, type ValidationIssue } from './issues';
import { suggest } from './suggest';
import type { LocatedYaml, YamlPath } from './yaml';

/** Extra detail a schema refinement attaches to a custom issue. */
export interface IssueDetail {
	expected?: string;
	found?: string;
	fix?: string;
	/** Point at the key rather than its value (e.g. for a misplaced key). */
	atKey?: boolean;
}

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a whole number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list (one "- " line per item)',
	object: 'a block of "key: value" lines'
};

/** The first key of an item of each list, for "write it as `- text: …`". */
const ITEM_START: Record<string, string> = { options: 'text', pairs: 'left', terms: 'term' };

/** A text read as `{ "Al Kadhimi said": "there is no need" }` because of a colon inside it. */
function colonPair(input: unknown): [string, string] | undefined {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
	const entries = Object.entries(input);
	if (entries.length !== 1) return undefined;
	const [key, value] = entries[0]!;
	return /\s/.test(key) && (typeof value === 'string' || value === '' || value === null)
		? [key, String(value ?? '')]
		: undefined;
}

export function describeValue(value: unknown): string {
	if (value === undefined || value === null || value === '') return 'nothing';
	if (typeof value === 'string')
		return `the text "${value.length > 50 ? `${value.slice(0, 47)}...` : value}"`;
	if (typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
	if (typeof value === 'object') return 'a block of "key: value" lines';
	return String(value);
}

function lastKey(path: readonly PropertyKey[]): string {
	const key = [...path].reverse().find((part) => typeof part === 'string');
	return key === undefined ? 'value' : String(key);
}

/**
 * Turns zod's issues into located, teacher-readable ones.
 * `prefix` is where the parsed value sits in the file; `knownKeys` feeds "did you mean".
 */
export function fromZodIssues(
	issues: readonly z.core.$ZodIssue[],
	yaml: LocatedYaml,
	file: string,
	prefix: YamlPath,
	knownKeys: readonly string[],
	/** Where the format is documented, for "check the spelling against ...". */
	guide = 'README.md'
): ValidationIssue[] {
	const out: ValidationIssue[] = [];
	const at = (
		path: YamlPath,
		extra: Omit<ValidationIssue, 'file' | 'line' | 'column' | 'path'>,
		key = false
	) => {
		const { line, column } = yaml.locate(path, { key });
		out.push({ file, line, column, path: formatPath(path), ...extra });
	};

	for (const issue of issues) {
		const path = [...prefix, ...issue.path];
		const key = lastKey(issue.path);
		const input = (issue as { input?: unknown }).input;
		switch (issue.code) {
			case 'unrecognized_keys':
				for (const unknown of issue.keys) {
					const guess = suggest(unknown, knownKeys);
					at(
						[...path, unknown],
						{
							message: `unknown key \`${unknown}\``,
							found: `\`${unknown}\``,
							fix:
								guess === unknown
									? `\`${unknown}\` is right but does not belong here: check its indentation (it may belong one level up or down).`
									: guess
										? `Did you mean \`${guess}\`?`
										: `Remove it, or check the spelling against ${guide}.`
						},
						true
					);
				}
				break;
			case 'invalid_type':
				if (input === undefined) {
					at(path.slice(0, -1), {
						message: `missing \`${key}\``,
						expected: TYPE_WORDS[issue.expected] ?? issue.expected,
						found: 'nothing',
						fix: `Add the line \`${key}: ...\` to this item.`
					});
				} else if (
					issue.expected === 'boolean' &&
					typeof input === 'string' &&
					/^(true|false)$/i.test(input.trim())
				) {
					// `answer: "true"`: the quotes make it a text.
					const word = input.trim().toLowerCase();
					at(path, {
						message: `\`${key}\` is the text "${input}" because of the quotes around it; it should be ${word} without quotes`,
						expected: 'true or false, without quotes',
						found: `"${input}" in quotes`,
						fix: `Remove the quotes: \`${key}: ${word}\`.`
					});
				} else if (issue.expected === 'string' && colonPair(input)) {
					// `- Al Kadhimi said: there is no need`: the colon made a "key: value" pair.
					const [before, after] = colonPair(input)!;
					at(path, {
						message: `the colon after "${before}" turns this text into a "key: value" pair`,
						expected: 'one text',
						found: `"${before}: ${after}"`,
						fix: `Put the whole text in straight double quotes: "${before}: ${after}".`
					});
				} else if (
					issue.expected === 'object' &&
					typeof input === 'string' &&
					typeof issue.path[issue.path.length - 1] === 'number' &&
					ITEM_START[String(issue.path[issue.path.length - 2])]
				) {
					// `- About 2,500` under `options:`: each item is a block with its own keys.
					const list = String(issue.path[issue.path.length - 2]);
					at(path, {
						message: `each of the ${list} should be a block of "key: value" lines, not a plain text`,
						expected: TYPE_WORDS.object,
						found: describeValue(input),
						fix: `Write it as \`- ${ITEM_START[list]}: ${input}\`${list === 'options' ? ', and add `correct: true` under the right one' : ''}.`
					});
				} else {
					at(path, {
						message: `\`${key}\` should be ${TYPE_WORDS[issue.expected] ?? issue.expected}`,
						expected: TYPE_WORDS[issue.expected] ?? issue.expected,
						found: describeValue(input),
						fix:
							issue.expected === 'array'
								? `Write it as a list, e.g. \`${key}: [first, second]\`.`
								: issue.expected === 'boolean'
									? `Write \`${key}: true\` or \`${key}: false\`.`
									: `Give \`${key}\` ${TYPE_WORDS[issue.expected] ?? issue.expected}.`
					});
				}
				break;
			case 'invalid_value': {
				const values = issue.values.map(String);
				const guess = typeof input === 'string' ? suggest(input, values) : undefined;
				at(path, {
					message: `\`${key}\` is not one of the allowed values`,
					expected: `one of ${values.map((v) => `\`${v}\``).join(', ')}`,
					found: describeValue(input),
					fix: guess ? `Did you mean \`${guess}\`?` : `Use one of: ${values.join(', ')}.`
				});
				break;
			}
			case 'too_small':
				if (issue.origin === 'string') {
					at(path, {
						message: `\`${key}\` is empty`,
						expected: 'some text',
						found: 'nothing',
						fix: `Write the ${key} after the colon.`
					});
				} else if (issue.origin === 'array') {
					at(path, {
						message: `\`${key}\` needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`,
						expected: `at least ${issue.minimum}`,
						found: describeValue(input),
						fix: `Add ${Array.isArray(input) ? Number(issue.minimum) - input.length : issue.minimum} more.`
					});
				} else {
					at(path, {
						message: `\`${key}\` is too small`,
						expected: `at least ${issue.minimum}`,
						found: describeValue(input),
						fix: `Use a number of ${issue.minimum} or more.`
					});
				}
				break;
			case 'too_big':
				at(path, {
					message: `\`${key}\` is too ${issue.origin === 'string' ? 'long' : 'big'}`,
					expected: `at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`,
					found: describeValue(input),
					fix: issue.origin === 'string' ? 'Shorten it.' : `Reduce it to ${issue.maximum}.`
				});
				break;
			case 'custom': {
				const detail = (issue.params ?? {}) as IssueDetail;
				at(
					path,
					{
						message: issue.message,
						expected: detail.expected,
						found: detail.found,
						fix: detail.fix
					},
					detail.atKey
				);
				break;
			}
			case 'invalid_format': {
				const date =
					typeof input === 'string'
						? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input.trim())
						: null;
				if (date) {
					// 25/07/2021: day first, as written in Britain and most of Europe.
					const [, day, month, year] = date as unknown as [string, string, string, string];
					const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
					at(path, {
						message: `\`${key}\` is a date written day/month/year; dates here are written year first`,
						expected: issue.message,
						found: describeValue(input),
						fix: `Write \`${key}: ${iso}\` (year, month, day).`
					});
					break;
				}
				at(path, {
					message: `\`${key}\` is not written the expected way`,
					expected: issue.message,
					found: describeValue(input),
					fix: `Rewrite \`${key}\` as described under expected.`
				});
				break;
			}
			default:
				at(path, { message: `\`${key}\`: ${issue.message}`, found: describeValue(input) });
		}
	}
	// A misspelt key shows up twice in zod's report: as unknown, and its right spelling as missing.
	// Keep only the "did you mean" one, which says what to do.
	return out.filter(
		(issue) =>
			!issue.message.startsWith('missing `') ||
			!out.some(
				(other) =>
					other.fix === `Did you mean \`${issue.message.slice(9, -1)}\`?` &&
					other.path.startsWith(issue.path)
			)
	);
}
