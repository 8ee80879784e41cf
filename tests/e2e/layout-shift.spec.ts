import { expect, test, type Page } from '@playwright/test';
import {
	ARTICLE,
	GLOSSARY,
	QUIZ,
	SLUG,
	WORD_REVIEW,
	player,
	refuseStorage,
	storedEntries
} from './helpers';

/*
 * No student page moves under the reader (CLS 0): content that arrives after the first paint
 * (the quiz, search results, stored progress, the storage notice, the offer to carry on, the
 * offline banner) fills space already reserved or floats over the page. Each test adds up every
 * layout shift not caused by input, from the first paint until the late content is on screen.
 *
 * Deterministic, not timed: the page's scripts are held until the browser has painted the
 * prerendered HTML, so the "before" state is always on screen once, as on a slow phone.
 */

// The service worker would serve the scripts past the hold below.
test.use({ serviceWorkers: 'block' });

async function watchShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: { value: number; what: string[] }[] };
		w.shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as {
				value: number;
				hadRecentInput: boolean;
				sources: { node?: Node }[];
			}[])
				if (!entry.hadRecentInput)
					w.shifts.push({
						value: entry.value,
						what: entry.sources.map((s) =>
							s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : '?'
						)
					});
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await page
			.waitForFunction(() => performance.getEntriesByType('paint').length > 0, null, {
				polling: 20
			})
			.catch(() => {});
		await route.continue();
	});
}

/** The shifts so far, once two more frames have been drawn (entries are reported per frame). */
async function shifts(page: Page): Promise<{ value: number; what: string[] }[]> {
	return page.evaluate(async () => {
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		await frame();
		await frame();
		return (window as unknown as { shifts: { value: number; what: string[] }[] }).shifts;
	});
}

/** How many records the app has stored whose key starts with `prefix`. */
const storedKeys = async (page: Page, prefix: string) => (await storedEntries(page, prefix)).length;

async function expectNoShift(page: Page): Promise<void> {
	const seen = await shifts(page);
	expect(seen, 'layout shifts (value and the elements moved)').toEqual([]);
}

test('the quiz player: the quiz appears in place of “Loading the quiz…”', async ({ page }) => {
	await watchShifts(page);
	await page.goto(`${QUIZ}play/?preset=quick`);
	await expect(player(page).prompt).toBeVisible();
	await expect(page.getByRole('link', { name: 'Print this quiz' })).toBeVisible();
	await expectNoShift(page);
});

test('the quiz player: the storage notice floats over the page', async ({ page, context }) => {
	await refuseStorage(context);
	await watchShifts(page);
	await page.goto(`${QUIZ}play/?types=true-false&count=1&seed=no-storage`);
	await expect(
		page.getByRole('alert').filter({ hasText: 'does not let Lectern store' })
	).toBeVisible();
	await expect(player(page).prompt).toBeVisible();
	await expectNoShift(page);
});

test('search results for ?q=militia fill the page without moving it', async ({ page }) => {
	await watchShifts(page);
	await page.goto('search/?q=militia');
	await expect(page.locator('#search-status')).toHaveText(/^\d+ results?/);
	await expect(page.locator('.search-results a').first()).toBeVisible();
	await expectNoShift(page);
});

test('my progress: stored answers, hand-ins and the storage line appear at once', async ({
	page
}) => {
	// An answer stored by an earlier visit.
	await page.goto(`${QUIZ}play/?types=true-false&count=1&seed=cls`);
	await page.waitForLoadState('networkidle');
	await page.locator('.choice').first().click();
	await player(page).check.click();
	await expect(player(page).feedback).toBeVisible();
	await expect.poll(() => storedKeys(page, 'answer:')).toBe(1);

	await watchShifts(page);
	await page.goto('progress/');
	await expect(page.getByText(/of 1 questions right at your latest try/)).toBeVisible();
	await expect(page.locator('.progress-view[data-ready]')).toBeVisible();
	await expect(page.getByRole('button', { name: /Download my progress/ })).toBeVisible();
	await expectNoShift(page);
});

test('the quiz chooser: the offer to carry on a quiz floats over the page', async ({ page }) => {
	await page.goto(`${QUIZ}play/?types=true-false&count=2&seed=carry-on`);
	await page.waitForLoadState('networkidle');
	await page.locator('.choice').first().click();
	await player(page).check.click();
	await expect(player(page).feedback).toBeVisible();
	await expect.poll(() => storedKeys(page, 'quiz:')).toBe(1);

	await watchShifts(page);
	await page.goto(QUIZ);
	const offer = page.getByRole('region', { name: 'Carry on where you left off' });
	await expect(offer.getByRole('link')).toBeVisible();
	await expectNoShift(page);
	// It can be put away, and the chooser under it is whole.
	await offer.getByRole('button', { name: 'Dismiss' }).click();
	await expect(offer).toBeHidden();
});

test('the offline banner floats over the page', async ({ page, context }) => {
	await watchShifts(page);
	await page.goto('./');
	await expect(page.locator('.modules li').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	await context.setOffline(true);
	await expect(page.getByText(/^You are offline/)).toBeVisible();
	await expectNoShift(page);
	await context.setOffline(false);
});

for (const [name, path] of [
	['home', './'],
	['article', ARTICLE],
	['glossary', GLOSSARY],
	['word review', WORD_REVIEW],
	['guided reading', `${SLUG}/guided/`]
] as const)
	test(`the ${name} page does not move once shown`, async ({ page }) => {
		await watchShifts(page);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await expectNoShift(page);
	});

test.describe('with the service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the home page does not move when the service worker answers and offers to keep modules', async ({
		page
	}) => {
		await watchShifts(page);
		await page.goto('./');
		await expect(page.getByRole('button', { name: /Keep offline|Remove/ }).first()).toBeVisible({
			timeout: 30_000
		});
		await expect(page.locator('.stored')).toContainText('On this device', { timeout: 30_000 });
		await expectNoShift(page);
	});
});
