/**
 * npm run questions:import -- <file.gift> [--module <slug>] [--out <file.yaml>] [--force]
 * Converts a Moodle GIFT file into a Lectern question file (default: questions/<slug>.yaml)
 * and reports, with its line, everything it could not convert or converted with a change.
 * Exit status 1 when the file cannot be read, nothing could be converted, or the target exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/lib/content/markdown';
import { parseGift, splitLines } from '../src/lib/gift/parse';
import { giftToBank } from '../src/lib/gift/to-bank';
import { bankYaml } from '../src/lib/gift/write-yaml';
import { contentDir, moduleSlugs, questionsDir } from '../src/lib/server/content';
import { formatIssue, sortIssues, withLineText } from '../src/lib/validation/issues';
import { fail, readArgs } from './cli';
import { checkOut, writeOut } from './out-path';

const USAGE = `Usage: npm run questions:import -- <file.gift> [--module <slug>] [--out <file.yaml>] [--force]
Example: npm run questions:import -- week3.gift --module kadhimi-us-troops-2021`;

const { values, positionals } = readArgs(
	{ module: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
	USAGE
);
const moduleArg = values.module;
const outArg = values.out;
const force = values.force ?? false;
const file = positionals[0];
if (!file) fail(USAGE);
if (!existsSync(file)) fail(`${file}: no such file. Check the path.`);

const slug = moduleArg ?? slugify(basename(file).replace(/\.[^.]*$/, ''));
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
	fail(
		`“${slug}” cannot be a module name: use lowercase letters, digits and single hyphens, e.g. --module climate-summit-2024.`
	);
}
const shown = (path: string) => relative(process.cwd(), path) || path;
const out = outArg ?? join(questionsDir(), `${slug}.yaml`);

if (!outArg && !moduleSlugs().includes(slug)) {
	fail(`There is no module “${slug}” (no folder ${shown(join(contentDir(), slug))}/ with its article).
Create it first, then import again:
  npm run new-module -- ${slug} --title "The headline"
Or name an existing module with --module <slug>, or write the questions elsewhere with --out <file.yaml>.`);
}

/** The one-question starter file that `npm run new-module` writes, which an import may replace. */
function isStarterFile(path: string): boolean {
	const template = join(dirname(fileURLToPath(import.meta.url)), 'templates', 'questions.yaml');
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = escape(readFileSync(template, 'utf8').replaceAll('{{slug}}', slug)).replace(
		escape('{{title}}'),
		'.*'
	);
	return new RegExp(`^${pattern}$`).test(readFileSync(path, 'utf8'));
}

checkOut(out, 'week-3.yaml');
const replacingStarter = existsSync(out) && !force && isStarterFile(out);
if (existsSync(out) && !force && !replacingStarter) {
	fail(`${shown(out)} already exists, and the import would replace it.
Write the imported questions to a file outside questions/ (the site reads only questions/<slug>.yaml),
check it, and copy the questions you want into ${shown(out)}:
  npm run questions:import -- ${file} --module ${slug} --out ${slug}-moodle.yaml
  npm run questions:check ${slug}-moodle.yaml
or replace the file with --force.`);
}

let source: string;
try {
	source = readFileSync(file, 'utf8');
} catch (error) {
	fail(`${file} cannot be read: ${(error as Error).message}`);
}
const parsed = parseGift(source, file);
const result = giftToBank(parsed.items, file);
const skipped = sortIssues([...parsed.issues, ...result.skipped]);
// A file saved in a Windows code page instead of UTF-8 shows as replacement characters.
const lines = splitLines(source);
const garbled = lines.findIndex((line) => line.includes('\uFFFD'));
if (garbled !== -1) {
	result.changed.push({
		file,
		line: garbled + 1,
		column: lines[garbled]!.indexOf('\uFFFD') + 1,
		path: '',
		message: 'this line has characters that are not UTF-8, shown as �',
		fix: 'Save the GIFT file as UTF-8 (Moodle needs that too) and import again.'
	});
}
const changed = sortIssues(result.changed);

const report = (title: string, issues: typeof skipped) =>
	issues.length
		? `\n${title} (${issues.length}):\n\n${withLineText(issues, () => lines.join('\n'))
				.map(formatIssue)
				.join('\n\n')}\n`
		: '';
const reports = [
	report('Not converted', skipped),
	report('Converted with a change to check', changed)
].join('');

if (result.questions.length === 0) {
	fail(`Nothing in ${file} could be converted into a Lectern question, so no file was written.
${reports}`);
}

const schema = relative(dirname(out), join(questionsDir(), 'schema.json')) || 'schema.json';
writeOut(
	out,
	bankYaml(result.questions, {
		module: slug,
		source: basename(file),
		schema: schema.startsWith('.') ? schema : `./${schema}`,
		skipped: skipped.length
	}),
	'week-3.yaml'
);

const count = result.questions.length;
console.log(`Converted ${count} question${count === 1 ? '' : 's'} from ${file} into ${shown(out)}${replacingStarter ? ' (replacing the starter question from new-module)' : ''}.
${reports}
Next:
  1. Open ${shown(out)}. GIFT has no evidence quotes: for each question, replace the TODO
     under \`evidence\` with words copied from the article, and write an \`explanation\` where it
     is empty. Check \`difficulty\` and \`skills\` (the file's first comments say which are guesses).
  2. npm run questions:check ${shown(out)}
     lists every place still to fill in, as file:line:column.
  3. npm run dev, and open /${slug}/quiz/ to try the questions.`);
