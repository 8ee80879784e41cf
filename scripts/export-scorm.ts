/**
 * npm run export:scorm -- <slug> [--preset <name>] [--pass <percent>] [--out <file.zip>]
 * Writes a module as a SCORM 1.2 package for Moodle, Canvas or Blackboard: the site built for
 * it (relative paths, no service worker, the graded quiz reporting to the LMS) and
 * `imsmanifest.xml` at the root. See README, "Scores in the school's LMS".
 */
import { spawnSync } from 'node:child_process';
import {
	accessSync,
	constants,
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { scormManifest } from '../src/lib/lms/manifest';
import type { PackageConfig } from '../src/lib/lms/config';
import { contentDir, moduleSlugs, questionsDir, readModule } from '../src/lib/server/content';
import { formatIssues } from '../src/lib/validation/issues';
import { fail, readArgs } from './cli';

const USAGE = `Usage: npm run export:scorm -- <slug> [--preset <name>] [--pass <percent>] [--out <file.zip>]
Example: npm run export:scorm -- kadhimi-us-troops-2021 --preset full --pass 70`;

const { values, positionals } = readArgs(
	{ preset: { type: 'string' }, pass: { type: 'string' }, out: { type: 'string' } },
	USAGE
);
const slug = positionals[0];
if (!slug) fail(USAGE);
if (!moduleSlugs().includes(slug)) {
	fail(
		`There is no module “${slug}”. Modules: ${moduleSlugs().join(', ') || 'none yet'}.\n${USAGE}`
	);
}

let pass: number | undefined;
if (values.pass !== undefined) {
	pass = /^\d{1,3}$/.test(values.pass.trim()) ? Number(values.pass) : NaN;
	if (!(pass >= 0 && pass <= 100))
		fail(`--pass ${values.pass} is not a pass mark: give a whole percentage from 0 to 100.`);
}

const result = readModule(slug);
if (result.issues.length) {
	fail(
		`${formatIssues(result.issues)}\n\nThe module is exported only when it passes the checks: fix the above, then export again.`
	);
}
const module = result.module!;
const presets = module.bank?.presets ?? [];
if (!module.bank || !presets.length) {
	fail(
		`Module “${slug}” has no quiz to grade: add one under \`quizzes:\` in questions/${slug}.yaml.`
	);
}
// Without --preset, the longest quiz: the one most like a test.
const preset = values.preset
	? presets.find((p) => p.id === values.preset)
	: [...presets].sort((a, b) => b.count - a.count)[0];
if (!preset) {
	fail(
		`There is no quiz “${values.preset}” in module “${slug}”. Quizzes: ${presets.map((p) => p.id).join(', ')}.`
	);
}

// --pass wins over the quiz's own pass mark.
pass ??= preset.pass;

const out = resolve(values.out ?? `${slug}-scorm.zip`);
const shown = relative(process.cwd(), out) || out;
// Checked before the build, so a bad path costs nothing.
const pathProblem = outProblem(out);
if (pathProblem) fail(`Cannot write the package to ${shown}: ${pathProblem}.`);

/** What is wrong with writing a file at this path, in words; undefined when nothing is. */
function outProblem(path: string): string | undefined {
	if (existsSync(path) && statSync(path).isDirectory()) return 'it is a folder, not a file';
	let folder = dirname(path);
	while (!existsSync(folder)) folder = dirname(folder);
	if (!statSync(folder).isDirectory())
		return `${relative(process.cwd(), folder) || folder} is a file, not a folder`;
	if (folder !== dirname(path))
		return `the folder ${relative(process.cwd(), dirname(path))} does not exist`;
	try {
		accessSync(existsSync(path) ? path : folder, constants.W_OK);
	} catch {
		return existsSync(path) ? 'the file is read-only' : 'that folder is not writable';
	}
	return undefined;
}

const work = resolve('tmp', `scorm-${process.pid}`);
// On every way out, failures included (fail() exits at once).
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
{
	// Only this module: the package's home page, search and progress know no other.
	mkdirSync(join(work, 'content'), { recursive: true });
	mkdirSync(join(work, 'questions'), { recursive: true });
	cpSync(join(contentDir(), slug), join(work, 'content', slug), { recursive: true });
	cpSync(join(questionsDir(), `${slug}.yaml`), join(work, 'questions', `${slug}.yaml`));
	const config: PackageConfig = {
		module: slug,
		preset: preset.id,
		title: preset.title,
		...(pass === undefined ? {} : { pass })
	};
	console.error(`Building “${module.article.meta.title}” for an LMS…`);
	const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		env: {
			...process.env,
			LECTERN_CONTENT_DIR: join(work, 'content'),
			LECTERN_QUESTIONS_DIR: join(work, 'questions'),
			BASE_PATH: '',
			BUILD_DIR: join(work, 'build'),
			SVELTEKIT_OUT_DIR: join(work, 'kit'),
			VITE_LECTERN_LMS: JSON.stringify(config)
		},
		encoding: 'utf8'
	});
	if (build.status !== 0) fail(`The build failed:\n${build.stderr}`);

	const root = join(work, 'build');
	// What belongs to a web host, not to a package an LMS serves: host settings, the offline
	// worker, and the page for unknown addresses (which uses absolute paths).
	const hostOnly = ['_headers', 'service-worker.js', '404.html'];
	const files = listFiles(root).filter((f) => !hostOnly.includes(f));
	const launch = `${slug}/index.html`;
	if (!files.includes(launch)) fail(`The build has no ${launch}: the package would not open.`);
	const manifest = scormManifest({
		slug,
		title: module.article.meta.title,
		launch,
		files,
		masteryScore: pass
	});
	// A fixed date: the same module gives the same zip.
	const mtime = new Date('2000-01-01T00:00:00Z');
	const entries: Zippable = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { mtime }] };
	for (const file of files) {
		const data = readFileSync(join(root, file));
		entries[file] = [file.endsWith('.html') ? withFilesNotice(data) : data, { mtime }];
	}
	try {
		writeFileSync(out, zipSync(entries, { level: 9 }));
	} catch (error) {
		fail(`Cannot write the package to ${shown}: ${(error as Error).message}.`);
	}
	console.error(
		[
			`Wrote ${shown}: a SCORM 1.2 package of ${files.length} files.`,
			`Graded quiz: “${preset.title}” (${preset.count} questions). ${pass === undefined ? 'No pass mark: the LMS records “completed” when it is finished (add --pass 70 for passed/failed).' : `Pass mark: ${pass}%.`}`,
			'Upload it in Moodle (Add an activity or resource → SCORM package), Canvas or Blackboard:',
			'see "Scores in the school\'s LMS" in README.md.'
		].join('\n')
	);
}

/**
 * A page with a notice for the one case the module's code cannot speak up in: the package opened
 * as files, where browsers run none of its scripts. Where the scripts run, they take it away.
 */
function withFilesNotice(page: Buffer): Uint8Array {
	const notice =
		'<p id="lectern-files-notice" style="margin:0;padding:0.5rem 1rem;text-align:center;background:#ffe58a;color:#1d1b18">' +
		'This module is open as files, so its quizzes do not work and no results are sent anywhere. ' +
		'Open it from your school’s LMS.</p>';
	return new TextEncoder().encode(
		page.toString('utf8').replace(/<body[^>]*>/, (body) => body + notice)
	);
}

/** Every file under a folder, relative to it, with `/`. */
function listFiles(folder: string, prefix = ''): string[] {
	return readdirSync(join(folder, prefix), { withFileTypes: true })
		.flatMap((entry) => {
			const path = prefix ? `${prefix}/${entry.name}` : entry.name;
			return entry.isDirectory() ? listFiles(folder, path) : [path];
		})
		.sort();
}
