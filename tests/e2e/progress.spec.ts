import { expect, test } from '@playwright/test';
import { SLUG } from './helpers';

const LINK = `${SLUG}/quiz/play/?types=single&count=3&seed=resume-1`;

test('closing the tab mid-quiz and opening the same link resumes where the student was', async ({
	context
}) => {
	let page = await context.newPage();
	await page.goto(LINK);
	await page.waitForLoadState('networkidle');
	await page.locator('.choice').first().click();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('.feedback')).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.locator('.choice').nth(1).click();
	const prompt = await page.locator('.prompt').textContent();
	// Saving is debounced a little; the test waits for the record rather than a fixed time.
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const open = indexedDB.open('lectern');
						open.onsuccess = () => {
							const tx = open.result.transaction('progress', 'readonly');
							const all = tx.objectStore('progress').getAllKeys();
							all.onsuccess = () =>
								resolve(all.result.filter((k) => String(k).startsWith('quiz:')).length);
						};
						open.onerror = () => resolve(0);
					})
			)
		)
		.toBe(1);
	await page.close();

	page = await context.newPage();
	await page.goto(LINK);
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	await expect(page.locator('.prompt')).toHaveText(prompt!);
	await expect(page.locator('.choice.chosen')).toHaveCount(1);
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.locator('.feedback')).toBeVisible();
});
