/**
 * npm run questions:export -- <slug> [--format gift] [--out <file.gift>]
 * Writes a module's question bank as GIFT for Moodle (to stdout, or to --out). The bank must
 * pass `npm run questions:check` first. The report (on stderr, so stdout stays pure GIFT)
 * lists the questions GIFT cannot express and what else was left behind.
 */
import { relative } from 'node:path';
import { bankToGift } from '../src/lib/gift/export';
import { moduleSlugs, readModule } from '../src/lib/server/content';
import { formatIssues } from '../src/lib/validation/issues';
import { fail, readArgs } from './cli';
import { checkOut, writeOut } from './out-path';

const USAGE = `Usage: npm run questions:export -- <slug> [--format gift] [--out <file.gift>]
Example: npm run questions:export -- kadhimi-us-troops-2021 --out kadhimi.gift`;

const { values, positionals } = readArgs(
	{ format: { type: 'string', default: 'gift' }, out: { type: 'string' } },
	USAGE
);
const { format, out } = values;
const slug = positionals[0];
if (!slug) fail(USAGE);
if (out) checkOut(out, 'week-3.gift');
if (format !== 'gift') fail(`--format ${format} is not supported: the one format is gift.`);
if (!moduleSlugs().includes(slug)) {
	fail(
		`There is no module “${slug}”. Modules: ${moduleSlugs().join(', ') || 'none yet'}.\n${USAGE}`
	);
}

const result = readModule(slug);
if (result.issues.length) {
	fail(
		`${formatIssues(result.issues)}\n\nThe bank is exported only when it passes the checks: fix the above, then export again.`
	);
}
if (!result.questions?.length)
	fail(`Module “${slug}” has no question file (questions/${slug}.yaml).`);

const exported = bankToGift(slug, result.questions, result.module?.glossary);
if (out) writeOut(out, exported.gift, 'week-3.gift');
else process.stdout.write(exported.gift);

const list = (notes: { id: string; message: string }[]) =>
	notes.map((n) => `  ${n.id}: ${n.message}`).join('\n');
console.error(
	[
		`Exported ${exported.exported} of ${result.questions.length} questions${out ? ` to ${relative(process.cwd(), out) || out}` : ''}.`,
		exported.skipped.length &&
			`\nNot exported: GIFT cannot express them (${exported.skipped.length}):\n${list(exported.skipped)}`,
		exported.notes.length && `\nExported with something left behind:\n${list(exported.notes)}`,
		'\nEvidence quotes are never exported: GIFT has no place for them.',
		'In Moodle: Question bank → Import → GIFT format; tick “Get category from file” to keep',
		'difficulty and skills as categories.'
	]
		.filter(Boolean)
		.join('\n')
);
