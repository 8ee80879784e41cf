import { expect, test } from '@playwright/test';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { SLUG, player, readQuestions, serviceWorkerActive, squash } from './helpers';
import { buildVariant, serveStatic } from './static-site';

// This file tries the service worker (offline use, keeping, updates): the config blocks it
// elsewhere, where it would only spend each test's CPU downloading the module in the background.
test.use({ serviceWorkers: 'allow' });

// A deploy under open tabs: the site built twice (the second time with revised prompts) and
// served from one address, switching builds as a host does on deploy.
const BASE = '/update';
const PORT = Number(process.env.UPDATE_SITE_PORT ?? 4613);
const site = `http://localhost:${PORT}${BASE}/`;
const work = resolve('test-results/update-site');
const REVISED = '(revised) ';

const trueFalse = readQuestions()
	.filter((q) => q.type === 'true-false')
	.slice(0, 2);
const quizLink = `${site}${SLUG}/quiz/play/?ids=${trueFalse.map((q) => q.id).join(',')}&seed=update`;

let served = 'first';
let server: Server | undefined;

test.describe('a new version deployed while a quiz is open', () => {
	test.describe.configure({ mode: 'serial' });
	test.skip(({ isMobile }) => isMobile, 'two extra builds are enough: checked on desktop');

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		rmSync(work, { recursive: true, force: true });
		for (const version of ['first', 'second']) {
			const out = `${work}/${version}`;
			mkdirSync(out, { recursive: true });
			cpSync('content', `${out}/content`, { recursive: true });
			cpSync('questions', `${out}/questions`, { recursive: true });
			if (version === 'second') {
				const file = `${out}/questions/${SLUG}.yaml`;
				let yaml = readFileSync(file, 'utf8');
				for (const q of trueFalse) {
					const line = `prompt: ${q.prompt}\n`;
					expect(yaml, `${q.id}'s prompt is a plain line`).toContain(line);
					yaml = yaml.replace(line, `prompt: ${REVISED}${q.prompt}\n`);
				}
				writeFileSync(file, yaml);
			}
			buildVariant({
				out,
				contentDir: `${out}/content`,
				questionsDir: `${out}/questions`,
				basePath: BASE
			});
		}
		server = await serveStatic(() => `${work}/${served}/build`, BASE, PORT);
	});

	test.afterAll(() => {
		server?.closeAllConnections();
		server?.close();
	});

	test('Reload in the tab that installed the worker reloads it into the new version, keeping the quiz', async ({
		context
	}) => {
		served = 'first';
		const page = await context.newPage();
		await page.goto(quizLink);
		await serviceWorkerActive(page);
		const p = player(page);
		const first = squash((await p.prompt.textContent())!);
		expect(first.startsWith(REVISED)).toBe(false);
		const answered = trueFalse.find((q) => squash(q.prompt) === first)!;
		await page
			.locator('.choice')
			.filter({ hasText: answered.answer ? 'True' : 'False' })
			.click();
		await p.check.click();
		await expect(p.verdict).toHaveText(/Correct/);

		// Deploy; another tab's visit finds the new worker, which waits for the reader.
		served = 'second';
		const other = await context.newPage();
		await other.goto(site);
		const reload = page.getByRole('button', { name: 'Reload' });
		await expect(reload).toBeVisible({ timeout: 20_000 });

		const reloaded = page.waitForEvent('load');
		await reload.click();
		await reloaded;
		// The new version's prompt, and the answer checked before the update is still there.
		await expect(p.prompt).toHaveText(`${REVISED}${squash(answered.prompt)}`, { timeout: 15_000 });
		await expect(p.verdict).toHaveText(/Correct/);
		await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);
	});
});
