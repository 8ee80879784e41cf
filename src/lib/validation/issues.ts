/** A problem in a teacher-edited file, located and explained so it can be fixed without reading code. */
export interface ValidationIssue {
	file: string;
	/** Counted from 1, as editors show them. */
	line: number;
	column: number;
	/** Where in the document, e.g. `questions[3].options` (empty for the whole file). */
	path: string;
	/** What is wrong, in one plain-English sentence. */
	message: string;
	expected?: string;
	found?: string;
	fix?: string;
	/** A warning leaves the check passing: the file works, but students would see something wrongly. */
	severity?: 'warning';
	/** The fix as an edit a tool can apply: line `line` replaced by `text`. */
	edit?: { line: number; text: string };
	/** The offending line as written, for the code frame (added by whoever read the file). */
	lineText?: string;
}

export const isWarning = (issue: ValidationIssue) => issue.severity === 'warning';

/** A path as zod and the yaml package give it, printed the way a teacher reads YAML. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out;
}

// How one item of each list is called, so `questions[9].options[3]` reads "question 10 › option 4".
const ITEM: Record<string, string> = {
	questions: 'question',
	options: 'option',
	terms: 'term',
	quizzes: 'quiz',
	evidence: 'evidence quote',
	blanks: 'gap',
	pairs: 'pair',
	items: 'item',
	aliases: 'alias',
	answers: 'answer',
	skills: 'skill',
	difficulty: 'difficulty',
	types: 'type'
};

/** How one item of a list is called: `options` → "option". */
export const itemName = (list: string) => ITEM[list] ?? list.replace(/s$/, '');

/** A stored path (counted from 0, as the data is) as a teacher counts: from 1, items named. */
export function readablePath(path: string): string {
	return path
		.replace(/(^|\.)([\w-]+)\[(\d+)\]/g, (_, dot: string, list: string, index: string) => {
			const name = ITEM[list] ?? list;
			return `${dot ? ' › ' : ''}${name} ${Number(index) + 1}`;
		})
		.replace(/\[(\d+)\]/g, (_, index: string) => ` › ${Number(index) + 1}`)
		.replace(/\./g, ' › ');
}

const WIDTH = 100;

/** The line as written with a caret under the column (Rust and Elm style); long lines are cut around it. */
export function codeFrame(line: number, column: number, text: string): string[] {
	// A tab is shown as an arrow and the rest of four columns, so it is seen and the caret stays in place.
	const shown = (s: string) => s.replace(/\t/g, '→   ');
	let before = shown(text.slice(0, Math.max(0, column - 1)));
	let after = shown(text.slice(Math.max(0, column - 1)));
	if (before.length + after.length > WIDTH) {
		if (before.length > WIDTH / 2) before = `…${before.slice(before.length - WIDTH / 2 + 1)}`;
		if (before.length + after.length > WIDTH)
			after = `${after.slice(0, WIDTH - before.length - 1)}…`;
	}
	const number = String(line);
	const gutter = ' '.repeat(number.length);
	return [
		`  ${gutter} |`,
		`  ${number} | ${before}${after}`.trimEnd(),
		`  ${gutter} | ${' '.repeat(before.length)}^`
	];
}

export function formatIssue(issue: ValidationIssue): string {
	const where = `${issue.file}:${issue.line}:${issue.column}`;
	const label = isWarning(issue) ? 'warning: ' : '';
	const path = issue.path ? `${readablePath(issue.path)}: ` : '';
	const lines = [`${where}  ${label}${path}${issue.message}`];
	if (issue.lineText !== undefined)
		lines.push(...codeFrame(issue.line, issue.column, issue.lineText));
	if (issue.expected) lines.push(`    expected: ${issue.expected}`);
	if (issue.found) lines.push(`    found:    ${issue.found}`);
	if (issue.fix) lines.push(`    fix:      ${issue.fix}`);
	if (issue.edit) lines.push(`  ${issue.edit.line} | ${issue.edit.text}`);
	return lines.join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatIssues(issues: readonly ValidationIssue[]): string {
	const files = new Set(issues.map((i) => i.file));
	const warnings = issues.filter(isWarning).length;
	const errors = issues.length - warnings;
	const count = [
		errors || !warnings ? plural(errors, 'error') : '',
		warnings ? plural(warnings, 'warning') : ''
	]
		.filter(Boolean)
		.join(' and ');
	const header = `${count} in ${[...files].join(', ')}`;
	return [header, ...issues.map(formatIssue)].join('\n\n');
}

export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
	return issues.sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
	);
}

/** Adds to each issue the line it points at, as written, so the report can show it. */
export function withLineText(
	issues: readonly ValidationIssue[],
	sourceOf: (file: string) => string | undefined
): ValidationIssue[] {
	const lines = new Map<string, string[] | undefined>();
	return issues.map((issue) => {
		if (!lines.has(issue.file)) lines.set(issue.file, sourceOf(issue.file)?.split(/\r?\n/));
		const text = lines.get(issue.file)?.[issue.line - 1];
		return text === undefined || issue.lineText !== undefined
			? issue
			: { ...issue, lineText: text };
	});
}

/** Thrown at build time so the build stops with every problem listed, not a stack trace. */
export class ContentError extends Error {
	declare readonly issues: ValidationIssue[];
	constructor(issues: ValidationIssue[]) {
		super(formatIssues(issues));
		this.name = 'ContentError';
		// Not enumerable, so Node prints the readable report rather than a dump of objects.
		Object.defineProperty(this, 'issues', { value: issues, enumerable: false });
		// The message is the whole report; a stack adds nothing a teacher can use.
		this.stack = this.message;
	}
}
