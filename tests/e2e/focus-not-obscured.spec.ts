import { expect, test, type Page } from '@playwright/test';
import { inspectFocus } from './focus-checks';
import { ARTICLE, SLUG, playUrl } from './helpers';

// WCAG 2.4.11 Focus Not Obscured (issue 20, failures 1 and 2) and 1.4.11 for the header's focus
// ring (failure 5): at each Tab stop the focused control is not under a sticky or fixed bar.

/** How many pixels of the focused element a sticky or fixed element covers, and what it is. */
const hiddenPixels = (page: Page) => inspectFocus(page, 'forward');

async function walk(page: Page, key: 'Tab' | 'Shift+Tab', stops: number) {
	for (let i = 0; i < stops; i++) {
		await page.keyboard.press(key);
		const { hidden, what } = await hiddenPixels(page);
		expect(hidden, `stop ${i + 1} (${key}): ${what}`).toBeLessThanOrEqual(2);
	}
}

test('tabbing backwards through the article at 320 px never puts focus under the module tabs', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 568 });
	await page.goto(ARTICLE);
	await page.waitForLoadState('networkidle');
	await page.locator('main a, main button').last().focus();
	await walk(page, 'Shift+Tab', 40);
});

test('tabbing through a matching question at 1280×800 never puts focus under the quiz bar', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(playUrl({ types: 'match', count: '2', seed: 'focus-match' }));
	await expect(page.locator('.card .prompt')).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.locator('.card .prompt').click();
	await walk(page, 'Tab', 20);
});

test('moving an item down at 320×568 keeps it and its button clear of the quiz bar', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 568 });
	await page.goto(playUrl({ types: 'order', count: '1', seed: 'focus-order' }));
	await page.waitForLoadState('networkidle');
	const down = page.getByRole('button', { name: /^Move down:/ }).first();
	await down.focus();
	for (let i = 0; i < 4; i++) {
		await page.keyboard.press('Enter');
		const { hidden, what } = await hiddenPixels(page);
		expect(hidden, what).toBeLessThanOrEqual(2);
	}
});

test('on a short screen (400% zoom) the bars do not stick, so nothing is hidden', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 200 });
	await page.goto(playUrl({ types: 'true-false', count: '2', seed: 'focus-short' }));
	await page.waitForLoadState('networkidle');
	for (const bar of ['.module-nav', '.quiz-bar'])
		expect(await page.locator(bar).evaluate((el) => getComputedStyle(el).position)).toBe('static');
});

test('the focus ring in the header stands out from it (3:1)', async ({ page }) => {
	await page.goto(`${SLUG}/`);
	const progress = page.locator('header.site').getByRole('link', { name: 'Progress' });
	await progress.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(progress).toBeFocused();
	const { ratio } = await inspectFocus(page, 'forward');
	expect(ratio).toBeGreaterThanOrEqual(3);
});
