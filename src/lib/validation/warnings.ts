/**
 * Warnings: the file is valid, but students would see its text wrongly. A `#` after a space
 * starts a YAML comment, so the rest of the text is cut; curly quotes around a whole value are
 * kept as part of it; and whatever `checkText` finds (raw HTML, unsafe links in Markdown).
 */
import { LineCounter, isScalar, parseDocument, visit, Scalar } from 'yaml';
import type { ValidationIssue } from './issues';
import { quoted } from './yaml-slips';

/** Something wrong inside one text: `index` and `length` in the text as parsed. */
export interface TextSlip {
	index: number;
	length: number;
	message: string;
	fix: string;
}

// Only files that may have one of these are parsed again: the big banks usually have none.
const SUSPECT = /<[a-zA-Z/]|\]\(|\S[ \t]+#|[:-][ \t]+[“‘]/;

/** Warnings for the text values of a YAML file (a bank, a glossary or an article's front matter). */
export function yamlWarnings(
	source: string,
	file: string,
	checkText: (text: string) => TextSlip[] = () => [],
	/** True when curly quotes around a whole value mark a quotation (e.g. one from the article). */
	isQuotation: (inner: string) => boolean = () => false
): ValidationIssue[] {
	if (!SUSPECT.test(source)) return [];
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter });
	if (doc.errors.length) return [];
	const lines = source.split(/\r?\n/);
	const warnings: ValidationIssue[] = [];
	const at = (offset: number, rest: Omit<ValidationIssue, 'file' | 'line' | 'column' | 'path'>) => {
		const { line, col } = lineCounter.linePos(offset);
		warnings.push({ file, line, column: col, path: '', severity: 'warning', ...rest });
	};
	visit(doc, {
		Scalar(_, node) {
			if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
			const [start, end] = node.range;
			const value = node.value;
			const { line } = lineCounter.linePos(start);
			const text = lines[line - 1] ?? '';
			const singleLine = lineCounter.linePos(end).line === line;
			const column = start - lineStart(source, start);
			const lead = text.slice(0, column);
			if (node.type === Scalar.PLAIN) {
				const after = text.slice(end - lineStart(source, start));
				const comment = /^([ \t]+)#(.*)$/.exec(after);
				// `easy  # was medium` is a note to other teachers; `In paragraph #7` is not.
				if (comment && singleLine && /^\S/.test(comment[2]!)) {
					const hash = end + comment[1]!.length;
					const cut = `${value} #${comment[2]}`.trimEnd();
					at(hash, {
						message: `the # starts a YAML comment, so everything after it is cut: students see only "${value}"`,
						found: `"${cut}"`,
						fix: 'Put the whole text in straight double quotes, so the # is kept:',
						edit: { line, text: `${lead}${quoted(cut)}` }
					});
				}
				if (
					singleLine &&
					!comment &&
					/^[“‘][\s\S]*[”’]$/.test(value) &&
					!isQuotation(value.slice(1, -1))
				) {
					at(start, {
						message: `the text is wrapped in curly quotes ${value[0]} ${value[value.length - 1]}, which YAML keeps as part of it: students will see them`,
						fix: 'Use straight double quotes (") around it instead, or none:',
						edit: { line, text: `${lead}${quoted(value.slice(1, -1))}${after}` }
					});
				}
			}
			for (const slip of checkText(value)) {
				const raw = source.slice(start, end);
				const snippet = value.slice(slip.index, slip.index + slip.length);
				const found = raw.indexOf(snippet);
				at(found === -1 ? start : start + found, { message: slip.message, fix: slip.fix });
			}
		}
	});
	return warnings;
}

function lineStart(source: string, offset: number): number {
	return source.lastIndexOf('\n', offset - 1) + 1;
}
