import { expect, test } from '@playwright/test';
import { SLUG, playUrl, readQuestions } from './helpers';

// Issue 20, failures 3, 4 and 6: focus is never dropped to the page, and `/` jumps to search only
// when focus is on no control (WCAG 2.4.3, 2.1.4).

const focusedName = (page: import('@playwright/test').Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		return el === document.body ? 'body' : (el?.textContent ?? '').trim() || el?.tagName;
	});

test('“Show a hint” keeps focus on itself, says it is open, and shows the hint', async ({
	page
}) => {
	const withHint = readQuestions().find((q) => (q as { hint?: string }).hint)!;
	await page.goto(playUrl({ ids: withHint.id, seed: 'hint' }));
	await page.waitForLoadState('networkidle');
	const toggle = page.getByRole('button', { name: 'Show a hint' });
	await toggle.focus();
	await page.keyboard.press('Enter');
	const open = page.getByRole('button', { name: 'Hide the hint' });
	await expect(open).toBeFocused();
	await expect(open).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('.hint')).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('.hint')).toBeHidden();
	await expect(toggle).toBeFocused();
});

test('erasing progress: the question takes focus on “Keep it”, and focus comes back after', async ({
	page
}) => {
	await page.goto('progress/');
	await page.waitForLoadState('networkidle');
	const erase = page.getByRole('button', { name: 'Erase my progress' });
	await erase.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(erase).toBeFocused();

	await page.keyboard.press('Enter');
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('button', { name: 'Yes, erase' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'was erased' })).toBeVisible();
	await expect(erase).toBeFocused();
	expect(await focusedName(page)).not.toBe('body');
});

test('“/” goes to search from the page, not from a control the student just used', async ({
	page
}) => {
	await page.goto(playUrl({ types: 'true-false', count: '2', seed: 'slash' }));
	await page.waitForLoadState('networkidle');
	const search = page.getByRole('searchbox');
	await page.getByRole('button', { name: 'Next', exact: true }).focus();
	await page.keyboard.press('/');
	await expect(search).not.toBeFocused();

	await page.goto(`${SLUG}/`);
	await page.waitForLoadState('networkidle');
	await page.locator('h1').click();
	await page.keyboard.press('/');
	await expect(search).toBeFocused();
});
