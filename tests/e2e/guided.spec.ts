import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ARTICLE, SLUG, offlineAfterOneVisit, readSeed, squash, storedRecord } from './helpers';

/*
 * Guided reading of the shipped module: its default checkpoints (src/lib/reading/guided-plan.ts)
 * come after paragraphs 3, 8, 12, 15, 18, 22, 26 and 30, the first a true-false question.
 */
const GUIDED = `${SLUG}/guided/`;
const CHECKPOINTS = [3, 8, 12, 15, 18, 22, 26, 30];
const seed = readSeed();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const checkpoints = (page: Page) => page.locator('section.checkpoint');
const paragraphs = (page: Page) => page.locator('article .para');
const checkButton = (section: Locator) =>
	section.getByRole('button', { name: /^Check( try \d of \d)?$/ });

async function expectNoViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** Answers the open checkpoint wrongly or at random until it is settled (two tries at most). */
async function settle(section: Locator) {
	for (let attempt = 0; attempt < 2 && (await checkButton(section).count()); attempt++) {
		const choices = section.locator('.choice');
		if (await choices.count()) await choices.nth(attempt).click();
		else
			await section
				.getByRole('button', { name: /^Move down/ })
				.first()
				.click();
		await checkButton(section).click();
	}
	await expect(section.locator('.feedback .verdict')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
	await page.goto(GUIDED);
	await expect(checkpoints(page)).toHaveCount(1);
});

test('shows the article up to the first checkpoint, the rest absent for a screen reader too', async ({
	page
}) => {
	await expect(paragraphs(page)).toHaveCount(CHECKPOINTS[0]!);
	await expect(page.locator('#p-4')).toHaveCount(0);
	const tree = squash(await page.locator('main').ariaSnapshot());
	expect(tree).toContain(squash(seed.paragraphs[0]!).slice(0, 60));
	expect(tree).toContain('Check your reading');
	expect(tree).not.toContain(squash(seed.paragraphs[3]!).slice(0, 60));
	expect(tree).not.toContain(squash(seed.paragraphs.at(-1)!).slice(0, 60));
	await expectNoViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoViolations(page);
});

test('a wrong try, then the right answer, reveals the next part; two wrong tries show the answer and its evidence', async ({
	page
}) => {
	// Eight checkpoints, each answered: longer than most tests on this shared machine.
	test.slow();
	const first = checkpoints(page).first();
	await expect(first.locator('.prompt')).toContainText('firm deadline');
	// Wrong (the statement is false), then right at the second try.
	await first.getByText('True', { exact: true }).click();
	await checkButton(first).click();
	await expect(first.locator('.try .verdict')).toContainText('try again (1 try left)');
	await expect(page.locator('#p-4')).toHaveCount(0);
	await first.getByText('False', { exact: true }).click();
	await first.getByRole('button', { name: 'Check try 2 of 2' }).click();
	// Right at the second try earns two thirds of the point, as in a quiz with tries.
	await expect(first.locator('.feedback .verdict')).toContainText('Right, for 67% of the point');
	await expect(page.locator('#p-4')).toBeVisible();
	await expect(paragraphs(page)).toHaveCount(CHECKPOINTS[1]!);

	// Continue reading takes keyboard and screen-reader users to the new part.
	await first.getByRole('button', { name: 'Continue reading' }).click();
	await expect(page.locator('#p-4')).toBeFocused();

	await settle(checkpoints(page).nth(1));
	// The third (what the article is about), answered wrongly twice: the answer is shown and its
	// evidence marked in the text above.
	const third = checkpoints(page).nth(2);
	await third.getByText('A profile of the leaders of ISIS').click();
	await checkButton(third).click();
	await expect(third.locator('.try .verdict')).toContainText('Not yet');
	await third.getByText('The results of Iraq’s October elections').click();
	await checkButton(third).click();
	await expect(third.locator('.feedback .verdict')).toContainText('Not quite');
	await expect(third.locator('.feedback .answer')).toContainText(
		'Al Kadhimi’s position on US troops'
	);
	await expect(
		page.locator('article .para mark', { hasText: 'Chief on the agenda in Washington' })
	).toBeVisible();
	await expect(paragraphs(page)).toHaveCount(CHECKPOINTS[3]!);

	for (let k = 3; k < CHECKPOINTS.length; k++) {
		await settle(checkpoints(page).nth(k));
		await expect(paragraphs(page)).toHaveCount(CHECKPOINTS[k + 1] ?? seed.paragraphs.length);
	}
	await expect(paragraphs(page)).toHaveCount(seed.paragraphs.length);
	await expect(page.getByRole('heading', { name: 'You have read the whole text' })).toBeVisible();
	await expect(page.getByText(/of 8 questions right at the first try/)).toBeVisible();

	await expectNoViolations(page);
	// The answers count in My progress like quiz answers.
	await page.goto('progress/');
	await expect(page.locator('main')).toContainText(/questions? right/);
});

test('the evidence link of a checkpoint shows the paragraph above, staying in guided reading', async ({
	page
}) => {
	const first = checkpoints(page).first();
	await first.getByText('False', { exact: true }).click();
	await checkButton(first).click();
	const link = first.getByRole('link', { name: /^Show in the text\s*: paragraph 3$/ });
	await expect(link).toBeVisible();
	const address = page.url();
	await link.click();
	await expect(page.locator('#p-3')).toBeFocused();
	await expect(page.locator('#p-3')).toBeInViewport();
	expect(page.url()).toBe(address);
	await expect(checkpoints(page)).toHaveCount(2);
});

test('a reload, or coming back another day, resumes at the same checkpoint', async ({ page }) => {
	const first = checkpoints(page).first();
	await first.getByText('False', { exact: true }).click();
	await checkButton(first).click();
	await expect(first.locator('.feedback .verdict')).toContainText('Correct');
	await expect(checkpoints(page)).toHaveCount(2);
	// The second (“Obama had fully withdrawn US forces in 2011”, true), answered wrongly once.
	const second = checkpoints(page).nth(1);
	await second.getByText('False', { exact: true }).click();
	await checkButton(second).click();
	await expect
		.poll(() => storedRecord(page, `guided:${SLUG}:`))
		.toMatchObject({
			module: SLUG,
			link: ''
		});

	await page.reload();
	await expect(checkpoints(page)).toHaveCount(2);
	await expect(paragraphs(page)).toHaveCount(CHECKPOINTS[1]!);
	await expect(checkpoints(page).first().locator('.feedback .verdict')).toContainText('Correct');
	// The second question is between its tries, as it was left.
	await expect(
		checkpoints(page)
			.nth(1)
			.getByRole('button', { name: /^Check try 2 of 2$/ })
	).toBeVisible();
	await expectNoViolations(page);
});

test('“Read the whole text” leaves guided reading for the article, whole', async ({ page }) => {
	await page.getByRole('link', { name: 'Read the whole text' }).click();
	await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
	await expect(page.locator('article .para')).toHaveCount(seed.paragraphs.length);
	// And the article offers guided reading back.
	await page.getByRole('link', { name: 'Guided reading' }).click();
	await expect(checkpoints(page)).toHaveCount(1);
});

test("a preset's guided reading keeps its seed in the address", async ({ page }) => {
	await page.goto(`${GUIDED}?preset=quick`);
	await expect(page).toHaveURL(/preset=quick&seed=[a-z0-9]+/);
	await expect(checkpoints(page)).toHaveCount(1);
});

test.describe('with the service worker', () => {
	// Blocked elsewhere (playwright.config.ts): this test is about offline use.
	test.use({ serviceWorkers: 'allow' });
	test('works offline after one visit to the site, by a link from the article', async ({
		page,
		context
	}) => {
		await offlineAfterOneVisit(page, context, ARTICLE);
		await page.reload();
		await page.getByRole('link', { name: 'Guided reading' }).click();
		await expect(checkpoints(page)).toHaveCount(1);
		await expect(checkpoints(page).first().locator('.prompt')).toContainText('firm deadline');
	});
});
