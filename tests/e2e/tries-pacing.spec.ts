import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { SCHEMA_VERSION } from '../../src/lib/progress/records';
import {
	SLUG,
	WORD_REVIEW,
	plantRecords,
	readGlossary,
	showMeaning,
	storedRecord
} from './helpers';
import { buildVariant, serveStatic } from './static-site';

// Issue 17: hints and tries, and review the student can pace.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function expectNoViolations(page: Page, what: string) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		`axe on ${what}`
	).toEqual([]);
}
const shot = (page: Page, name: string, project: string) =>
	page.screenshot({ path: `test-results/tries-shots/${name}-${project}.png`, fullPage: true });

// A site of one fixture module whose preset allows three tries (tests/fixtures/tries-module).
const MODULE = 'gettysburg-address-1863';
const BASE = '/lectern';
const PORT = Number(process.env.TRIES_SITE_PORT ?? 4616);
const site = `http://localhost:${PORT}${BASE}/`;
const work = resolve('test-results/tries-site');
let server: Server | undefined;

test.describe('a quiz with tries and hints, on a phone', () => {
	test.describe.configure({ mode: 'serial' });
	test.skip(({ isMobile }) => !isMobile, 'one extra build is enough: checked on the phone');

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		rmSync(work, { recursive: true, force: true });
		mkdirSync(work, { recursive: true });
		buildVariant({
			out: work,
			contentDir: resolve('tests/fixtures/second-module/content'),
			questionsDir: resolve('tests/fixtures/tries-module/questions'),
			basePath: BASE
		});
		server = await serveStatic(`${work}/build`, BASE, PORT);
	});

	test.afterAll(() => {
		server?.close();
	});

	test('a wrong try shows its feedback and the next hint; the right second try earns two thirds', async ({
		page
	}, info) => {
		await page.goto(`${site}${MODULE}/quiz/play/?preset=tries&seed=tries1`);
		const answer = page.getByRole('textbox');
		await answer.fill('80');
		await page.getByRole('button', { name: 'Check', exact: true }).tap();

		// The try's verdict takes focus; the first hint is shown; the answer can be changed.
		const verdict = page.locator('.try .verdict');
		await expect(verdict).toHaveText(/Not yet · try again \(2 tries left\)/);
		await expect(verdict).toBeFocused();
		await expect(page.locator('.hint')).toContainText('Hint 1 of 2: A score is twenty.');
		await expect(page.locator('.hint strong').nth(1)).toHaveText('score');
		await expect(page.getByText('Four twenties, then add seven.')).toBeHidden();
		await expect(page.locator('.feedback')).toHaveCount(0);
		await expectNoViolations(page, 'a question between tries');
		await shot(page, 'between-tries', info.project.name);

		// The same answer again would cost a try for nothing: Check waits for a change.
		const again = page.getByRole('button', { name: 'Check try 2 of 3' });
		await expect(again).toBeDisabled();
		await page.getByRole('button', { name: 'Show the next hint' }).tap();
		await expect(page.getByText('Four twenties, then add seven.')).toBeVisible();
		await answer.fill('87');
		await again.tap();

		await expect(page.locator('.feedback .verdict')).toHaveText(/Right, for 67% of the point/);
		// Right in the end: the answer is not shown again as if it were missed.
		await expect(page.locator('.feedback')).not.toContainText('The answer:');
		await expect(page.locator('.feedback')).toContainText(
			'Right at the 2nd try: 67% of the point.'
		);
		// Hints are for before the answer is final.
		await expect(page.getByRole('button', { name: /hint/ })).toHaveCount(0);
		await shot(page, 'after-second-try', info.project.name);

		await page.getByRole('button', { name: 'See results' }).tap();
		await expect(page.locator('.score')).toContainText('0.7 out of 1');
		await expect(page.locator('.review .used')).toHaveText('2 tries · 2 hints');
		await expect(page.locator('.review li').first()).toContainText('◐ Right, for 67% of the point');
		await expect(page.locator('.review li').first()).not.toContainText('The answer');
		await expect(page.locator('.tries-note')).toContainText(
			'This quiz allowed 3 tries a question; each try after the first cost 33% of the point'
		);
		await shot(page, 'results', info.project.name);

		// Kept on the device: the answer with its tries and hints, and /progress/ says so.
		await page.goto(`${site}progress/`);
		await expect(page.locator('.helped')).toHaveText(
			'1 answer took more than one try · 2 hints used'
		);
	});

	test('three wrong tries: the answer is final, worth nothing, and the right answer is shown', async ({
		page
	}) => {
		await page.goto(`${site}${MODULE}/quiz/play/?preset=tries&seed=tries2`);
		const answer = page.getByRole('textbox');
		for (const [i, wrong] of ['80', '70', '60'].entries()) {
			await answer.fill(wrong);
			await page
				.getByRole('button', { name: i ? `Check try ${i + 1} of 3` : 'Check', exact: true })
				.tap();
		}
		await expect(page.locator('.feedback .verdict')).toHaveText(/Not quite/);
		await expect(page.locator('.feedback')).toContainText('The answer:');
		await expect(page.locator('.feedback')).toContainText('Your best try earned 0% of the point.');
	});

	test('moving on between tries keeps the best try so far', async ({ page }) => {
		await page.goto(`${site}${MODULE}/quiz/play/?preset=tries&seed=tries3`);
		await page.getByRole('textbox').fill('80');
		await page.getByRole('button', { name: 'Check', exact: true }).tap();
		await expect(page.locator('.try .verdict')).toBeVisible();
		await page.getByRole('button', { name: 'See results' }).tap();
		await expect(page.locator('.score')).toContainText('0 out of 1');
		await expect(page.locator('.review .used')).toHaveText('1 hint');
	});

	test('the printed worksheet has no hints; the teacher view shows every one', async ({ page }) => {
		await page.goto(`${site}${MODULE}/quiz/print/?preset=tries&seed=tries1&key=1`);
		await expect(page.getByText('four score and seven', { exact: false }).first()).toBeVisible();
		await expect(page.getByText('A score is twenty')).toHaveCount(0);
		await page.goto(`${site}${MODULE}/teacher/`);
		await expect(page.getByText('Hint 1:')).toBeVisible();
		await expect(page.locator('.hint')).toContainText([
			'Hint 1: A score is twenty.',
			'Hint 2: Four twenties, then add seven.',
			'Hint: Read the second paragraph.'
		]);
	});
});

// Review pacing, on the shipped module (both projects).
test.describe('review the student can pace', () => {
	const glossary = readGlossary();
	const day = 24 * 60 * 60 * 1000;

	test('the settings are kept on the device, and the daily limit of new words holds', async ({
		page
	}, info) => {
		await page.goto('progress/');
		const settings = page.getByRole('region', { name: 'Review settings' });
		await settings.getByLabel('New words a day').fill('2');
		await settings.getByLabel('New words a day').press('Tab');
		await settings.getByLabel('Desired retention').selectOption('80');
		await expect(settings.getByRole('status')).toHaveText('Saved on this device.');
		await expect(settings).toContainText('Desired retention is the chance of still remembering');
		await expect
			.poll(() => storedRecord(page, 'settings'))
			.toEqual({ v: SCHEMA_VERSION, cardFront: 'term', newWords: 2, retention: 0.8 });
		await shot(page, 'progress-settings', info.project.name);

		// A round offers two new words; after them, today's limit is reached.
		await page.goto(WORD_REVIEW);
		await expect(page.getByText('2 cards left in this round')).toBeVisible();
		for (let i = 0; i < 2; i++) {
			await showMeaning(page);
			await page.getByRole('button', { name: 'I knew it' }).click();
		}
		await expect(page.getByRole('heading', { name: 'Round finished' })).toBeVisible();
		await expect(page.locator('.done')).toContainText('Today’s limits are reached (2 new words');
		await expect(page.getByRole('button', { name: /Another round/ })).toHaveCount(0);

		// Kept after a reload.
		await page.goto('progress/');
		await expect(page.getByLabel('New words a day')).toHaveValue('2');
		await expect(page.getByLabel('Desired retention')).toHaveValue('80');
		await expect(page.locator('.words')).toContainText('Today’s limits are reached');
	});

	test('a word missed 4 times is marked hard, and its card offers the paragraph to re-read; /progress/ shows the reviews due', async ({
		page
	}, info) => {
		await page.goto(WORD_REVIEW);
		await expect(page.locator('.card')).toBeVisible();
		const term = glossary.find((entry) => entry.term === 'ISIS') ?? glossary[0]!;
		const start = Date.now() - 10 * day;
		await plantRecords(
			page,
			[0, 2, 4, 6].map((offset, i) => [
				`word:${SLUG}:hard-${i}`,
				{ v: SCHEMA_VERSION, module: SLUG, term: term.id, knew: false, at: start + offset * day }
			])
		);
		await page.goto('progress/');
		const forecast = page.locator('.forecast').first();
		await expect(forecast).toContainText('Today 1');
		await expect(forecast.locator('li')).toHaveCount(7);
		await shot(page, 'progress-forecast', info.project.name);
		await expectNoViolations(page, 'the progress page with settings and forecast');

		await page.goto(WORD_REVIEW);
		// The round holds the due word among new ones.
		await expect(page.locator('.card .term')).toBeVisible();
		for (
			let i = 0;
			i < 10 && (await page.locator('.card .term').textContent()) !== term.term;
			i++
		) {
			await showMeaning(page);
			await page.getByRole('button', { name: 'I knew it' }).click();
		}
		await expect(page.locator('.card .term')).toHaveText(term.term);
		await showMeaning(page);
		const hard = page.locator('.card .hard');
		await expect(hard).toContainText('Marked hard: “Not yet” 4 times.');
		await shot(page, 'hard-word', info.project.name);
		await hard.getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`${SLUG}/#p-\\d+$`));
	});
});
