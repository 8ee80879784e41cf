import { expect, test, type Page } from '@playwright/test';
import { SLUG, plain, player, playUrl, readQuestions, settled, squash } from './helpers';

const printUrl = (query: string) => `${SLUG}/quiz/print/?${query}`;
const sheetPrompts = (page: Page) =>
	page
		.locator('.questions > li > .prompt')
		.evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** Pages in a PDF made by Chromium: one `/Type /Page` object each (the `/Pages` tree excluded). */
const pageCount = (pdf: Buffer) =>
	(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

test.describe('printable quiz', () => {
	test('“Print this quiz” prints the quiz on screen, same questions, same order, same code', async ({
		page
	}) => {
		await page.goto(playUrl({ preset: 'full', seed: 'class7' }));
		const p = player(page);
		await expect(p.counter).toHaveText(/^Question 1 of /);
		const total = Number((await p.counter.textContent())!.match(/of (\d+)/)![1]);
		const firstOnScreen = squash((await p.prompt.textContent())!);
		await settled(page);
		await page.getByRole('link', { name: 'Print this quiz' }).click();
		await expect(page).toHaveURL(/\/quiz\/print\/\?preset=full&seed=class7$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Full test' })).toBeVisible();
		await expect(page.locator('.sheet .code').first()).toContainText('Quiz code class7');
		const printed = await sheetPrompts(page);
		expect(printed).toHaveLength(total);
		expect(printed[0]).toBe(firstOnScreen);
		// A student's print is the worksheet alone: the answers are not on the page at all.
		await expect(page.getByText('without answers')).toBeVisible();
		await expect(page.getByRole('heading', { name: /Answer key/ })).toHaveCount(0);
		await expect(page.locator('.key')).toHaveCount(0);

		// And back again: the sheet's quiz, on screen.
		await page.getByRole('link', { name: 'Take it on screen' }).click();
		await expect(page).toHaveURL(/\/quiz\/play\/\?preset=full&seed=class7$/);
		await expect(p.prompt).toHaveText(printed[0]!);
	});

	test('a link without a seed gets one, and reprints the same sheet', async ({ page }) => {
		await page.goto(printUrl('preset=quick'));
		await expect(page).toHaveURL(/seed=[\w-]+/);
		const seed = new URL(page.url()).searchParams.get('seed')!;
		await expect(page.locator('.sheet .code').first()).toContainText(`Quiz code ${seed}`);
		const first = await sheetPrompts(page);
		await page.reload();
		await expect(page.locator('.questions > li').first()).toBeVisible();
		expect(await sheetPrompts(page)).toEqual(first);
	});

	test('the quiz screen offers the worksheet, not its answer key', async ({ page }) => {
		await page.goto(playUrl({ preset: 'quick', seed: 'nokey' }));
		await expect(player(page).counter).toBeVisible();
		const link = page.getByRole('link', { name: 'Print this quiz' });
		await expect(link).toHaveAttribute('href', /\?preset=quick&seed=nokey$/);
		await expect(page.getByText(/answer key/i)).toHaveCount(0);
	});

	test('the worksheet alone fits its page; key=1 adds the key on a page of its own', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'print output does not depend on the screen: checked once');
		const one = readQuestions().find((q) => q.type === 'order')!;
		await page.goto(printUrl(`ids=${one.id}&seed=p`));
		await expect(page.locator('.sheet h1')).toBeVisible();
		expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
		await page.goto(printUrl(`ids=${one.id}&key=1&seed=p`));
		await expect(page.locator('.key li').first()).toBeVisible();
		expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(2);
		// “Take it on screen” opens the quiz, not a copy of the key's address.
		await expect(page.getByRole('link', { name: 'Take it on screen' })).toHaveAttribute(
			'href',
			new RegExp(`/quiz/play/\\?ids=${one.id}&seed=p$`)
		);
	});

	test('the key to a put-in-order question gives the number for each lettered box', async ({
		page
	}) => {
		const one = readQuestions().find((q) => q.type === 'order')!;
		await page.goto(printUrl(`ids=${one.id}&key=1&seed=p`));
		// The sheet: a box beside each letter, A to D, for the numbers 1 to 4.
		await expect(page.locator('.boxes li')).toHaveCount(one.items!.length);
		const printed = (await page.locator('.boxes li').allTextContents()).map(squash);
		expect(printed.map((t) => t[0])).toEqual(['A', 'B', 'C', 'D']);
		const keyLine = squash((await page.locator('.key ul li').first().textContent())!);
		expect(keyLine).toMatch(/^A \d · B \d · C \d · D \d$/);
		// Each number is that item's place in the right order.
		const items = one.items!.map(plain);
		for (const [letterIndex, text] of printed.entries()) {
			const number = Number(keyLine.split(' · ')[letterIndex]!.split(' ')[1]);
			expect(text.slice(1).trim()).toBe(items[number - 1]);
		}
	});

	test('prints the worksheet, then the answer key on a page of its own', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'print output does not depend on the screen: checked once');
		const one = readQuestions().find((q) => q.type === 'order')!;
		await page.goto(printUrl(`ids=${one.id}&key=1&seed=p`));
		await expect(page.locator('.key li').first()).toBeVisible();

		// One short question fits one page, so a second page means the key was pushed onto its own.
		expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(2);
		expect(pageCount(await page.pdf({ format: 'Letter' }))).toBe(2);

		await page.emulateMedia({ media: 'print' });
		for (const hidden of [
			'header.site',
			'nav[aria-label="This module"]',
			'.toolbar',
			'footer.site'
		])
			await expect(page.locator(hidden), `${hidden} on paper`).toBeHidden();
		await expect(page.locator('.sheet h1')).toBeVisible();
		await expect(page.locator('.sheet .name')).toContainText('Name');

		await page.goto(printUrl('preset=full&key=1&seed=class7'));
		await expect(page.locator('.key li').first()).toBeVisible();
		expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(2);
	});

	test('a link to a quiz that does not exist says so', async ({ page }) => {
		await page.goto(printUrl('preset=nope'));
		await expect(page.getByRole('heading', { level: 1, name: 'Quiz not found' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Choose a quiz' })).toBeVisible();
	});
});
