import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModules } from '../../src/lib/server/content';
import { buildSearchData } from '../../src/lib/search/build';
import { readSearchData } from '../../src/lib/search/data';
import { SearchEngine } from '../../src/lib/search/query';
import { generate } from '../../src/lib/quiz/generate';

// Nothing is hard-wired to the first article: a second module is just another folder.
const dir = mkdtempSync(join(tmpdir(), 'lectern-two-modules-'));
const FIXTURE = 'tests/fixtures/second-module';

beforeAll(() => {
	cpSync('content', join(dir, 'content'), { recursive: true });
	cpSync('questions', join(dir, 'questions'), { recursive: true });
	cpSync(`${FIXTURE}/content`, join(dir, 'content'), { recursive: true });
	cpSync(`${FIXTURE}/questions`, join(dir, 'questions'), { recursive: true });
	process.env.LECTERN_CONTENT_DIR = join(dir, 'content');
	process.env.LECTERN_QUESTIONS_DIR = join(dir, 'questions');
});
afterAll(() => {
	delete process.env.LECTERN_CONTENT_DIR;
	delete process.env.LECTERN_QUESTIONS_DIR;
	rmSync(dir, { recursive: true, force: true });
});

describe('a second module added as a folder', () => {
	it('is found, checked and built beside the first, which is unchanged', () => {
		const modules = loadModules();
		expect(modules.map((m) => m.slug)).toEqual([
			'gettysburg-address-1863',
			'kadhimi-us-troops-2021'
		]);
		const [second, first] = modules;
		expect(second!.article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(3);
		expect(second!.glossary.find((g) => g.id === 'consecrate')?.occurrences).toEqual(['p-3']);
		expect(first!.article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(31);
		expect(first!.bank!.questions.length).toBeGreaterThanOrEqual(50);
	});

	it('has quizzes and search of its own', () => {
		const [second] = loadModules();
		const quiz = generate(second!.bank!, { count: 3 }, 'class');
		expect(quiz.items).toHaveLength(3);
		const engine = new SearchEngine(
			readSearchData(JSON.parse(JSON.stringify(buildSearchData(loadModules()))))
		);
		const outcome = engine.search('consecrate');
		expect(outcome.status === 'results' && outcome.hits[0]?.ref).toBe(
			'gettysburg-address-1863/term/consecrate'
		);
		const sadr = engine.search('sadr');
		expect(sadr.status === 'results' && sadr.hits[0]?.doc.module).toBe('kadhimi-us-troops-2021');
	});
});
