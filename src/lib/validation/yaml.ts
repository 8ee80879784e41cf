import {
	LineCounter,
	isMap,
	isScalar,
	isSeq,
	parseDocument,
	visit,
	type Document,
	type Node,
	type Pair,
	type Tags
} from 'yaml';
import type { ValidationIssue } from './issues';

export type YamlPath = readonly PropertyKey[];

export interface LocatedYaml {
	/** The parsed value, or undefined when the file could not be parsed at all. */
	value: unknown;
	/** Syntax problems: bad indentation, tabs, duplicate keys... */
	issues: ValidationIssue[];
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
	DUPLICATE_KEY: {
		message: 'this key appears twice in the same block',
		fix: 'Keep one of the two; a later one would silently replace the first.'
	},
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

export function parseYaml(source: string, file: string): LocatedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, {
		lineCounter,
		customTags: TEXT_NOT_NUMBERS,
		uniqueKeys: true,
		prettyErrors: true
	});
	const position = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line, column: pos.col };
	};
	const issues: ValidationIssue[] = [];

	for (const error of [...doc.errors, ...doc.warnings]) {
		const hint = YAML_HINTS[error.code];
		const [start] = error.linePos ?? [{ line: 1, col: 1 }];
		const firstLine = error.message.split('\n')[0] ?? error.message;
		issues.push({
			file,
			line: start.line,
			column: start.col,
			path: '',
			message:
				hint?.message ??
				`YAML cannot read this: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`,
			fix: hint?.fix ?? 'Check the indentation, colons and quotes on this line and the one before.'
		});
	}

	// In a [flow, list] a comma always separates items, so `[about 2,500 troops]` silently
	// becomes two items. Catch the number case, which is the one teachers meet.
	visit(doc, {
		Seq(_, seq) {
			if (!seq.flow) return;
			for (let i = 1; i < seq.items.length; i++) {
				const before = seq.items[i - 1];
				const after = seq.items[i];
				if (!isScalar(before) || !isScalar(after) || !before.range || !after.range) continue;
				const between = source.slice(before.range[1], after.range[0]);
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
	if (issues.length === 0) {
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

	return { value, issues, locate };
}

/** The same document as an editor would see it: used to report where a value sits. */
export type { Document };
