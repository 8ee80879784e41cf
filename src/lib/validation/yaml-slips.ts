/**
 * The YAML parser names what it could not read ("a key runs over more than one line"), not what
 * the teacher did. These read the lines themselves and name the slip: a colon inside an unquoted
 * text, curly quotes used as quotes, a quote never closed, no space after a key's colon, a tab,
 * a list item a space or two off. Each comes with the corrected line; the caller re-parses the
 * file with every correction applied to check that they make it valid.
 */
import { itemName } from './issues';

export interface Slip {
	line: number;
	column: number;
	message: string;
	expected?: string;
	found?: string;
	fix: string;
	/** The corrected line; absent when no single-line change can fix it. */
	edit?: { line: number; text: string };
}

const KEY_VALUE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):( +)(\S.*)$/;
const KEY_LINE = /^(\s*)(-\s+)?[A-Za-z_][\w-]*:(\s|$)/;
const DASH = /^( *)-(\s|$)/;
const isBlank = (text: string) => /^\s*(#.*)?$/.test(text);
const indentOf = (text: string) => /^[ \t]*/.exec(text)![0].length;
const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

/** The text as a double-quoted YAML string (single-quoted when it holds double quotes). */
export function quoted(text: string): string {
	if (!text.includes('"')) return `"${text.replace(/\\/g, '\\\\')}"`;
	if (!text.includes("'")) return `'${text}'`;
	return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The next line that is not blank or a comment, or undefined at the end of the file. */
function nextContent(lines: readonly string[], index: number): string | undefined {
	for (let n = index + 1; n < lines.length; n++) if (!isBlank(lines[n]!)) return lines[n];
	return undefined;
}

/** True when the text on the next lines continues this value (indented deeper, not a key). */
function continues(lines: readonly string[], index: number, keyIndent: number): boolean {
	const next = nextContent(lines, index);
	return (
		next !== undefined && indentOf(next) > keyIndent && !KEY_LINE.test(next) && !DASH.test(next)
	);
}

/** "True or false: Barack…" — the first ": " in an unquoted text ends it. */
function colonInText(lines: readonly string[], index: number): Slip | undefined {
	const text = lines[index]!;
	const match = KEY_VALUE.exec(text);
	if (!match) return undefined;
	const [, prefix, key, gap, value] = match as unknown as [string, string, string, string, string];
	if (/^["'[{|>&*!#“‘”’]/.test(value)) return undefined;
	// A colon in a comment after the text is no slip: `id: quick # used in links: /quiz/...`.
	const at = /:(\s|$)/.exec(value.replace(/\s#.*$/, ''))?.index;
	if (at === undefined) return undefined;
	const valueStart = prefix.length + key.length + 1 + gap.length;
	const before = value.slice(0, at);
	const line = index + 1;
	const multiline = continues(lines, index, indentOf(text));
	return {
		line,
		column: valueStart + at + 1,
		message: `the colon after "${before.length > 40 ? `…${before.slice(-37)}` : before}" ends the text early: to YAML, a colon followed by a space starts a new key`,
		expected: `the whole \`${key}\` as one text`,
		fix: multiline
			? `Put the whole ${key} in straight double quotes, from before its first word to after its last.`
			: `Put the whole ${key} in straight double quotes:`,
		edit: multiline ? undefined : { line, text: `${prefix}${key}: ${quoted(value.trimEnd())}` }
	};
}

/** “…: …” — curly quotes are text to YAML, so a colon inside them still ends the text. */
function curlyQuotes(lines: readonly string[], index: number): Slip | undefined {
	const text = lines[index]!;
	const match = KEY_VALUE.exec(text);
	if (!match) return undefined;
	const [, prefix, key, gap, value] = match as unknown as [string, string, string, string, string];
	if (!/^[“‘]/.test(value) || !/:(\s|$)/.test(value)) return undefined;
	const inner = /^[“‘](.*)[”’]\s*$/.exec(value)?.[1] ?? value.trimEnd();
	const line = index + 1;
	return {
		line,
		column: prefix.length + key.length + 1 + gap.length + 1,
		message: `${value[0] === '“' ? '“ ”' : '‘ ’'} are curly quotes, which YAML does not read as quotes: the colon inside them ends the text early`,
		found: `${value[0]} (a curly quote)`,
		fix: 'Use straight double quotes (") around the text instead:',
		edit: { line, text: `${prefix}${key}: ${quoted(inner)}` }
	};
}

/** "He spoke without… — a quote opened and never closed on its line. */
function unclosedQuote(lines: readonly string[], index: number): Slip | undefined {
	const text = lines[index]!;
	const match = KEY_VALUE.exec(text) ?? /^(\s*-\s+)()()(["'].*)$/.exec(text);
	if (!match) return undefined;
	const value = match[4]!;
	const quote = value[0];
	if (quote !== '"' && quote !== "'") return undefined;
	const rest = value.slice(1);
	const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : /'/.test(rest.replace(/''/g, ''));
	if (closed) return undefined;
	const next = nextContent(lines, index);
	// A quoted text may go on over lines indented deeper; a key or item below means it was not meant to.
	if (next !== undefined && !KEY_LINE.test(next) && !DASH.test(next)) return undefined;
	const line = index + 1;
	const column = text.length - value.length + 1;
	return {
		line,
		column,
		message: `the quote ${quote} that opens this text is not closed, so YAML reads the lines below as part of it`,
		fix: `Add a closing ${quote} at the end of the text:`,
		edit: { line, text: `${text.trimEnd()}${quote}` }
	};
}

/** prompt:How many… — without a space after it, the colon does not make a key. */
function noSpaceAfterColon(lines: readonly string[], index: number): Slip | undefined {
	const text = lines[index]!;
	const match = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):([^\s/:].*)$/.exec(text);
	if (!match) return undefined;
	const [, prefix, key, value] = match as unknown as [string, string, string, string];
	const indent = prefix.length;
	// Only where the lines around are keys at the same level, so it was meant as one.
	const sibling = [lines[index - 1], nextContent(lines, index)].some(
		(other) => other !== undefined && KEY_LINE.test(other) && indentOf(other) <= indent
	);
	if (!sibling) return undefined;
	const line = index + 1;
	const fixed = `${prefix}${key}: ${value}`;
	return {
		line,
		column: prefix.length + key.length + 1,
		message: `there is no space after the colon of \`${key}\`, so YAML does not read \`${key}\` as a key`,
		fix: `Put a space after the colon: \`${key}: ${value.length > 20 ? `${value.slice(0, 20)}…` : value}\`.`,
		edit: { line, text: fixed }
	};
}

/** Indents a line written with tabs may need, likeliest first: its siblings', then its parent's. */
function indentCandidates(lines: readonly string[], index: number): number[] {
	const own = lines[index]!.trimStart();
	const isDash = DASH.test(own);
	const found: number[] = [];
	for (let n = index - 1; n >= 0 && found.length < 6; n--) {
		const text = lines[n]!;
		if (isBlank(text) || text.includes('\t')) continue;
		const key = /^(\s*)(-\s+)?[A-Za-z_][\w-]*:(\s*)(.*)$/.exec(text);
		const dash = DASH.exec(text);
		// Right under a key that opens a block, the line is one level deeper.
		if (key && key[4] === '' && found.length === 0)
			found.push(key[1]!.length + (key[2]?.length ?? 0) + 2);
		if (isDash && dash) found.push(dash[1]!.length);
		if (key) found.push(key[1]!.length + (key[2]?.length ?? 0));
	}
	found.push(0);
	return [...new Set(found)];
}

function tabIndent(
	lines: string[],
	index: number,
	errorsWith?: (lines: readonly string[]) => number
): Slip | undefined {
	const text = lines[index]!;
	const lead = /^[ \t]*/.exec(text)![0];
	if (!lead.includes('\t') || isBlank(text)) return undefined;
	// The likeliest indent, or when the file can be re-read, the one that leaves fewest errors.
	const candidates = indentCandidates(lines, index);
	let needed = candidates[0]!;
	if (errorsWith) {
		let fewest = Infinity;
		for (const indent of candidates) {
			const trial = [...lines];
			trial[index] = `${' '.repeat(indent)}${text.trimStart()}`;
			const errors = errorsWith(trial);
			if (errors < fewest) [fewest, needed] = [errors, indent];
			if (errors === 0) break;
		}
	}
	const tabs = lead.split('\t').length - 1;
	const line = index + 1;
	return {
		line,
		column: lead.indexOf('\t') + 1,
		message: `${tabs === 1 ? 'a tab is' : `${tabs} tabs are`} used for indentation`,
		expected: spaces(needed),
		found: tabs === 1 ? 'a tab' : `${tabs} tabs`,
		fix: `YAML indents with spaces only: replace the start of this line with ${spaces(needed)} (and set your editor to insert spaces for Tab):`,
		edit: { line, text: `${' '.repeat(needed)}${text.trimStart()}` }
	};
}

/** A `- ` item one or two spaces left or right of the items of the same list. */
function listItemOff(lines: readonly string[], index: number): Slip | undefined {
	const text = lines[index]!;
	const dash = DASH.exec(text);
	if (!dash) return undefined;
	const indent = dash[1]!.length;
	for (let n = index - 1; n >= 0; n--) {
		const other = lines[n]!;
		if (isBlank(other)) continue;
		const otherDash = DASH.exec(other);
		const otherIndent = indentOf(other);
		if (otherDash) {
			if (otherIndent === indent) return undefined;
			const off = indent - otherIndent;
			if (Math.abs(off) > 2) {
				if (otherIndent < indent) return undefined;
				continue;
			}
			// The list's key, to name its items: the nearest line less indented than the items.
			let list = 'item';
			for (let k = n - 1; k >= 0; k--) {
				const parent = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*):\s*$/.exec(lines[k]!);
				if (!isBlank(lines[k]!) && indentOf(lines[k]!) < otherIndent) {
					if (parent) list = itemName(parent[2]!);
					break;
				}
			}
			const line = index + 1;
			const side = off < 0 ? 'left' : 'right';
			return {
				line,
				column: indent + 1,
				message: `this ${list} starts ${spaces(Math.abs(off))} ${side} of the other ${list}s (${spaces(indent)}, not ${otherIndent} like line ${n + 1})`,
				expected: `${spaces(otherIndent)}, like line ${n + 1}`,
				found: spaces(indent),
				fix: `${off < 0 ? 'Add' : 'Remove'} ${spaces(Math.abs(off))} at the start of the line, so it has ${spaces(otherIndent)} like line ${n + 1}:`,
				edit: { line, text: `${' '.repeat(otherIndent)}${text.trimStart()}` }
			};
		}
		if (otherIndent < indent - 2) return undefined;
	}
	return undefined;
}

/**
 * Every slip in the file. `errorLines` are where the parser failed: the detectors that could
 * misread a valid line (list items, missing spaces) look only near them.
 */
export function findSlips(
	source: string,
	errorLines: readonly number[],
	/** How many errors the parser finds in these lines: lets a tab's replacement be checked. */
	errorsWith?: (lines: readonly string[]) => number
): Slip[] {
	const lines = source.split(/\r?\n/);
	const near = (index: number) =>
		errorLines.some((line) => line - 1 >= index && line - 1 <= index + 2);
	const slips: Slip[] = [];
	// The lines of a `|` or `>` block are text: any colon or quote in them is meant.
	let blockIndent: number | undefined;
	lines.forEach((text, index) => {
		if (blockIndent !== undefined && (isBlank(text) || indentOf(text) > blockIndent)) return;
		blockIndent = /^\s*(?:-\s+)?[\w-]+:\s*[|>][-+0-9]*\s*(#.*)?$/.test(text)
			? indentOf(text)
			: undefined;
		const slip =
			tabIndent(lines, index, errorsWith) ??
			curlyQuotes(lines, index) ??
			unclosedQuote(lines, index) ??
			colonInText(lines, index) ??
			(near(index) ? (noSpaceAfterColon(lines, index) ?? listItemOff(lines, index)) : undefined);
		if (slip) slips.push(slip);
		// Lines below are read as if this one were corrected, so one slip is not reported twice.
		if (slip?.edit) lines[index] = slip.edit.text;
	});
	return slips;
}

/** The source with each slip's corrected line in place (line numbers do not change). */
export function applyEdits(
	source: string,
	edits: readonly { line: number; text: string }[]
): string {
	const eol = source.includes('\r\n') ? '\r\n' : '\n';
	const lines = source.split(/\r?\n/);
	for (const edit of edits) lines[edit.line - 1] = edit.text;
	return lines.join(eol);
}
