import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'lectern-new-module-'));
const env = {
	LECTERN_CONTENT_DIR: join(dir, 'content'),
	LECTERN_QUESTIONS_DIR: join(dir, 'questions')
};

const run = (script: string, ...args: string[]) => runScript(script, args, env);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new-module', () => {
	it('creates the three files from templates that pass the checks as they are', () => {
		const created = run('new-module', 'city-budget-2025', '--title', 'The city’s budget');
		expect(created.status).toBe(0);
		expect(created.out).toContain('Created module “city-budget-2025”');
		for (const file of [
			'content/city-budget-2025/article.md',
			'content/city-budget-2025/glossary.yaml',
			'questions/city-budget-2025.yaml'
		]) {
			expect(existsSync(join(dir, file)), file).toBe(true);
		}
		const checked = run('questions-check');
		expect(checked).toMatchObject({ status: 0, out: expect.stringContaining('no problems') });
	}, 30_000);

	it('refuses a module that already exists', () => {
		const again = run('new-module', 'city-budget-2025');
		expect(again.status).toBe(1);
		expect(again.out).toMatch(/city-budget-2025 already exists: choose another name/);
	}, 30_000);

	it('refuses a name that cannot be a web address', () => {
		const bad = run('new-module', 'City Budget');
		expect(bad.status).toBe(1);
		expect(bad.out).toContain('“City Budget” cannot be a module name');
	}, 30_000);

	it('refuses --title with no headline rather than using a placeholder', () => {
		const bare = run('new-module', 'school-meals-2025', '--title');
		expect(bare.status).toBe(1);
		expect(bare.out).toContain("Option '--title <value>' argument missing");
		expect(bare.out).toContain('Usage: npm run new-module');
	}, 30_000);
});
