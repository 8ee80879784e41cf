import type { Received } from '../analysis/types';
import { decodeHandIns, problemMessage } from '../handin/encode';
import { attemptKey } from '../handin/format';

export interface ImportProblem {
	/** Where it came from: a file name, "pasted text", "QR code". */
	source: string;
	message: string;
}

export interface ImportResult {
	added: Received[];
	/** Hand-ins already here (or twice in what was added): counted once. */
	duplicates: number;
	problems: ImportProblem[];
}

/** Text from a student, shortened for a message: it is theirs, so it is shown, never trusted. */
const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;

/**
 * Reads the hand-ins in some texts (files, a paste, scanned codes). Each text may hold several;
 * each problem is reported with its source, and never stops the others being added.
 */
export function readHandIns(
	texts: readonly { source: string; text: string }[],
	modules: ReadonlySet<string>,
	known: ReadonlySet<string>,
	now = Date.now()
): ImportResult {
	const added: Received[] = [];
	const problems: ImportProblem[] = [];
	const seen = new Set(known);
	let duplicates = 0;
	for (const { source, text } of texts) {
		for (const decoded of decodeHandIns(text)) {
			if (!decoded.ok) {
				problems.push({ source, message: problemMessage(decoded.problem, decoded.format) });
				continue;
			}
			const { handIn } = decoded;
			if (!modules.has(handIn.module)) {
				problems.push({
					source,
					message: `This hand-in is for the module ${quoted(handIn.module)}, which this site does not have. Open the site the student used.`
				});
				continue;
			}
			if (!handIn.name.trim()) {
				problems.push({ source, message: 'This hand-in has no name in it, so it was not added.' });
				continue;
			}
			const key = attemptKey(handIn);
			if (seen.has(key)) {
				duplicates++;
				continue;
			}
			seen.add(key);
			added.push({ key, handIn, text: decoded.text, addedAt: now });
		}
	}
	return { added, duplicates, problems };
}

/** A summary of an import in one sentence. */
export function importSummary(result: ImportResult): string {
	const parts = [`${result.added.length} hand-in${result.added.length === 1 ? '' : 's'} added`];
	if (result.duplicates) parts.push(`${result.duplicates} already here (counted once)`);
	if (result.problems.length)
		parts.push(`${result.problems.length} could not be added (see below)`);
	return `${parts.join(', ')}.`;
}
