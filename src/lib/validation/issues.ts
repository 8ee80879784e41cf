/** A problem in a teacher-edited file, located and explained so it can be fixed without reading code. */
export interface ValidationIssue {
	file: string;
	line: number;
	column: number;
	/** Where in the document, e.g. `questions[3].options` (empty for the whole file). */
	path: string;
	/** What is wrong, in one plain-English sentence. */
	message: string;
	expected?: string;
	found?: string;
	fix?: string;
}

/** A path as zod and the yaml package give it, printed the way a teacher reads YAML. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out;
}

export function formatIssue(issue: ValidationIssue): string {
	const where = `${issue.file}:${issue.line}:${issue.column}`;
	const lines = [`${where}  ${issue.path ? `${issue.path}: ` : ''}${issue.message}`];
	if (issue.expected) lines.push(`    expected: ${issue.expected}`);
	if (issue.found) lines.push(`    found:    ${issue.found}`);
	if (issue.fix) lines.push(`    fix:      ${issue.fix}`);
	return lines.join('\n');
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
	const files = new Set(issues.map((i) => i.file));
	const count = `${issues.length} error${issues.length === 1 ? '' : 's'}`;
	const header = `${count} in ${[...files].join(', ')}`;
	return [header, ...issues.map(formatIssue)].join('\n\n');
}

export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
	return issues.sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
	);
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
