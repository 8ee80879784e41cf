/**
 * npm run new-module -- <slug> [--title "..."]
 * Starts a module: content/<slug>/article.md, content/<slug>/glossary.yaml and questions/<slug>.yaml
 * from commented templates that pass the checks as they are.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, questionsDir, readModule } from '../src/lib/server/content';
import { formatIssues } from '../src/lib/validation/issues';
import { fail, readArgs } from './cli';

const templates = join(dirname(fileURLToPath(import.meta.url)), 'templates');
const USAGE =
	'Usage: npm run new-module -- <slug> [--title "The headline"]\nExample: npm run new-module -- climate-summit-2024 --title "Leaders agree..."';
const { values, positionals } = readArgs({ title: { type: 'string' } }, USAGE);
const title = values.title?.trim() ?? '';
const [slug] = positionals;
if (values.title !== undefined && !title) fail(`--title needs the headline after it.\n${USAGE}`);

if (!slug || positionals.length > 1) fail(USAGE);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
	fail(
		`“${slug}” cannot be a module name: use lowercase letters, digits and single hyphens, e.g. climate-summit-2024.`
	);
}
const moduleDir = join(contentDir(), slug);
const bankFile = join(questionsDir(), `${slug}.yaml`);
for (const path of [moduleDir, bankFile]) {
	if (existsSync(path))
		fail(
			`${relative(process.cwd(), path)} already exists: choose another name, or edit the existing module.`
		);
}

const fill = (file: string) =>
	readFileSync(join(templates, file), 'utf8')
		.replaceAll('{{slug}}', slug)
		.replaceAll('{{title}}', (title || 'Replace with the headline').replaceAll("'", '’'));
mkdirSync(moduleDir, { recursive: true });
mkdirSync(questionsDir(), { recursive: true });
writeFileSync(join(moduleDir, 'article.md'), fill('article.md'));
writeFileSync(join(moduleDir, 'glossary.yaml'), fill('glossary.yaml'));
writeFileSync(bankFile, fill('questions.yaml'));

const check = readModule(slug);
if (check.issues.length)
	fail(
		`The new files do not pass the checks (a bug in the templates):\n${formatIssues(check.issues)}`
	);

const shown = (path: string) => relative(process.cwd(), path);
console.log(`Created module “${slug}”:
  ${shown(join(moduleDir, 'article.md'))}     the article: paste its text below the front matter
  ${shown(join(moduleDir, 'glossary.yaml'))}  hard words and names, marked in the article
  ${shown(bankFile)}     the questions (see questions/README.md)

Next:
  1. Fill in the three files (each starts with comments that say how).
  2. npm run questions:check      lists anything to fix, with file:line:column
  3. npm run dev                  shows the module at /${slug}/ and updates as you save`);
