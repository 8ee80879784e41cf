/**
 * The YAML parser reports a key indented one or two spaces off as a missing quote or a key
 * running over lines. Looking at the lines themselves names the real slip: this line is
 * indented by N spaces where the keys around it have M.
 */
export interface IndentSlip {
	line: number;
	column: number;
	message: string;
	expected: string;
	found: string;
	fix: string;
	/** The line indented like its sibling. */
	edit: { line: number; text: string };
}

const KEY = /^(\s*)(-\s+)?([^\s#:'"-][^:#]*?):(?:\s|$)/;
const isBlank = (text: string) => /^\s*(#.*)?$/.test(text);

/** The key on a line, with the column its key starts at (after any `- `). */
function keyLine(text: string): { indent: number; key: string; opensBlock: boolean } | undefined {
	const match = KEY.exec(text);
	if (!match) return undefined;
	const indent = match[1]!.length + (match[2]?.length ?? 0);
	const rest = text
		.slice(match[0].length)
		.replace(/\s+#.*$/, '')
		.trim();
	return { indent, key: match[3]!, opensBlock: rest === '' || rest === '|' || rest === '>' };
}

/** Indents a key on `lineNo` (1-based) may have, given the lines above it. */
function allowedIndents(
	lines: string[],
	lineNo: number
): { indents: Set<number>; sibling?: { line: number; key: string; indent: number } } {
	const indents = new Set<number>([0]);
	let limit = Infinity;
	let sibling: { line: number; key: string; indent: number } | undefined;
	for (let n = lineNo - 2; n >= 0 && limit > 0; n--) {
		const text = lines[n]!;
		if (isBlank(text)) continue;
		const key = keyLine(text);
		const dash = /^(\s*)-\s/.exec(text);
		const lineIndent = /^\s*/.exec(text)![0].length;
		if (!key) {
			// Text of a block scalar or a continued value: it says nothing about key levels.
			if (!dash) continue;
		}
		if (key && key.opensBlock && n === lineNo - 2)
			return { indents: new Set(), sibling: undefined };
		if (key && key.indent < limit) {
			indents.add(key.indent);
			sibling ??= { line: n + 1, key: key.key, indent: key.indent };
			limit = key.indent;
		}
		if (dash && dash[1]!.length < limit + 1) indents.add(dash[1]!.length);
		if (lineIndent < limit) limit = Math.min(limit, lineIndent + 1);
	}
	return { indents, sibling };
}

/** A key line near `around` whose indentation fits none of the levels open above it. */
export function indentationSlip(source: string, around: number): IndentSlip | undefined {
	const lines = source.split(/\r?\n/);
	for (const lineNo of [around, around + 1, around - 1]) {
		const text = lines[lineNo - 1];
		if (text === undefined || isBlank(text)) continue;
		const key = keyLine(text);
		// A `- ` line starts a new item: its own level is the dash's, checked by the parser well enough.
		if (!key || /^\s*-\s/.test(text)) continue;
		const { indents, sibling } = allowedIndents(lines, lineNo);
		// An empty set means the line above opens a block: any deeper indent is fine.
		if (!indents.size || indents.has(key.indent) || !sibling) continue;
		const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
		return {
			line: lineNo,
			column: key.indent + 1,
			message: `\`${key.key}\` is indented by ${spaces(key.indent)}, which matches no key above it`,
			expected: `${spaces(sibling.indent)}, like \`${sibling.key}\` on line ${sibling.line}`,
			found: spaces(key.indent),
			fix: `Indent \`${key.key}:\` by ${spaces(sibling.indent)} if it belongs to the same item as \`${sibling.key}\`.`,
			edit: { line: lineNo, text: `${' '.repeat(sibling.indent)}${text.trimStart()}` }
		};
	}
	return undefined;
}
