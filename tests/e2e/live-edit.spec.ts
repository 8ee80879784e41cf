import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SLUG } from './helpers';

// `npm run dev` on copies of the module files, so the test can edit and break them.
const PORT = Number(process.env.LIVE_PORT ?? 4611);
const origin = `http://localhost:${PORT}`;
let server: ChildProcess | undefined;
let folder = '';
/** What the dev server printed. */
let terminal = '';
const file = (path: string) => join(folder, path);
const edit = (path: string, change: (text: string) => string) => {
	const before = readFileSync(file(path), 'utf8');
	const after = change(before);
	expect(after, `the edit of ${path} changed nothing`).not.toBe(before);
	writeFileSync(file(path), after);
	return before;
};

test.describe('live editing under npm run dev', () => {
	test.describe.configure({ mode: 'serial' });
	test.skip(({ isMobile }) => isMobile, 'a teacher edits at a desktop: one dev server is enough');

	test.beforeAll(async () => {
		folder = mkdtempSync(join(tmpdir(), 'lectern-live-'));
		cpSync('content', file('content'), { recursive: true });
		cpSync('questions', file('questions'), { recursive: true });
		server = spawn(
			process.execPath,
			['node_modules/vite/bin/vite.js', 'dev', '--port', String(PORT), '--strictPort'],
			{
				env: {
					...process.env,
					LECTERN_CONTENT_DIR: file('content'),
					LECTERN_QUESTIONS_DIR: file('questions')
				},
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		for (const stream of [server.stdout!, server.stderr!])
			stream.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
		for (let i = 0; i < 120; i++) {
			if (
				await fetch(`${origin}/`).then(
					(r) => r.ok,
					() => false
				)
			)
				return;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw new Error('the dev server did not start');
	});

	test.afterAll(() => {
		server?.kill();
		rmSync(folder, { recursive: true, force: true });
	});

	test('a saved article, glossary or question file shows in the open page', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`${origin}/${SLUG}/`);
		await expect(page.locator('#p-1')).toBeVisible();
		const count = await page.locator('p[id^="p-"]').count();
		edit(
			`content/${SLUG}/article.md`,
			(t) => `${t.trimEnd()}\n\nA paragraph added while the page was open.\n`
		);
		await expect(page.locator(`#p-${count + 1}`)).toContainText(
			'A paragraph added while the page was open.',
			{
				timeout: 30_000
			}
		);

		await page.goto(`${origin}/${SLUG}/glossary/`);
		// Edited once the page is connected to the dev server, or the reload it sends is missed.
		await page.waitForLoadState('networkidle');
		edit(`content/${SLUG}/glossary.yaml`, (t) =>
			t.replace(/(- term: Mustafa Al Kadhimi[\s\S]*?definition: )/, '$1Edited live. ')
		);
		await expect(page.getByText('Edited live.')).toBeVisible({ timeout: 30_000 });

		await page.goto(`${origin}/${SLUG}/teacher/`);
		edit(`questions/${SLUG}.yaml`, (t) =>
			t.replace(
				'prompt: Al Kadhimi says Iraq no longer',
				'prompt: (Edited live) Al Kadhimi says Iraq no longer'
			)
		);
		await expect(page.locator('#q-no-combat-troops-needed .prompt')).toHaveText(
			/^\(Edited live\)/,
			{ timeout: 30_000 }
		);
	});

	test('a broken file shows the validator’s message, and fixing it clears it', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`${origin}/${SLUG}/teacher/`);
		await expect(page.getByRole('heading', { level: 1, name: 'Teacher view' })).toBeVisible();
		const good = edit(`questions/${SLUG}.yaml`, (t) =>
			t.replace('    answer: true\n', '    answer: maybe\n')
		);
		const line = good.slice(0, good.indexOf('    answer: true\n')).split('\n').length;
		const where = `${SLUG}.yaml:${line}:13`;
		// The line as written, with a caret under the value (the same frame everywhere).
		const frame = `${line} |     answer: maybe`;

		// The terminal that runs npm run dev.
		await expect.poll(() => terminal, { timeout: 30_000 }).toContain(where);
		expect(terminal).toContain('`answer` should be true or false');
		expect(terminal).toContain(frame);

		// Vite's overlay, on the open page.
		const overlay = page.locator('vite-error-overlay');
		await expect(overlay).toContainText(where, { timeout: 30_000 });
		await expect(overlay).toContainText('`answer` should be true or false');
		await expect(overlay).toContainText('fix:');
		await expect(overlay).toContainText(frame);

		// A page opened while the file is broken says the same.
		await page.reload();
		await expect(
			page.getByRole('heading', { level: 1, name: 'The module files have errors' })
		).toBeVisible();
		await expect(page.locator('pre')).toContainText(where);
		await expect(page.locator('pre')).toContainText('found:    the text "maybe"');
		await expect(page.locator('pre')).toContainText(frame);

		writeFileSync(file(`questions/${SLUG}.yaml`), good);
		await expect(page.getByRole('heading', { level: 1, name: 'Teacher view' })).toBeVisible({
			timeout: 30_000
		});
		await expect(overlay).toHaveCount(0);
	});
});
