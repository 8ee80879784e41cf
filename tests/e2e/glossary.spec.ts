import { expect, test } from '@playwright/test';
import { ARTICLE, GLOSSARY, readGlossary } from './helpers';

const glossary = readGlossary();
const collator = new Intl.Collator('en', { sensitivity: 'base' });

test.describe('the glossary page', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(GLOSSARY);
		await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
	});

	test('lists every term under a category heading, alphabetical within each', async ({ page }) => {
		const sections = page.locator('main section');
		const headings = await sections.locator('h2').allTextContents();
		expect(headings.length).toBeGreaterThan(1);
		expect(new Set(headings).size).toBe(headings.length);

		const seen: string[] = [];
		for (let i = 0; i < headings.length; i++) {
			const section = sections.nth(i);
			await expect(section).toBeVisible();
			const terms = (await section.locator('dt').allTextContents()).map((t) => t.trim());
			expect(terms.length, `terms under "${headings[i]}"`).toBeGreaterThan(0);
			expect(terms, `"${headings[i]}" is in alphabetical order`).toEqual(
				[...terms].sort(collator.compare)
			);
			seen.push(...terms);
		}
		expect(seen.length).toBeGreaterThanOrEqual(35);
		// Every glossary entry is there, once.
		expect([...seen].sort()).toEqual(glossary.map((g) => g.term).sort());

		// Entries of one kind share a heading: people with people, places with places.
		for (const [category, heading] of [
			['person', 'People'],
			['place', 'Places']
		] as const) {
			const section = page.getByRole('region', { name: heading });
			for (const entry of glossary.filter((g) => g.category === category)) {
				await expect(section.locator('dt', { hasText: entry.term }).first()).toBeAttached();
			}
		}
	});

	test('the "In the article" ¶ links point at paragraphs that use the term', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'the same links on every device: checked on desktop');
		const links = await page.locator('.entry').evaluateAll((entries) =>
			entries.flatMap((entry) =>
				[...entry.querySelectorAll<HTMLAnchorElement>('.where a')].map((a) => ({
					term: entry.id,
					href: a.getAttribute('href')!,
					text: a.textContent!.trim()
				}))
			)
		);
		expect(links.length).toBeGreaterThan(35);

		// Read the article once, then check every link against it.
		const reader = await page.context().newPage();
		await reader.goto(ARTICLE);
		const termsByParagraph = await reader
			.locator('article p.para')
			.evaluateAll((ps) =>
				Object.fromEntries(
					ps.map((p) => [
						p.id,
						[...p.querySelectorAll('button.term')].map((b) => (b.textContent ?? '').toLowerCase())
					])
				)
			);
		await reader.close();
		const forms = (id: string) => {
			const entry = glossary.find((g) => g.id === id)!;
			return [entry.term, ...(entry.aliases ?? [])].map((f) => f.toLowerCase());
		};
		for (const link of links) {
			const match = /#(p-(\d+))$/.exec(link.href);
			expect(match, link.href).not.toBeNull();
			expect(link.text).toBe(`¶${match![2]}`);
			const marked = termsByParagraph[match![1]!] ?? [];
			expect(
				marked.some((t) => forms(link.term).includes(t)),
				`"${link.term}" is marked in ${match![1]} (marked there: ${marked.join(', ')})`
			).toBe(true);
		}
	});

	test('following a ¶ link shows that paragraph of the article', async ({ page }) => {
		const entry = page.locator('#mettle');
		const link = entry.locator('.where a').first();
		const href = (await link.getAttribute('href'))!;
		const paragraph = href.split('#')[1]!;
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/${ARTICLE}#${paragraph}$`));
		const target = page.locator(`#${paragraph}`);
		await expect(target).toBeInViewport();
		await expect(target.locator('button.term', { hasText: 'mettle' })).toBeVisible();
	});
});
