import {
	LineCounter,
	isMap,
	isScalar,
	isSeq,
	parseDocument,
	visit,
	type Node,
	type Pair,
	type Tags
} from 'yaml';
import jsyaml from 'js-yaml';
import type { ValidationIssue } from './issues';
import { indentationSlip } from './indentation';
import { applyEdits, findSlips } from './yaml-slips';

export type YamlPath = readonly PropertyKey[];

export interface LocatedYaml {
	/** The parsed value, or undefined when the file could not be parsed at all. */
	value: unknown;
	/** Syntax problems: bad indentation, tabs, duplicate keys... */
	issues: ValidationIssue[];
	/**
	 * The value can be checked further: no syntax problem, or only slips whose suggested fixes make
	 * the file valid (the value is then read as if they were applied).
	 */
	readable: boolean;
	/** Line and column of the node at `path`, or of its nearest existing parent. */
	locate(path: YamlPath, options?: { key?: boolean }): { line: number; column: number };
}

// Answers must stay exactly as typed: `1984`, `0123`, `1.10` and `~` are text, not numbers or null.
// Only true/false keep their YAML meaning (for `correct:` and `answer:`); whole-number fields
// convert their text explicitly in the schema.
const TEXT_NOT_NUMBERS = (tags: Tags) =>
	tags.filter((tag) => {
		const id = typeof tag === 'string' ? tag : tag.tag;
		return !/:(int|float|null)$/.test(id);
	});

const YAML_HINTS: Record<string, { message: string; fix: string }> = {
	TAB_AS_INDENT: {
		message: 'a tab is used for indentation',
		fix: 'Indent with spaces only (two per level); set your editor to insert spaces.'
	},
	BAD_INDENT: {
		message: 'the indentation of this line does not fit the lines around it',
		fix: 'Line it up with the other keys of the same item (spaces, two per level).'
	},
	MISSING_CHAR: {
		message: 'a closing quote or bracket is missing',
		fix: 'Close the quote or bracket that opens on this line.'
	},
	MULTILINE_IMPLICIT_KEY: {
		message:
			'a key runs over more than one line, usually because a colon is missing or a quote is not closed',
		fix: 'Check the line above for a missing `:` or an unclosed quote.'
	},
	BLOCK_AS_IMPLICIT_KEY: {
		message:
			'a key runs over more than one line, usually because a colon is missing or a quote is not closed',
		fix: 'Check the line above for a missing `:` or an unclosed quote.'
	}
};

// Errors the parser gives when a key is one or two spaces off: checked for an indentation slip first.
const SLIP_CODES = new Set([
	'BAD_INDENT',
	'MISSING_CHAR',
	'MULTILINE_IMPLICIT_KEY',
	'BLOCK_AS_IMPLICIT_KEY',
	'UNEXPECTED_TOKEN'
]);

/** Names the repeated key and where it first appears in the same item. */
function duplicateKey(
	source: string,
	line: number
): { message: string; found?: string; fix: string } {
	const lines = source.split(/\r?\n/);
	const keyOf = (text: string) => /^(\s*(?:-\s+)?)([^\s:#][^:#]*?)\s*:(\s|$)/.exec(text);
	const here = keyOf(lines[line - 1] ?? '');
	const fix = 'Keep one of the two; the second would silently replace the first.';
	if (!here) return { message: 'a key appears twice in the same item', fix };
	const indent = here[1]!.length;
	const key = here[2]!;
	for (let n = line - 2; n >= 0; n--) {
		const other = keyOf(lines[n] ?? '');
		if (!other) continue;
		const otherIndent = other[1]!.length;
		if (otherIndent === indent && other[2] === key) {
			return {
				message: `the key \`${key}\` appears twice in the same item (first on line ${n + 1})`,
				found: `\`${key}:\` on lines ${n + 1} and ${line}`,
				fix
			};
		}
		// Stop at the start of the enclosing item.
		if (otherIndent < indent || (/^\s*-\s/.test(lines[n]!) && otherIndent <= indent)) break;
	}
	return { message: `the key \`${key}\` appears twice in the same item`, fix };
}

function readDocument(source: string) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, {
		lineCounter,
		customTags: TEXT_NOT_NUMBERS,
		uniqueKeys: true,
		prettyErrors: true
	});
	return { source, doc, lineCounter, problems: [...doc.errors, ...doc.warnings] };
}

type Problem = ReturnType<typeof readDocument>['problems'][number];

/** The parser's own errors, named as well as the lines allow. `seenLines` already have a message. */
function describeProblems(
	problems: readonly Problem[],
	source: string,
	file: string,
	seenLines: Set<number>
): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	// A tab confuses the parser about everything after it: report the tabs alone.
	const tabs = problems.filter((error) => error.code === 'TAB_AS_INDENT');
	for (const error of tabs.length ? tabs : problems) {
		const [start] = error.linePos ?? [{ line: 1, col: 1 }];
		// One message per line: the parser often reports a single slip several times.
		if (seenLines.has(start.line)) continue;
		seenLines.add(start.line);
		const where = { file, line: start.line, column: start.col, path: '' };
		if (error.code === 'DUPLICATE_KEY') {
			issues.push({ ...where, ...duplicateKey(source, start.line) });
			continue;
		}
		const slip = SLIP_CODES.has(error.code) ? indentationSlip(source, start.line) : undefined;
		if (slip) {
			if (!seenLines.has(slip.line) || slip.line === start.line)
				issues.push({ file, path: '', ...slip });
			seenLines.add(slip.line);
			continue;
		}
		const hint = YAML_HINTS[error.code];
		const firstLine = error.message.split('\n')[0] ?? error.message;
		issues.push({
			...where,
			message:
				hint?.message ??
				`YAML cannot read this: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`,
			fix: hint?.fix ?? 'Check the indentation, colons and quotes on this line and the one before.'
		});
	}
	return issues;
}

const editsOf = (issues: readonly { edit?: { line: number; text: string } }[]) =>
	issues.flatMap((issue) => (issue.edit ? [issue.edit] : []));

/**
 * The position-keeping parse (the `yaml` package): every node located, every syntax problem
 * reported. On a syntax slip the file is read again with the suggested corrections applied: when
 * that reads cleanly, the rest of the file is still checked (and the fixes are known to work).
 */
export function parseCarefully(source: string, file: string): LocatedYaml {
	let read = readDocument(source);
	const issues: ValidationIssue[] = [];
	let readable = true;
	if (read.problems.length) {
		const slips = findSlips(
			source,
			read.problems.map((p) => p.linePos?.[0].line ?? 1),
			(lines) => readDocument(lines.join('\n')).problems.length
		);
		issues.push(...slips.map((slip) => ({ file, path: '', ...slip })));
		const afterSlips = slips.length ? readDocument(applyEdits(source, editsOf(slips))) : read;
		const seen = new Set(slips.map((slip) => slip.line));
		const described = describeProblems(afterSlips.problems, afterSlips.source, file, seen);
		issues.push(...described);
		const fixed = described.length
			? readDocument(applyEdits(afterSlips.source, editsOf(described)))
			: afterSlips;
		readable = fixed.problems.length === 0;
		if (readable) read = fixed;
	}
	const { doc, lineCounter } = read;
	const text = read.source;
	const position = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line, column: pos.col };
	};

	// In a [flow, list] a comma always separates items, so `[about 2,500 troops]` silently
	// becomes two items. Catch the number case, which is the one teachers meet.
	visit(doc, {
		Seq(_, seq) {
			if (!seq.flow) return;
			for (let i = 1; i < seq.items.length; i++) {
				const before = seq.items[i - 1];
				const after = seq.items[i];
				if (!isScalar(before) || !isScalar(after) || !before.range || !after.range) continue;
				const between = text.slice(before.range[1], after.range[0]);
				if (
					between === ',' &&
					/\d$/.test(String(before.value)) &&
					/^\d{3}(\D|$)/.test(String(after.value))
				) {
					const { line, column } = position(before.range[0]);
					issues.push({
						file,
						line,
						column,
						path: '',
						message: `the comma in "${String(before.value).split(' ').pop()},${String(after.value).split(' ')[0]}" splits this list item in two`,
						expected: 'one item per quote or answer',
						found: `"${String(before.value)}" and "${String(after.value)}"`,
						fix: `Put the item in quotes: ["${String(before.value)},${String(after.value)}"].`
					});
				}
			}
		}
	});

	let value: unknown;
	// A list split by a comma would only add confusing messages about its parts.
	const split = issues.some((issue) => issue.message.includes('splits this list item'));
	if (readable && !split) {
		try {
			value = doc.toJS({ maxAliasCount: 100 });
		} catch (error) {
			issues.push({
				file,
				line: 1,
				column: 1,
				path: '',
				message: `YAML cannot be expanded: ${(error as Error).message}`,
				fix: 'Remove the anchors (&name) and aliases (*name); write each value out in full.'
			});
		}
	}

	function locate(path: YamlPath, options: { key?: boolean } = {}) {
		let node: Node | null = (doc.contents as Node | null) ?? null;
		let keyNode: Node | null = null;
		for (const part of path) {
			if (isMap(node)) {
				const pair = (node.items as Pair<Node, Node>[]).find(
					(item) => isScalar(item.key) && String(item.key.value) === String(part)
				);
				if (!pair) break;
				keyNode = pair.key;
				node = pair.value ?? pair.key;
			} else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
				keyNode = null;
				node = node.items[part] as Node;
			} else break;
		}
		const target = options.key && keyNode ? keyNode : node;
		return position(target?.range?.[0] ?? 0);
	}

	return { value, issues, locate, readable: readable && !split && value !== undefined };
}

// The same reading rules for js-yaml: only true/false keep a meaning; everything else is text.
// (js-yaml exports its built-in types; its type definitions do not declare them.)
const { bool } = (jsyaml as unknown as { types: { bool: jsyaml.Type } }).types;
const FAST_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [bool] });

/** js-yaml reads an empty value as null where the careful parser gives "": make them agree. */
function emptyAsText(value: unknown): unknown {
	if (value === null) return '';
	if (Array.isArray(value)) return value.map(emptyAsText);
	if (typeof value === 'object') {
		return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, emptyAsText(v)]));
	}
	return value;
}

/** A flow list with an unquoted number like 2,500, which the careful parser must look at. */
function splitNumberRisk(source: string): boolean {
	for (const line of source.split('\n')) {
		if (!line.includes('[')) continue;
		const unquoted = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '');
		if (/\[[^\]]*\d,\d{3}/.test(unquoted)) return true;
	}
	return false;
}

/**
 * Reads a teacher's YAML file. A large valid bank is read by js-yaml, several times faster;
 * the position-keeping parser runs only when a position is needed (an error to report), or
 * when the file has something only it checks: anchors and aliases, or a number like 2,500
 * in a [flow, list].
 */
export function parseYaml(source: string, file: string): LocatedYaml {
	const careful = /(^|[\s[{,])[&*][\w-]/m.test(source) || splitNumberRisk(source);
	if (!careful) {
		try {
			const value = emptyAsText(jsyaml.load(source, { schema: FAST_SCHEMA }));
			let located: LocatedYaml | undefined;
			return {
				value,
				issues: [],
				readable: true,
				locate: (path, options) => (located ??= parseCarefully(source, file)).locate(path, options)
			};
		} catch {
			// A syntax problem: the careful parser reports it with its place and a fix.
		}
	}
	return parseCarefully(source, file);
}
