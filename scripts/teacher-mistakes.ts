/**
 * The teacher-mistakes corpus (tests/fixtures/teacher-mistakes/): each case is one file a teacher
 * got wrong, with its expectations in leading `#` comment lines:
 *
 *   # case: what the teacher did
 *   # expect: 7:31 | what: colon, ends the text | fix: double quotes
 *   # expect warning: glossary 12:5 | what: ... | fix: ...
 *   # with article: parts/list-in-body.md     (another file of the same module)
 *   # run: file                               (check it as `questions:check <this file>`)
 *
 * The file's name says what it is: `*.bank.yaml`, `*.glossary.yaml` or `*.article.md` (an
 * article's comment lines sit inside its front matter). Each case is run as the CLI runs it,
 * in a module folder of its own with the shipped article and glossary, and scored on four points:
 * right line and column; what is wrong in plain words; how to fix it; no crash and the rest of
 * the file still checked (nothing reported where nothing is wrong, every expected problem found).
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkFiles } from '../src/lib/server/check-files';
import { readablePath, type ValidationIssue } from '../src/lib/validation/issues';

export const CORPUS = 'tests/fixtures/teacher-mistakes';
const SLUG = 'kadhimi-us-troops-2021';
type Role = 'bank' | 'article' | 'glossary';

export interface Expectation {
	role: Role;
	line: number;
	column: number;
	severity: 'error' | 'warning';
	what: string[];
	fix: string[];
}

export interface Case {
	name: string;
	title: string;
	role: Role;
	source: string;
	expect: Expectation[];
	with: Partial<Record<Role, string>>;
	runFile: boolean;
}

const roleOf = (name: string): Role =>
	name.endsWith('.article.md') ? 'article' : name.endsWith('.glossary.yaml') ? 'glossary' : 'bank';

const words = (list: string | undefined) =>
	(list ?? '')
		.split(',')
		.map((w) => w.trim().toLowerCase())
		.filter(Boolean);

export function loadCase(dir: string, name: string): Case {
	const source = readFileSync(join(dir, name), 'utf8');
	const role = roleOf(name);
	const header = source.split('\n').filter((line) => /^#\s*\w[\w ]*:/.test(line));
	const field = (key: string) =>
		header
			.map((line) => new RegExp(`^#\\s*${key}:\\s*(.*)$`).exec(line)?.[1])
			.filter(Boolean) as string[];
	const expect = header.flatMap((line): Expectation[] => {
		const match = /^#\s*expect( warning)?:\s*(?:(bank|article|glossary)\s+)?(\d+):(\d+)(.*)$/.exec(
			line
		);
		if (!match) return [];
		const parts = Object.fromEntries(
			match[5]!
				.split('|')
				.map((part) => /^\s*(what|fix):\s*(.*?)\s*$/.exec(part))
				.filter((m): m is RegExpExecArray => m !== null)
				.map((m) => [m[1], m[2]])
		) as { what?: string; fix?: string };
		return [
			{
				role: (match[2] as Role | undefined) ?? role,
				line: Number(match[3]),
				column: Number(match[4]),
				severity: match[1] ? 'warning' : 'error',
				what: words(parts.what),
				fix: words(parts.fix)
			}
		];
	});
	const withFiles: Partial<Record<Role, string>> = {};
	for (const r of ['bank', 'article', 'glossary'] as const) {
		const path = field(`with ${r}`)[0];
		if (path) withFiles[r] = readFileSync(join(dir, path), 'utf8');
	}
	return {
		name,
		title: field('case')[0] ?? name,
		role,
		source,
		expect,
		with: withFiles,
		runFile: field('run')[0] === 'file'
	};
}

export function loadCorpus(dir = CORPUS): Case[] {
	return readdirSync(dir)
		.filter((name) => /\.(bank|glossary)\.yaml$|\.article\.md$/.test(name))
		.sort()
		.map((name) => loadCase(dir, name));
}

const FILE_OF: Record<Role, (root: string) => string> = {
	article: (root) => join(root, 'content', SLUG, 'article.md'),
	glossary: (root) => join(root, 'content', SLUG, 'glossary.yaml'),
	bank: (root) => join(root, 'questions', `${SLUG}.yaml`)
};

export function roleOfIssue(issue: ValidationIssue): Role | undefined {
	const name = basename(issue.file);
	return name === 'article.md'
		? 'article'
		: name === 'glossary.yaml'
			? 'glossary'
			: name.endsWith('.yaml')
				? 'bank'
				: undefined;
}

export interface RunResult {
	issues: ValidationIssue[];
	crashed?: string;
	/** The module folder the case ran in, kept while `keep` asks for it. */
	root: string;
}

/** Runs the check as `npm run questions:check` would, in a module folder of the case's own. */
export function runCase(c: Case, options: { keep?: boolean; source?: string } = {}): RunResult {
	const root = mkdtempSync(join(tmpdir(), 'lectern-mistake-'));
	cpSync(join('content', SLUG), join(root, 'content', SLUG), { recursive: true });
	mkdirSync(join(root, 'questions'));
	const files: Partial<Record<Role, string>> = { ...c.with, [c.role]: options.source ?? c.source };
	for (const [role, text] of Object.entries(files))
		writeFileSync(FILE_OF[role as Role](root), text!);
	const saved = {
		content: process.env.LECTERN_CONTENT_DIR,
		questions: process.env.LECTERN_QUESTIONS_DIR
	};
	process.env.LECTERN_CONTENT_DIR = join(root, 'content');
	process.env.LECTERN_QUESTIONS_DIR = join(root, 'questions');
	try {
		const result = checkFiles(c.runFile ? [FILE_OF[c.role](root)] : []);
		return { issues: [...result.issues, ...result.warnings], root };
	} catch (error) {
		return { issues: [], crashed: String((error as Error).stack ?? error), root };
	} finally {
		if (saved.content === undefined) delete process.env.LECTERN_CONTENT_DIR;
		else process.env.LECTERN_CONTENT_DIR = saved.content;
		if (saved.questions === undefined) delete process.env.LECTERN_QUESTIONS_DIR;
		else process.env.LECTERN_QUESTIONS_DIR = saved.questions;
		if (!options.keep) rmSync(root, { recursive: true, force: true });
	}
}

export interface Score {
	place: number;
	what: number;
	fix: number;
	robust: number;
	total: number;
	notes: string[];
}

const severityOf = (issue: ValidationIssue) =>
	(issue as { severity?: string }).severity === 'warning' ? 'warning' : 'error';

/** The four points of a case, each from 0 to 1 (averaged over the case's expected problems). */
export function scoreCase(c: Case, run: RunResult): Score {
	const notes: string[] = [];
	let place = 0;
	let what = 0;
	let fix = 0;
	for (const e of c.expect) {
		const onLine = run.issues.filter((i) => roleOfIssue(i) === e.role && i.line === e.line);
		const exact = onLine.find((i) => i.column === e.column && severityOf(i) === e.severity);
		if (exact) place++;
		else
			notes.push(
				`expected ${e.severity} at ${e.role} ${e.line}:${e.column}, got ${onLine.map((i) => `${severityOf(i)} ${i.line}:${i.column}`).join(', ') || 'nothing on that line'}`
			);
		const best = exact ?? onLine[0];
		const said = best
			? [readablePath(best.path), best.message, best.expected, best.found].join(' ').toLowerCase()
			: '';
		const missingWhat = e.what.filter((w) => !said.includes(w));
		if (best && !missingWhat.length) what++;
		else if (best) notes.push(`what lacks: ${missingWhat.join(', ')}`);
		const fixText = (best?.fix ?? '').toLowerCase();
		const missingFix = e.fix.filter((w) => !fixText.includes(w));
		if (best && !missingFix.length) fix++;
		else if (best) notes.push(`fix lacks: ${missingFix.join(', ')}`);
	}
	const n = Math.max(1, c.expect.length);
	const expectedLines = new Set(c.expect.map((e) => `${e.role}:${e.line}`));
	const stray = run.issues.filter((i) => !expectedLines.has(`${roleOfIssue(i)}:${i.line}`));
	const found = c.expect.filter((e) =>
		run.issues.some((i) => roleOfIssue(i) === e.role && i.line === e.line)
	).length;
	let robust: number;
	if (run.crashed) {
		robust = 0;
		notes.push(`crashed: ${run.crashed.split('\n')[0]}`);
	} else {
		if (stray.length)
			notes.push(
				`also reported: ${stray.map((i) => `${roleOfIssue(i)} ${i.line}:${i.column} ${i.message}`).join('; ')}`
			);
		if (found < c.expect.length)
			notes.push(`${c.expect.length - found} expected problem(s) not reported at all`);
		robust = stray.length || found < c.expect.length ? 0 : 1;
	}
	const score = { place: place / n, what: what / n, fix: fix / n, robust };
	return { ...score, total: score.place + score.what + score.fix + score.robust, notes };
}
