import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus, runCase } from '../../scripts/teacher-mistakes';
import { markdownSlips } from '../../src/lib/content/markdown-slips';
import { loadModules, readModule, readModules } from '../../src/lib/server/content';
import { yamlWarnings } from '../../src/lib/validation/warnings';
import { findSlips } from '../../src/lib/validation/yaml-slips';
import {
	ContentError,
	codeFrame,
	formatIssue,
	formatIssues,
	readablePath,
	type ValidationIssue
} from '../../src/lib/validation/issues';
import { ROOT, SLUG, runScript } from './helpers';

const issue: ValidationIssue = {
	file: 'q.yaml',
	line: 7,
	column: 26,
	path: '',
	message: 'the colon after "True or false" ends the text early',
	fix: 'Put the whole prompt in straight double quotes:',
	edit: { line: 7, text: '    prompt: "True or false: Obama"' },
	lineText: '    prompt: True or false: Obama'
};

describe('code frames', () => {
	it('show the line as written with a caret under the column, then the corrected line', () => {
		expect(formatIssue(issue))
			.toBe(`q.yaml:7:26  the colon after "True or false" ends the text early
    |
  7 |     prompt: True or false: Obama
    |                          ^
    fix:      Put the whole prompt in straight double quotes:
  7 |     prompt: "True or false: Obama"`);
	});

	it('cut a long line around the column, keeping the caret under it', () => {
		const text = `${'a'.repeat(300)}:${'b'.repeat(300)}`;
		const [, line, caret] = codeFrame(12, 301, text);
		expect(line!.length).toBeLessThan(120);
		expect(line!.indexOf(':')).toBe(caret!.indexOf('^'));
		expect(line).toMatch(/^ {2}12 \| …a+:b+…$/);
	});

	it('show a tab as an arrow, so it can be seen', () => {
		expect(codeFrame(3, 1, '\tdifficulty: easy')[1]).toBe('  3 | →   difficulty: easy');
	});

	it('count from 1 and name the items in paths', () => {
		expect(readablePath('questions[9] (troop-level).options[3].feedback')).toBe(
			'question 10 (troop-level) › option 4 › feedback'
		);
		expect(readablePath('terms[6]')).toBe('term 7');
		expect(readablePath('quizzes[0].count')).toBe('quiz 1 › count');
	});

	it('count errors and warnings apart in the header', () => {
		const warning = { ...issue, severity: 'warning' as const };
		expect(formatIssues([issue, warning]).split('\n')[0]).toBe('1 error and 1 warning in q.yaml');
		expect(formatIssues([warning]).split('\n')[0]).toBe('1 warning in q.yaml');
		expect(formatIssue(warning)).toContain('q.yaml:7:26  warning: the colon');
	});
});

describe('warnings and --strict', () => {
	// A module with raw HTML in its article: valid, but students would see `<b>` as typed.
	const html = loadCorpus().find((c) => c.name.startsWith('43-raw-html-bold'))!;
	const { root } = runCase(html, { keep: true });
	const env = {
		LECTERN_CONTENT_DIR: join(root, 'content'),
		LECTERN_QUESTIONS_DIR: join(root, 'questions')
	};
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const withEnv = <T>(extra: Record<string, string>, run: () => T): T => {
		const saved = { ...process.env };
		Object.assign(process.env, env, extra);
		try {
			return run();
		} finally {
			process.env = saved;
		}
	};

	it('leave the module built and out of the errors, unless LECTERN_STRICT=1', () => {
		withEnv({}, () => {
			const result = readModule(SLUG);
			expect(result.issues).toEqual([]);
			expect(result.module).toBeDefined();
			expect(result.warnings.map((w) => [w.line, w.column, w.severity])).toEqual([
				[15, 52, 'warning']
			]);
			expect(readModules().issues).toEqual([]);
		});
		withEnv({ LECTERN_STRICT: '1' }, () => {
			expect(readModules().issues.map((w) => w.line)).toEqual([15]);
			expect(() => loadModules()).toThrow(ContentError);
		});
	});

	it('pass the CLI check with the warning printed; --strict makes it fail', () => {
		const plain = runScript('questions-check', [], env);
		expect(plain.status).toBe(0);
		expect(plain.out).toContain('warning: raw HTML <b> is shown to students as typed');
		expect(plain.out).toContain('no errors, 1 warning');
		const strict = runScript('questions-check', ['--strict'], env);
		expect(strict.status).toBe(1);
		expect(strict.out).toContain('1 warning in');
	}, 60_000);
});

describe('the questions:check CLI', () => {
	it('checks a glossary or an article given by its path, as part of its module', () => {
		for (const file of ['glossary.yaml', 'article.md']) {
			const run = runScript('questions-check', [`content/${SLUG}/${file}`]);
			expect(run.out).not.toContain('there is no module');
			expect(run.status).toBe(0);
			expect(run.out).toContain(`✔ 1 module checked (${SLUG})`);
		}
	}, 60_000);

	it('stops the build with the same frames (ContentError)', () => {
		const broken = loadCorpus().find((c) => c.name.startsWith('01-colon-in-prompt'))!;
		const { root } = runCase(broken, { keep: true });
		const saved = { ...process.env };
		process.env.LECTERN_CONTENT_DIR = join(root, 'content');
		process.env.LECTERN_QUESTIONS_DIR = join(root, 'questions');
		try {
			expect(() => loadModules()).toThrow(
				/ {2}17 \| {5}prompt: True or false: Barack[^\n]*\n {5}\| {26}\^/
			);
		} finally {
			process.env = saved;
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('warnings leave alone what is meant', () => {
	it('a note after a value, as in the README example, and words in angle brackets', () => {
		const source = 'description: Eight easy questions. # optional\ncount: 8 # how many\n';
		expect(yamlWarnings(source, 'q.yaml', markdownSlips)).toEqual([]);
		expect(
			markdownSlips('Save it in content/<slug>/, see [the guide](https://example.org).')
		).toEqual([]);
	});

	it('but not a # that cuts a text, raw HTML or a javascript: link', () => {
		const source =
			'prompt: In paragraph #7, how many?\ndefinition: The <b>44th</b> [president](javascript:void(0)).\n';
		expect(
			yamlWarnings(source, 'q.yaml', markdownSlips).map((w) => [w.line, w.column, w.severity])
		).toEqual([
			[1, 22, 'warning'],
			[2, 17, 'warning'],
			[2, 41, 'warning']
		]);
	});
});

describe('slips are not read into valid lines', () => {
	// The detectors run only when the parser fails somewhere; even then, a valid line is left alone.
	it('in the shipped files, the README examples and the templates, every line next to an error', () => {
		const texts: [string, string][] = [];
		for (const file of ['questions/README.md', 'README.md']) {
			const text = readFileSync(join(ROOT, file), 'utf8');
			for (const [n, m] of [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].entries())
				texts.push([`${file} example ${n + 1}`, m[1]!]);
		}
		for (const file of readdirSync(join(ROOT, 'scripts/templates')))
			texts.push([file, readFileSync(join(ROOT, 'scripts/templates', file), 'utf8')]);
		for (const file of [`questions/${SLUG}.yaml`, `content/${SLUG}/glossary.yaml`])
			texts.push([file, readFileSync(join(ROOT, file), 'utf8')]);
		for (const [name, text] of texts) {
			const everyLine = text.split('\n').map((_, index) => index + 1);
			expect(findSlips(text, everyLine), name).toEqual([]);
		}
	});
});
