import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SEARCH_FILE } from '../../src/lib/search/file';
import { SLUG, settled, serviceWorkerActive } from './helpers';

// This file tries the service worker (offline use, keeping, updates): the config blocks it
// elsewhere, where it would only spend each test's CPU downloading the module in the background.
test.use({ serviceWorkers: 'allow' });

async function openSearch(page: Page) {
	await page.goto(`${SLUG}/`);
	await settled(page);
	await page.keyboard.press('/');
	// The box is in the header of every page; typing opens the results page.
	await expect(
		page.getByRole('searchbox', { name: 'Search the articles, glossary and questions' })
	).toBeFocused();
}

test('/ focuses the header search; results appear as you type, grouped, with the words highlighted', async ({
	page
}) => {
	await openSearch(page);
	await page.keyboard.type('withdrawal timetable');
	await expect(page.locator('#search-status')).toHaveText(/^\d+ results$/);
	await expect(page).toHaveURL(/\?q=withdrawal\+timetable/);
	const headings = page.locator('.results h2');
	await expect(headings.first()).toHaveText(/^Article/);
	await expect(page.getByRole('heading', { name: /^Glossary/ })).toBeVisible();
	const firstArticle = page.locator('section[aria-labelledby="results-paragraph"] a').first();
	await expect(firstArticle.locator('mark').first()).toHaveText(/timetable|withdrawal/i);
});

test('arrow keys and Enter open a paragraph, highlighted; Back returns to the results', async ({
	page
}) => {
	await openSearch(page);
	await page.keyboard.type('timetable');
	await expect(page).toHaveURL(/\/search\/\?q=timetable$/);
	await expect(page.locator('#search-status')).toHaveText(/results/);
	await page.keyboard.press('ArrowDown');
	const first = page.locator('.results a').first();
	await expect(first).toBeFocused();
	await page.keyboard.press('ArrowDown');
	const second = page.locator('.results a').nth(1);
	await expect(second).toBeFocused();
	const title = (await second.locator('.title').textContent())!;
	const paragraph = /Paragraph (\d+)/.exec(title)![1];
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${SLUG}/\\?words=.*#p-${paragraph}$`));
	const target = page.locator(`#p-${paragraph}`);
	await expect(target.locator('mark').first()).toHaveText(/timetable/i);
	await expect(target).toBeInViewport();
	await page.goBack();
	await expect(page).toHaveURL(/\/search\/\?q=timetable$/);
	await expect(page.getByRole('searchbox', { name: /Search the articles/ })).toHaveValue(
		'timetable'
	);
	await expect(page.locator('.results a').first()).toBeVisible();
});

test('letters typed while the results page is still opening are kept (a slow phone)', async ({
	page
}) => {
	await openSearch(page);
	// A slow phone: the results page takes longer to open than the student takes to type on.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
	await page.keyboard.type('timetable', { delay: 100 });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await expect(page).toHaveURL(/\/search\/\?q=timetable$/);
	const box = page.getByRole('searchbox', { name: /Search the articles/ });
	await expect(box).toHaveValue('timetable');
	await expect(page.locator('#search-status')).toHaveText(/results/);
});

test('a glossary result opens the entry on the glossary page', async ({ page, isMobile }) => {
	await page.goto('search/?q=placate');
	const result = page.locator('section[aria-labelledby="results-term"] a').first();
	await expect(result).toContainText('placate');
	if (isMobile) await result.tap();
	else await result.click();
	await expect(page).toHaveURL(new RegExp(`${SLUG}/glossary/#placate$`));
	await expect(page.locator('#placate')).toBeInViewport();
});

test('a question result opens a practice quiz with that question', async ({ page }) => {
	await page.goto('search/?q=jockeying');
	const result = page.locator('section[aria-labelledby="results-question"] a').first();
	const prompt = (await result.locator('.title').textContent())!.trim();
	await result.click();
	await expect(page).toHaveURL(/quiz\/play\/\?ids=/);
	await expect(page.locator('.prompt')).toHaveText(prompt);
	await expect(page.getByText('Question 1 of 1')).toBeVisible();
});

test('strange queries never break the page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('search/');
	await page.waitForLoadState('networkidle');
	const box = page.getByRole('searchbox', { name: /Search the articles/ });
	for (const query of ['title:', '~', 'foo~x', '-', '+*', '"unclosed', '((', 'the', '***']) {
		await box.fill(query);
		await expect(page.locator('#search-status')).toHaveText(/too common|Type a word|results?/);
	}
	await box.fill('the');
	await expect(page.locator('#search-status')).toHaveText(/too common/);
	await box.press('Escape');
	await expect(box).toHaveValue('');
	expect(errors).toEqual([]);
});

test('a search index that cannot be loaded says so, and how to recover', async ({ page }) => {
	await page.route(`**/${SEARCH_FILE}`, (route) => route.fulfill({ status: 404, body: '' }));
	await page.goto('search/?q=sadr');
	await expect(page.locator('#search-status')).toHaveText(
		'The search index could not be loaded (404). Reload the page to try again.'
	);
});

test('search results page has no axe violations', async ({ page }) => {
	await page.goto('search/?q=sadr');
	await expect(page.locator('.results a').first()).toBeVisible();
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations).toEqual([]);
});

test('search works offline once the service worker is active', async ({ page, context }) => {
	await page.goto('./');
	await serviceWorkerActive(page);
	// The versioned search file is precached with the pages.
	expect(await page.evaluate((file) => caches.match(file).then(Boolean), SEARCH_FILE)).toBe(true);
	await context.setOffline(true);
	await page.goto('search/?q=sadr');
	await expect(page.locator('.results a').first()).toContainText(/Sadr/);
	await expect(page.getByText('You are offline')).toBeVisible();
});

test.describe('without a service worker', () => {
	test.use({ serviceWorkers: 'block' });
	test('the offline test above is genuine: blocked workers mean no offline page', async ({
		page,
		context
	}) => {
		await page.goto('./');
		await context.setOffline(true);
		await expect(page.goto('search/?q=sadr')).rejects.toThrow();
	});
});
