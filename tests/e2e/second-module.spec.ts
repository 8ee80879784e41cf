import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import {
	ARTICLE,
	GLOSSARY,
	QUIZ,
	SLUG,
	TEACHER,
	openTerm,
	player,
	settled,
	offlineAfterOneVisit
} from './helpers';
import { buildVariant, serveStatic } from './static-site';
import { installabilityErrors } from './install';

// This file tries the service worker (offline use, keeping, updates): the config blocks it
// elsewhere, where it would only spend each test's CPU downloading the module in the background.
test.use({ serviceWorkers: 'allow' });

// The site built again from content/ plus a second module (a fixture), under a base path and
// served by a plain static server: a new article is a folder, and the site works from a sub-path.
const SECOND = 'gettysburg-address-1863';
const BASE = '/lectern';
const PORT = Number(process.env.SECOND_SITE_PORT ?? 4612);
const site = `http://localhost:${PORT}${BASE}/`;
const work = resolve('test-results/second-site');
let server: Server | undefined;

test.describe('a second module, built into the site under a base path', () => {
	test.describe.configure({ mode: 'serial' });
	test.skip(({ isMobile }) => isMobile, 'one extra build is enough: checked on desktop');

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		rmSync(work, { recursive: true, force: true });
		mkdirSync(work, { recursive: true });
		for (const folder of ['content', 'questions']) {
			cpSync(folder, `${work}/${folder}`, { recursive: true });
			cpSync(`tests/fixtures/second-module/${folder}`, `${work}/${folder}`, { recursive: true });
		}
		buildVariant({
			out: work,
			contentDir: `${work}/content`,
			questionsDir: `${work}/questions`,
			basePath: BASE
		});
		server = await serveStatic(`${work}/build`, BASE, PORT);
	});

	test.afterAll(() => {
		server?.close();
	});

	test('appears on the home page beside the first', async ({ page }) => {
		await page.goto(site);
		const modules = page.locator('.modules h2');
		await expect(modules).toHaveText(['The Gettysburg Address', /Al Kadhimi/]);
		await page.getByRole('link', { name: 'The Gettysburg Address' }).click();
		await expect(page).toHaveURL(`${site}${SECOND}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Gettysburg Address');
		await expect(page.locator('aside.credit')).toContainText(
			'Library of Congress (Bliss copy, public domain)'
		);
	});

	test('its article marks its own glossary terms, and the glossary lists them', async ({
		page
	}) => {
		await page.goto(`${site}${SECOND}/`);
		await settled(page);
		const term = page.locator('#p-3 button.term', { hasText: 'consecrate' });
		await openTerm(term, () => term.click());
		await expect(page.locator('.tip')).toContainText(/./);
		await page.keyboard.press('Escape');
		await expect(page.locator('.tip')).toBeHidden();

		await page.goto(`${site}${SECOND}/glossary/`);
		await expect(page.locator('dt, h3').filter({ hasText: 'consecrate' }).first()).toBeVisible();
		// Terms of the first module stay with the first module.
		await expect(page.getByText('Mustafa Al Kadhimi')).toHaveCount(0);
	});

	test('its quiz asks its own questions and gives feedback', async ({ page }) => {
		await page.goto(`${site}${SECOND}/quiz/play/?ids=war&seed=s`);
		const p = player(page);
		await expect(p.prompt).toHaveText(
			'What kind of war does Lincoln say the nation is engaged in?'
		);
		await page.getByText('A civil war').click();
		await p.check.click();
		await expect(p.verdict).toContainText('Correct');
		await page.getByRole('link', { name: /Show in the article/ }).click();
		await expect(page).toHaveURL(new RegExp(`${BASE}/${SECOND}/\\?mark=.*#p-2$`));
		// Several <mark>s when glossary terms cut the sentence; together they read as the sentence.
		const marks = page.locator('#p-2 mark');
		await expect(marks.first()).toBeVisible();
		await expect
			.poll(async () => (await marks.allTextContents()).join(''))
			.toBe(
				'Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived and so dedicated, can long endure.'
			);
	});

	test('search finds both modules, and links stay under the base path', async ({ page }) => {
		await page.goto(`${site}search/?q=consecrate`);
		const first = page.locator('#main li a').first();
		await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}/${SECOND}/`));
		await page.goto(`${site}search/?q=sadr`);
		await expect(page.locator('#main li a').first()).toHaveAttribute(
			'href',
			new RegExp(`^${BASE}/${SLUG}/`)
		);
	});

	test('an unknown address shows the site’s own “Page not found”', async ({ page }) => {
		const response = await page.goto(`${site}no-such-module/`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await page.getByRole('link', { name: 'See all study modules' }).click();
		await expect(page).toHaveURL(site);
	});

	test('works offline after one visit, from the sub-path', async ({ page, context }) => {
		await offlineAfterOneVisit(page, context, site);
		await page.goto(`${site}${SECOND}/glossary/`);
		await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
		// A link, without a full load: the page's data comes from the worker too.
		await page
			.getByRole('navigation', { name: 'This module' })
			.getByRole('link', { name: 'Quiz' })
			.click();
		await expect(page.getByRole('link', { name: /^Start/ }).first()).toBeVisible();
		await expect(page.getByText('Something went wrong')).toHaveCount(0);
		await page.goto(`${site}no-such-page/`);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await page.goto(`${site}search/?q=hallow`);
		await expect(page.locator('#main li a').first()).toHaveAttribute(
			'href',
			new RegExp(`^${BASE}/${SECOND}/`)
		);
		await context.setOffline(false);
	});

	test('installs to a home screen from the sub-path', async () => {
		const { errors, manifest } = await installabilityErrors(site);
		expect(errors).toEqual([]);
		expect(manifest).toEqual({ url: `${site}manifest.webmanifest`, errors: [] });
	});

	test('the first module reads exactly as in the main build', async ({ page, baseURL }) => {
		const mainText = async (p: Page, url: string) => {
			await p.goto(url);
			await expect(p.locator('#main h1').first()).toBeVisible();
			// The read-aloud bar's ⚙ comes 1.5 s after load on a browser with no voice: not the text.
			return p.locator('#main').evaluate((main: HTMLElement) => {
				for (const bar of main.querySelectorAll('.read-aloud')) bar.remove();
				return main.innerText;
			});
		};
		for (const path of [ARTICLE, GLOSSARY, QUIZ, TEACHER]) {
			const alone = await mainText(page, `${baseURL}${path}`);
			const beside = await mainText(page, `${site}${path}`);
			expect(beside, `${path} with a second module`).toBe(alone);
		}
	});
});
