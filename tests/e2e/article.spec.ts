import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, openTerm, plain, readGlossary, readSeed, squash, tabTo } from './helpers';

const seed = readSeed();
const glossary = readGlossary();

/** The text of every paragraph and the pull quote, as read on the page, in page order. */
async function readArticleBlocks(page: Page): Promise<string[]> {
	return page.locator('article').evaluate((article) =>
		[...article.querySelectorAll('p.para, figure')].map((block) => {
			const copy = block.cloneNode(true) as HTMLElement;
			// The "¶N" link after each paragraph is a navigation aid, not article text.
			copy.querySelectorAll('a.anchor').forEach((a) => a.remove());
			if (copy.tagName === 'FIGURE') {
				const quote = copy.querySelector('blockquote')?.textContent ?? '';
				const caption = copy.querySelector('figcaption')?.textContent ?? '';
				return `QUOTE: ${quote.replace(/\s+/g, ' ').trim()} / ${caption.replace(/\s+/g, ' ').trim()}`;
			}
			return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
		})
	);
}

test.describe('the article page', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(ARTICLE);
	});

	test('shows the whole seed text, in order and word for word, credited to The National', async ({
		page
	}) => {
		await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
		await expect(
			page.locator('article header').getByText(seed.standfirst, { exact: true })
		).toBeVisible();

		const blocks = await readArticleBlocks(page);
		// The pull quote sits where it was in the seed text.
		const expected = [...seed.paragraphs];
		expected.splice(
			seed.pullQuote.after,
			0,
			`QUOTE: ${seed.pullQuote.text} / ${seed.pullQuote.attribution}`
		);
		expect(blocks).toEqual(expected.map(squash));
		expect(blocks.filter((b) => !b.startsWith('QUOTE:'))).toHaveLength(31);

		// Paragraphs are numbered p-1 … p-31 in reading order.
		const ids = await page.locator('article p.para').evaluateAll((ps) => ps.map((p) => p.id));
		expect(ids).toEqual(seed.paragraphs.map((_, i) => `p-${i + 1}`));

		await expect(page.locator('figure blockquote')).toBeVisible();
		await expect(
			page.getByText('Updated: July 25th 2021, 11:12 AM', { exact: true })
		).toBeVisible();

		const credit = page.getByRole('complementary', { name: 'Source' });
		await expect(credit).toBeVisible();
		await expect(credit.getByRole('link', { name: 'The National' })).toBeVisible();
		await expect(credit).toContainText('Published by The National');
		await expect(page.locator('article .byline')).toContainText('The National');
	});

	test('never marks the everyday words "is" or "us" as glossary terms', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'the same markup on every device: checked on desktop');
		const terms = await page.locator('button.term').allTextContents();
		expect(terms.length).toBeGreaterThan(30);
		for (const word of ['is', 'us', 'Is', 'Us']) expect(terms).not.toContain(word);
		// …even though the article is full of "is" and of "US", which must not make "us" a term.
		const text = await page.locator('article').textContent();
		expect(text).toMatch(/\bis\b/);
		expect(text).toMatch(/\bUS\b/);
		// Every "is" in the article reads as plain text, outside any term button.
		const inTerms = await page
			.locator('button.term')
			.evaluateAll(
				(buttons) => buttons.filter((b) => /\b(is|us)\b/.test(b.textContent ?? '')).length
			);
		expect(inTerms).toBe(0);
	});
});

test.describe('glossary toggletips', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(ARTICLE);
	});

	test('open with Enter and Space, close with Escape and give focus back', async ({ page }) => {
		const first = page.locator('button.term').first();
		const name = (await first.textContent())!;
		const entry = glossary.find((g) => g.term === name || g.aliases?.includes(name))!;
		const tip = page.locator('.tip');

		// Tab to the first term, as a keyboard user would, and press Enter.
		await expect(first).toHaveAttribute('aria-expanded', 'false');
		await openTerm(first, async () => {
			await tabTo(page, first);
			await page.keyboard.press('Enter');
		});
		await expect(tip).toBeVisible();
		await expect(tip).toContainText(entry.term);
		await expect(tip).toContainText(plain(entry.definition));

		await page.keyboard.press('Escape');
		await expect(tip).toHaveCount(0);
		await expect(first).toHaveAttribute('aria-expanded', 'false');
		await expect(first).toBeFocused();

		// Space works too, on another term reached by focus().
		const other = page.locator('button.term').nth(5);
		await other.focus();
		await page.keyboard.press('Space');
		await expect(other).toHaveAttribute('aria-expanded', 'true');
		await expect(tip).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(tip).toHaveCount(0);
		await expect(other).toBeFocused();
	});

	test('open with a tap and close with a tap outside', async ({ page, isMobile }) => {
		test.skip(!isMobile, 'touch only on the phone project');
		const term = page.locator('button.term').nth(2);
		const tip = page.locator('.tip');
		await openTerm(term, () => term.tap());
		await expect(tip).toBeVisible();
		// Tapping its link does not close it first (the link works: see below)…
		await tip.getByRole('link').dispatchEvent('pointerdown');
		await expect(tip).toBeVisible();
		// …tapping elsewhere on the page closes it (the bubble itself too: see reading.spec.ts).
		await page.getByRole('heading', { level: 1 }).tap();
		await expect(tip).toHaveCount(0);
		await expect(term).toHaveAttribute('aria-expanded', 'false');
	});

	test('only one is open at a time', async ({ page, isMobile }) => {
		// Two terms far enough apart that the first bubble does not cover the second term.
		const a = page.locator('#p-1 button.term').first();
		const b = page.locator('#p-6 button.term').first();
		await openTerm(a, () => (isMobile ? a.tap() : a.click()));
		if (isMobile) await b.tap();
		else await b.click();
		await expect(b).toHaveAttribute('aria-expanded', 'true');
		await expect(a).toHaveAttribute('aria-expanded', 'false');
		await expect(page.locator('.tip')).toHaveCount(1);
		await expect(page.locator('button.term[aria-expanded="true"]')).toHaveCount(1);
		// A second click on the open term closes it.
		if (isMobile) await b.tap();
		else await b.click();
		await expect(page.locator('.tip')).toHaveCount(0);
	});

	test('"More in the glossary" leads to the entry', async ({ page }) => {
		const term = page.locator('button.term', { hasText: 'redeployment' }).first();
		await openTerm(term, () => term.click());
		const more = page.locator('.tip').getByRole('link', { name: 'More in the glossary' });
		await expect(more).toBeVisible();
		await more.click();
		await expect(page).toHaveURL(/\/glossary\/?#redeployment$/);
		const entry = page.locator('#redeployment');
		await expect(entry).toBeInViewport();
		await expect(entry.locator('dt')).toHaveText('redeployment');
	});
});

test.describe('toggletips on a 360 px wide screen', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the open bubble fits inside the screen', async ({ page }) => {
		await page.goto(ARTICLE);
		const terms = page.locator('button.term');
		const count = await terms.count();
		// Terms that sit on the right of a line are the ones whose bubble could spill over.
		const checked: string[] = [];
		for (let i = 0; i < count && checked.length < 12; i++) {
			const term = terms.nth(i);
			const box = await term.boundingBox();
			if (!box || box.x + box.width < 180) continue;
			await openTerm(term, () => term.click());
			const tip = page.locator('.tip');
			await expect(tip).toBeVisible();
			await expect
				.poll(async () => {
					const t = await tip.boundingBox();
					return (
						!!t &&
						t.x >= 0 &&
						t.x + t.width <= 360 &&
						t.y >= 0 &&
						t.y + t.height <= 740 &&
						t.width > 100
					);
				})
				.toBe(true);
			checked.push((await term.textContent())!);
			await page.keyboard.press('Escape');
			await expect(tip).toHaveCount(0);
		}
		expect(checked.length).toBeGreaterThan(5);
	});
});

test.describe('a highlighted passage (?mark=)', () => {
	const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
	/** The n-th sentence of paragraph p-N of the seed text, with its offsets. */
	const sentence = (paragraph: number, n: number) => {
		const text = seed.paragraphs[paragraph - 1]!;
		const s = [...sentences.segment(text)][n]!;
		const body = s.segment.trimEnd();
		return { text: body, start: s.index, end: s.index + body.length };
	};

	test('a shared link marks the sentence and scrolls to it', async ({ page }) => {
		const s = sentence(30, 1);
		await page.goto(`${ARTICLE}?mark=p-30:${s.start}-${s.end}#p-30`);
		const marks = page.locator('#p-30 mark');
		await expect
			.poll(async () => squash((await marks.allTextContents()).join('')))
			.toBe(squash(s.text));
		await expect(marks.first()).toBeInViewport();
		await expect(page.locator('article mark')).toHaveCount(await marks.count());
		// The terms inside the passage still work as terms.
		await expect(page.locator('#p-30 button.term', { hasText: 'Saudi Arabia' })).toHaveCount(1);
	});

	test('a passage that ends inside a glossary term leaves the term whole', async ({ page }) => {
		const text = seed.paragraphs[29]!;
		const end = text.indexOf('Saudi Arabia') + 2;
		await page.goto(`${ARTICLE}?mark=p-30:0-${end}#p-30`);
		await expect(page.locator('#p-30 mark').first()).toBeVisible();
		const terms = await page.locator('#p-30 button.term').allTextContents();
		expect(terms).toContain('Saudi Arabia');
		expect(terms).not.toContain('Sa');
	});
});
