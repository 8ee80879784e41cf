/**
 * What `npm run questions:check [files...]` checks: question banks (default: every
 * questions/<slug>.yaml) together with their module's article and glossary.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { moduleSlugs, questionsDir, readModule } from './content';
import type { ValidationIssue } from '../validation/issues';

/** The module a file is for: its `module:` line, else its name. */
function moduleOf(file: string): string {
	const declared = existsSync(file)
		? /^module:\s*['"]?([\w-]+)/m.exec(readFileSync(file, 'utf8'))?.[1]
		: undefined;
	return declared ?? basename(file).replace(/\.ya?ml$/, '');
}

/** Where the `module:` line is, so the message points at it. */
function moduleLine(file: string | undefined): { line: number; column: number } {
	const lines = file && existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : [];
	const index = lines.findIndex((line) => /^module:/.test(line));
	return index === -1
		? { line: 1, column: 1 }
		: { line: index + 1, column: (lines[index]!.indexOf(':') ?? 0) + 3 };
}

/** Paths as the teacher typed them, relative to where the command runs, so editors can open them. */
const shown = (file: string) => relative(process.cwd(), resolve(file));

/** An article or glossary is checked with the rest of its module: the folder names the module. */
const MODULE_FILE = /^(article\.md|glossary\.ya?ml)$/;

function targets(args: string[]): { slug: string; file?: string }[] {
	if (args.length)
		return args.map((file) =>
			MODULE_FILE.test(basename(file)) && existsSync(file)
				? { slug: basename(dirname(resolve(file))) }
				: { slug: moduleOf(file), file: shown(file) }
		);
	const banks = existsSync(questionsDir())
		? readdirSync(questionsDir())
				.filter((f) => f.endsWith('.yaml'))
				.map((f) => f.replace(/\.yaml$/, ''))
		: [];
	return [...new Set([...moduleSlugs(), ...banks])].sort().map((slug) => ({ slug }));
}

export interface CheckResult {
	issues: ValidationIssue[];
	/** Text students would see wrongly; not errors unless --strict. */
	warnings: ValidationIssue[];
	/** Slugs of the modules that passed. */
	checked: string[];
	questions: number;
}

export function checkFiles(args: string[]): CheckResult {
	const issues: ValidationIssue[] = [];
	const warnings: ValidationIssue[] = [];
	let questions = 0;
	const checked: string[] = [];
	for (const { slug, file } of targets(args)) {
		if (file && !existsSync(file)) {
			issues.push({
				file,
				line: 1,
				column: 1,
				path: '',
				message: 'no such file',
				fix: 'Check the path.'
			});
			continue;
		}
		if (!moduleSlugs().includes(slug)) {
			issues.push({
				file: file ?? shown(join(questionsDir(), `${slug}.yaml`)),
				...moduleLine(file),
				path: '',
				message: `there is no module \`${slug}\` for this question file`,
				expected: `a folder content/${slug}/ with article.md and glossary.yaml`,
				fix: 'The `module:` line (or, without one, the file name) must name a folder in content/. Check the spelling, or add the module: see “Adding an article” in README.md.'
			});
			continue;
		}
		const result = readModule(slug, file);
		issues.push(...result.issues);
		warnings.push(...result.warnings);
		if (result.module) {
			questions += result.module.bank?.questions.length ?? 0;
			checked.push(slug);
		}
	}
	return { issues, warnings, checked, questions };
}
