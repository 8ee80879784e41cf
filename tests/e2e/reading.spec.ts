import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	ARTICLE,
	GLOSSARY,
	QUIZ,
	TEACHER,
	WORD_REVIEW,
	openTerm,
	playUrl,
	tabTo,
	readAndComeBack
} from './helpers';

/** Where the sticky Article/Glossary/Quiz bar ends, in viewport pixels. */
const barBottom = (page: Page) =>
	page.locator('nav.module-nav').evaluate((nav) => nav.getBoundingClientRect().bottom);

/** How far below the sticky bar the top of `block` is (negative: under the bar). */
async function belowBar(page: Page, block: Locator): Promise<number> {
	const top = await block.evaluate((el) => el.getBoundingClientRect().top);
	return top - (await barBottom(page));
}

test.describe('nothing scrolls sideways on a 320 px wide phone (WCAG 1.4.10)', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	const pages = {
		home: './',
		article: ARTICLE,
		glossary: GLOSSARY,
		'word review': WORD_REVIEW,
		'quiz chooser': QUIZ,
		'quiz player': playUrl({ preset: 'quick', seed: 'reflow' }),
		search: 'search/?q=troops',
		progress: 'progress/',
		teacher: 'teacher/',
		"the module's teacher view": TEACHER
	};
	for (const [name, path] of Object.entries(pages)) {
		test(name, async ({ page }) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const { scrollWidth, innerWidth } = await page.evaluate(() => ({
				scrollWidth: document.documentElement.scrollWidth,
				innerWidth: window.innerWidth
			}));
			expect(scrollWidth, `page width on ${path}`).toBeLessThanOrEqual(innerWidth);
			await expect(page.getByRole('searchbox')).toBeInViewport({ ratio: 1 });
		});
	}
});

test.describe('links to a paragraph land just below the sticky bar', () => {
	test('search results, "Show in the article" links and shared links', async ({ page }) => {
		await page.goto(`${ARTICLE}?words=sadr#p-20`);
		await expect.poll(() => belowBar(page, page.locator('#p-20'))).toBeGreaterThanOrEqual(0);
		expect(await belowBar(page, page.locator('#p-20'))).toBeLessThan(48);

		await page.goto(`${ARTICLE}?mark=p-15:0-40#p-15`);
		await expect.poll(() => belowBar(page, page.locator('#p-15'))).toBeGreaterThanOrEqual(0);
		expect(await belowBar(page, page.locator('#p-15'))).toBeLessThan(48);

		await page.goto(`${ARTICLE}#p-12`);
		await expect.poll(() => belowBar(page, page.locator('#p-12'))).toBeGreaterThanOrEqual(0);
		expect(await belowBar(page, page.locator('#p-12'))).toBeLessThan(48);
	});
});

test.describe('"Continue reading"', () => {
	test('by keyboard: the paragraph starts just below the sticky bar and has focus', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'keyboard on desktop; touch below');
		const { place, offer } = await readAndComeBack(page);
		await tabTo(page, offer);
		await page.keyboard.press('Enter');
		const paragraph = page.locator(`#p-${place}`);
		await expect(paragraph).toBeFocused();
		expect(await belowBar(page, paragraph)).toBeGreaterThanOrEqual(0);
		expect(await belowBar(page, paragraph)).toBeLessThan(48);
		// The next Tab goes on from there, not from the top of the page.
		await page.keyboard.press('Tab');
		const next = await page.evaluate(
			(id) => !!document.activeElement?.closest(`#${id}, #${id} ~ *`),
			`p-${place}`
		);
		expect(next).toBe(true);
	});

	test('by touch: the paragraph starts just below the sticky bar', async ({ page, isMobile }) => {
		test.skip(!isMobile, 'touch on the phone');
		const { place, offer } = await readAndComeBack(page);
		await offer.tap();
		const paragraph = page.locator(`#p-${place}`);
		await expect(paragraph).toBeFocused();
		expect(await belowBar(page, paragraph)).toBeGreaterThanOrEqual(0);
		expect(await belowBar(page, paragraph)).toBeLessThan(48);
	});

	test('the offer is one slim row and never keeps text out of reach', async ({
		page,
		isMobile
	}) => {
		await readAndComeBack(page);
		const banner = page.locator('.continue');
		const box = (await banner.boundingBox())!;
		expect(box.height).toBeLessThanOrEqual(isMobile ? 64 : 96);
		await expect(banner.getByRole('button', { name: 'Dismiss' })).toBeVisible();
		if (!isMobile) {
			// On a wide screen it sits in the margin, beside the text.
			const article = (await page.locator('article').boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(article.x + article.width);
		}
		// Scrolled to the end, the last words of the page clear the offer.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		const footerBottom = await page
			.locator('footer.site p')
			.evaluate((p) => p.getBoundingClientRect().bottom);
		expect(footerBottom).toBeLessThanOrEqual(box.y);
	});
});

test.describe('a highlighted passage reads like the plain paragraph', () => {
	/** Where some words of paragraph 30 are drawn. */
	async function layout(page: Page) {
		return page.locator('#p-30').evaluate((p) => {
			const texts: Text[] = [];
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) texts.push(walker.currentNode as Text);
			const whole = texts.map((t) => t.data).join('');
			/** The box of the characters from `at` for `length`. */
			const rect = (at: number, length: number) => {
				const range = document.createRange();
				let offset = 0;
				for (const t of texts) {
					const end = offset + t.data.length;
					if (at >= offset && at < end) range.setStart(t, at - offset);
					if (at + length > offset && at + length <= end) {
						range.setEnd(t, at + length - offset);
						break;
					}
					offset = end;
				}
				const r = range.getClientRects()[0]!;
				return [Math.round(r.x * 2) / 2, Math.round(r.y * 2) / 2];
			};
			const words = ['with', 'Saudi', 'and Iran', 'have', 'in Baghdad', 'Baghdad.', '¶30'];
			return {
				text: whole,
				at: Object.fromEntries(
					words.map((w) => [w, rect(whole.indexOf(w) + w.length - 1, 1)] as const)
				)
			};
		});
	}

	test('same words, same places, no gap before the full stop', async ({ page }) => {
		await page.goto(`${ARTICLE}#p-30`);
		await page.waitForLoadState('networkidle');
		const plain = await layout(page);
		await page.goto(`${ARTICLE}?mark=p-30:87-237#p-30`);
		await expect(page.locator('#p-30 mark').first()).toBeVisible();
		const marked = await layout(page);
		expect(marked.text).toBe(plain.text);
		expect(marked.at).toEqual(plain.at);
		// The full stop after the last term stays on that term's line (on a phone it once began one).
		expect(marked.at['Baghdad.']![1]).toBe(marked.at['in Baghdad']![1]);
		// The highlight is one passage, not a patchwork of pieces.
		await expect(page.locator('#p-30 mark')).toHaveCount(1);
	});
});

test.describe('glossary toggletips while reading', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(ARTICLE);
	});

	test('tabbing on past a term and its link closes its definition', async ({ page, isMobile }) => {
		test.skip(isMobile, 'keyboard on desktop');
		const first = page.locator('#p-1 button.term').first();
		const second = page.locator('#p-1 button.term').nth(1);
		await openTerm(first, async () => {
			await tabTo(page, first);
			await page.keyboard.press('Enter');
		});
		const tip = page.locator('.tip');
		await expect(tip).toBeVisible();
		// The bubble's link comes next, and the bubble stays while it has focus…
		await page.keyboard.press('Tab');
		await expect(tip.getByRole('link', { name: 'More in the glossary' })).toBeFocused();
		await expect(tip).toBeVisible();
		// …then the next term: the first definition is gone.
		await page.keyboard.press('Tab');
		await expect(second).toBeFocused();
		await expect(tip).toHaveCount(0);
		await expect(first).toHaveAttribute('aria-expanded', 'false');
		// Escape still closes a bubble and leaves focus on its term.
		await page.keyboard.press('Enter');
		await expect(tip).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(tip).toHaveCount(0);
		await expect(second).toBeFocused();
	});

	test('a tap on the bubble away from its link closes it', async ({ page, isMobile }) => {
		test.skip(!isMobile, 'touch on the phone');
		const term = page.locator('#p-3 button.term').first();
		await openTerm(term, () => term.tap());
		const tip = page.locator('.tip');
		await expect(tip).toBeVisible();
		await tip.locator('.definition').tap();
		await expect(tip).toHaveCount(0);
		await expect(term).toHaveAttribute('aria-expanded', 'false');
	});

	test('a definition opens above its term, leaving the lines that follow readable', async ({
		page,
		isMobile
	}) => {
		const term = page.locator('#p-8 button.term', { hasText: 'Baghdad' });
		await term.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await openTerm(term, () => (isMobile ? term.tap() : term.click()));
		const tip = page.locator('.tip');
		await expect(tip).toBeVisible();
		await expect
			.poll(async () => {
				const t = (await tip.boundingBox())!;
				const b = (await term.boundingBox())!;
				return t.y + t.height <= b.y;
			})
			.toBe(true);
	});

	for (const word of ['ISIS', 'Baghdad']) {
		test(`the lines of the ${word} definition are evenly spaced`, async ({ page, isMobile }) => {
			const term = page.locator('article button.term', { hasText: new RegExp(`^${word}$`) });
			await openTerm(term.first(), () => (isMobile ? term.first().tap() : term.first().click()));
			const definition = page.locator('.tip .definition');
			await expect(definition).toBeVisible();
			const tops = await definition.evaluate((el) => {
				const range = document.createRange();
				range.selectNodeContents(el);
				const lines = [...range.getClientRects()].map((r) => Math.round(r.top));
				return [...new Set(lines)].sort((a, b) => a - b);
			});
			expect(tops.length).toBeGreaterThan(1);
			const gaps = tops.slice(1).map((top, i) => top - tops[i]!);
			for (const gap of gaps) expect(Math.abs(gap - gaps[0]!)).toBeLessThanOrEqual(1);
			// The link to the glossary is below the definition, not squeezed into its last line.
			const more = (await page.locator('.tip .more').boundingBox())!;
			expect(more.y).toBeGreaterThanOrEqual(tops.at(-1)! + gaps[0]! - 2);
		});
	}
});
