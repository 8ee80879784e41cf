import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
	SLUG,
	plantRecords,
	readQuestions,
	refuseStorage,
	storedEntries,
	storedRecord,
	readAndComeBack,
	offlineAfterOneVisit
} from './helpers';

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
	// Saving is asynchronous: wait until the store holds the second question as current,
	// with both choices made so far.
	await expect
		.poll(async () => {
			// Current question (index) and the options chosen so far, as one number: 1 and 2 → 12.
			const [saved] = (await storedEntries(page, 'quiz:')).map(
				([, record]) =>
					record as { index: number; responses: Record<string, { option: number | null }> }
			);
			if (!saved) return -1;
			const chosen = Object.values(saved.responses).filter((r) => r.option !== null).length;
			return saved.index * 10 + chosen;
		})
		.toBe(12);
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
	// Reviews are scheduled in whole days: nothing straight after the quiz, and the page says when.
	await expect(
		page.getByText(
			/^Nothing is due for review today\. Next: [12] questions? (tomorrow|in 3 days)\.$/
		)
	).toBeVisible();
	// Named as the quiz chooser names them, not by their ids.
	const byType = page.getByRole('table', { name: 'By question type' });
	await expect(byType.getByRole('rowheader')).toHaveText(['True or false']);
	await expect(
		page.getByRole('img', {
			name: /^Scores of your last quizzes: .* on \d{1,2} [A-Z][a-z]+ \d{4}: \d+%$/
		})
	).toBeVisible();
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
	// Asking to erase clears that message: it is not about erasing.
	await page.getByRole('button', { name: 'Erase my progress' }).click();
	await expect(page.locator('.backup [role=status]')).toHaveText('');
	await page.getByRole('button', { name: 'Keep it' }).click();
	await expect(page.getByText('1 quiz finished')).toBeVisible();
});

test('two tabs: answers given in one appear on the progress page open in the other', async ({
	context
}) => {
	test.skip(test.info().project.name !== 'desktop', 'storage, not layout: once');
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

test.describe('when the browser refuses storage', () => {
	test.beforeEach(({ context }) => refuseStorage(context));

	test('quizzes still work and a dismissible notice says progress will not be kept', async ({
		page
	}) => {
		await page.goto(`${SLUG}/quiz/play/?types=true-false&count=1&seed=no-storage`);
		const notice = page
			.getByRole('alert')
			.filter({ hasText: 'does not let Lectern store anything' });
		await expect(notice).toBeVisible();
		await page.locator('.choice').first().click();
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.feedback')).toBeVisible();
		await notice.getByRole('button', { name: 'OK' }).click();
		await expect(notice).toBeHidden();
	});
});

test('a damaged record planted in IndexedDB does not break the progress page', async ({ page }) => {
	test.skip(test.info().project.name !== 'desktop', 'storage, not layout: once');
	await page.goto(`${SLUG}/quiz/play/?types=true-false&count=1&seed=damaged`);
	await page.waitForLoadState('networkidle');
	await page.locator('.choice').first().click();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('.feedback')).toBeVisible();
	await plantRecords(page, [[`answer:${SLUG}:broken`, { v: 1, module: 7 }]]);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('progress/');
	await expect(page.getByText(/1 saved record was damaged and set aside/)).toBeVisible();
	await expect(page.getByText(/of 1 questions right at your latest try/)).toBeVisible();
	expect(errors).toEqual([]);
});

test('answers saved by the first version are read, and records from a newer one are kept and reported', async ({
	page
}) => {
	test.skip(test.info().project.name !== 'desktop', 'storage, not layout: once');
	const questions = readQuestions();
	await page.goto('progress/');
	await expect(page.getByText('No answers yet.')).toBeVisible();
	await plantRecords(page, [
		// Version 1 kept one answer a record.
		[
			`answer:${SLUG}:v1-a`,
			{ v: 1, module: SLUG, question: questions[0]!.id, score: 1, correct: true, at: 1 }
		],
		[
			`answer:${SLUG}:v1-b`,
			{ v: 1, module: SLUG, question: questions[1]!.id, score: 0, correct: false, at: 2 }
		],
		[`answer:${SLUG}:from-the-future`, { v: 99, module: SLUG, shape: 'unknown' }]
	]);
	await page.reload();
	await expect(page.getByText('1 of 2 questions right at your latest try')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Retry my mistakes (1)' })).toBeVisible();
	await expect(
		page.getByText('1 saved record was made by a newer version of Lectern and is kept as it is.')
	).toBeVisible();
	// Kept untouched: neither migrated nor set aside.
	const kept = await storedRecord(page, `answer:${SLUG}:from-the-future`);
	expect(kept).toEqual({ v: 99, module: SLUG, shape: 'unknown' });
});

test.describe('with the service worker', () => {
	// Blocked elsewhere (playwright.config.ts): this test is about offline use.
	test.use({ serviceWorkers: 'allow' });
	test('offline, the app’s own links work: module card, tabs, a quiz, its evidence link, a search result', async ({
		page,
		context
	}) => {
		await offlineAfterOneVisit(page, context);
		await expect(page.getByRole('status')).toContainText(
			'You are offline. Modules kept on this device still work, with their quizzes and search.'
		);
		// Links move between pages without a full load: each fetches the page's data (__data.json).
		await page.locator('main a[href$="/kadhimi-us-troops-2021/"]').first().click();
		await expect(page.locator('article p[id^="p-"]').first()).toBeVisible();
		const tabs = page.getByRole('navigation', { name: 'This module' });
		await tabs.getByRole('link', { name: 'Glossary' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
		await tabs.getByRole('link', { name: 'Quiz' }).click();
		await page
			.getByRole('link', { name: /^Start/ })
			.first()
			.click();
		await expect(page.getByRole('region', { name: 'Question 1' })).toBeVisible();
		await tabs.getByRole('link', { name: 'Quiz' }).click();
		// The chooser's own form, also without a full load.
		await page.getByRole('checkbox', { name: 'True or false' }).check();
		await page.getByRole('button', { name: 'Start my quiz' }).click();
		await page.locator('.choice').first().click();
		await page.getByRole('button', { name: 'Check' }).click();
		await page
			.getByRole('link', { name: /^Show in the article/ })
			.first()
			.click();
		await expect(page.locator('article mark').first()).toBeVisible();

		await page.getByRole('searchbox', { name: /Search the articles/ }).fill('sadr');
		await page.keyboard.press('Enter');
		await page.locator('#main li a').first().click();
		await expect(page.locator('main h1').first()).toBeVisible();
		await expect(page.getByText('Something went wrong')).toHaveCount(0);

		// An address that was never part of the site: the site's own page, not the browser's error.
		await page.goto('no-such-page/');
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await context.setOffline(false);
	});
});

test.describe('with the service worker', () => {
	// Blocked elsewhere (playwright.config.ts): this test is about offline use.
	test.use({ serviceWorkers: 'allow' });
	test('a day offline: after one visit, every page, a quiz and search work, and the answers are kept', async ({
		page,
		context
	}) => {
		await offlineAfterOneVisit(page, context);
		for (const path of [`${SLUG}/`, `${SLUG}/glossary/`, `${SLUG}/quiz/`, 'progress/', 'search/']) {
			await page.goto(path);
			await expect(page.locator('main h1').first()).toBeVisible();
		}
		await page.goto(`${SLUG}/quiz/play/?types=single&count=1&seed=offline-day`);
		await page.locator('.choice').first().click();
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.feedback')).toBeVisible();
		await page.goto('search/?q=sadr');
		await expect(page.locator('.search-results a').first()).toBeVisible();
		await page.goto('progress/');
		await expect(page.getByText(/of 1 questions right at your latest try/)).toBeVisible();
		await context.setOffline(false);
		await page.reload();
		await expect(page.getByText(/of 1 questions right at your latest try/)).toBeVisible();
	});
});

test('the article offers to continue reading where the student left off', async ({ page }) => {
	const { place, offer } = await readAndComeBack(page);
	await offer.click();
	await expect(page).toHaveURL(new RegExp(`#p-${place}$`));
	await expect(page.locator(`#p-${place}`)).toBeInViewport();
});

test('download a backup, erase, restore it: the progress page shows the same figures', async ({
	page
}) => {
	test.skip(test.info().project.name !== 'desktop', 'storage, not layout: once');
	await page.goto(`${SLUG}/quiz/play/?types=true-false&count=2&seed=backup-cycle`);
	await page.waitForLoadState('networkidle');
	for (const step of ['Next', 'See results']) {
		await page.locator('.choice').first().click();
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: step }).click();
	}
	await page.getByRole('link', { name: 'Progress' }).click();
	const figures = page.locator('.totals');
	await expect(figures).toContainText('1 quiz finished');
	const before = await figures.textContent();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download my progress' }).click()
	]);
	const file = (await download.path())!;
	await page.getByRole('button', { name: 'Erase my progress' }).click();
	await page.getByRole('button', { name: 'Yes, erase' }).click();
	await expect(page.getByText('No answers yet.')).toBeVisible();

	await page.locator('input[type=file]').setInputFiles(file);
	await expect(page.locator('.backup [role=status]')).toHaveText(
		/^Restored \d+ records? from the backup\.$/
	);
	await expect(figures).toHaveText(before!);
});
