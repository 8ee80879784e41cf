import AxeBuilder from '@axe-core/playwright';
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

test('the progress page shows a finished quiz, offers to retry mistakes, and passes axe', async ({
	page,
	isMobile
}) => {
	await page.goto(`${SLUG}/quiz/play/?types=true-false&count=2&seed=progress-1`);
	await page.waitForLoadState('networkidle');
	for (const step of ['first', 'second']) {
		const option = page.locator('.choice').first();
		if (isMobile) await option.tap();
		else await option.click();
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: step === 'first' ? 'Next' : 'See results' }).click();
	}
	await expect(page.getByRole('heading', { name: /^Your results/ })).toBeVisible();
	await page.getByRole('link', { name: 'Progress' }).click();
	await expect(page.getByText(/questions right at your latest try/)).toBeVisible();
	await expect(page.getByText('1 quiz finished')).toBeVisible();
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations).toEqual([]);

	// A backup restored onto the same device adds nothing; a wrong file changes nothing.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download my progress' }).click()
	]);
	const file = await download.path();
	await page.locator('input[type=file]').setInputFiles(file!);
	await expect(page.locator('.backup [role=status]')).toHaveText(/already here/);
	await page.locator('input[type=file]').setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('[1,2]')
	});
	await expect(page.locator('.backup [role=status]')).toHaveText(/not a Lectern backup/);
	await expect(page.getByText('1 quiz finished')).toBeVisible();
});

test('two tabs: answers given in one appear on the progress page open in the other', async ({
	context
}) => {
	const progress = await context.newPage();
	await progress.goto('progress/');
	await expect(progress.getByText('No answers yet.')).toBeVisible();
	const quiz = await context.newPage();
	await quiz.goto(`${SLUG}/quiz/play/?types=true-false&count=1&seed=two-tabs`);
	await quiz.waitForLoadState('networkidle');
	await quiz.locator('.choice').first().click();
	await quiz.getByRole('button', { name: 'Check' }).click();
	await expect(progress.getByText(/of 1 questions right at your latest try/)).toBeVisible();
});
