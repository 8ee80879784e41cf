import { expect, test } from '@playwright/test';
import { ARTICLE, openTerm, playUrl, readGlossary, settled } from './helpers';

// Issue 20, the minor findings: definition bubbles at 400% zoom, the module tabs in forced colours,
// and the name of the matching question's group.

test('at 400% zoom a long definition fits the screen and scrolls, and its link can be reached', async ({
	page
}) => {
	// 1280×1024 at 400%. The three longest definitions, which were taller than the screen.
	await page.setViewportSize({ width: 320, height: 256 });
	const longest = readGlossary()
		.sort((a, b) => b.definition.length - a.definition.length)
		.slice(0, 3);
	await page.goto(ARTICLE);
	await settled(page);
	for (const { term } of longest) {
		const button = page.locator('button.term', { hasText: new RegExp(`^${term}$`, 'i') }).first();
		await button.scrollIntoViewIfNeeded();
		await button.focus();
		await openTerm(button, () => page.keyboard.press('Enter'));
		const tip = page.locator('.tip');
		await expect(tip).toHaveCSS('visibility', 'visible');
		await expect(tip).toBeInViewport({ ratio: 1 });
		// Tab moves into the bubble, to its link, which scrolls into view within it.
		await page.keyboard.press('Tab');
		const more = tip.getByRole('link', { name: 'More in the glossary' });
		await expect(more).toBeFocused();
		const shown = await more.evaluate((link) => {
			const box = link.getBoundingClientRect();
			const bubble = link.closest('.tip')!.getBoundingClientRect();
			return box.top >= bubble.top && box.bottom <= bubble.bottom && box.bottom <= innerHeight;
		});
		expect(shown, `the link of “${term}” is in view`).toBe(true);
		await page.keyboard.press('Escape');
	}
});

test.describe('forced colours', () => {
	test.use({ forcedColors: 'active' });

	test('only the current module tab is marked as current', async ({ page }) => {
		await page.goto(`${ARTICLE}glossary/`);
		const lines = await page.locator('.module-nav a').evaluateAll((links) =>
			links.map((link) => ({
				current: link.getAttribute('aria-current') === 'page',
				line: getComputedStyle(link).borderBottomColor,
				under: getComputedStyle(link.closest('nav')!).backgroundColor
			}))
		);
		expect(lines.filter((l) => l.current)).toHaveLength(1);
		for (const { current, line, under } of lines)
			if (current) expect(line).not.toBe(under);
			else expect(line).toBe(under);
	});
});

test('the matching question’s drop-downs are in a group with a name', async ({ page }) => {
	await page.goto(playUrl({ types: 'match', count: '1', seed: 'group-name' }));
	const group = page.getByRole('group', { name: 'Pairs to match' });
	await expect(group).toBeVisible();
	await expect(group.getByRole('combobox').first()).toBeVisible();
});
