import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	SLUG,
	WORD_REVIEW,
	plain,
	plantRecords,
	readGlossary,
	refuseStorage,
	showMeaning,
	storedRecord,
	tabTo
} from './helpers';
import { SCHEMA_VERSION } from '../../src/lib/progress/records';

const glossary = readGlossary();
const card = (page: Page) => page.locator('.card');
const front = (page: Page) => card(page).locator('.front');
const back = (page: Page) => card(page).locator('.back');
const meaning = (page: Page) => back(page).locator('.meaning');

/** The glossary entry whose headword the card shows. */
async function termOnCard(page: Page) {
	const term = (await front(page).locator('.term').textContent())!.trim();
	const entry = glossary.find((e) => e.term === term);
	expect(entry, `"${term}" is a glossary term`).toBeDefined();
	return entry!;
}

test('keyboard: show the meaning, rate it, and a word not known yet comes back in the round', async ({
	page
}) => {
	await page.goto(WORD_REVIEW);
	await expect(card(page)).toContainText('10 cards left in this round');
	const first = await termOnCard(page);
	await expect(back(page)).toHaveCount(0);

	await tabTo(page, page.getByRole('button', { name: 'Show meaning' }));
	await page.keyboard.press('Enter');
	await expect(meaning(page)).toHaveText(plain(first.definition));
	// The meaning takes focus, so a screen reader reads it; the ratings come next.
	await expect(back(page)).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Not yet' })).toBeFocused();
	await page.keyboard.press('Enter');

	// The next word, with focus on it; the one not known yet waits at the end of the round.
	await expect(front(page)).toBeFocused();
	expect((await termOnCard(page)).term).not.toBe(first.term);
	await expect(card(page)).toContainText('10 cards left in this round');
	await tabTo(page, page.getByRole('button', { name: 'Show meaning' }));
	await page.keyboard.press('Space');
	await tabTo(page, page.getByRole('button', { name: 'I knew it' }));
	await page.keyboard.press('Space');
	await expect(card(page)).toContainText('9 cards left in this round');

	for (let left = 9; left > 1; left--) {
		await showMeaning(page);
		await page.getByRole('button', { name: 'I knew it' }).click();
	}
	expect((await termOnCard(page)).term).toBe(first.term);
	await expect(card(page)).toContainText('1 card left in this round');
	await showMeaning(page);
	await page.getByRole('button', { name: 'I knew it' }).click();
	await expect(page.getByRole('heading', { name: 'Round finished' })).toBeFocused();
	await expect(page.locator('.done')).toContainText('You went through 11 cards.');
	await expect(page.locator('.done')).toContainText(`10 of ${glossary.length} words`);
});

test('touch: a whole round, then the progress page counts the words studied and links back', async ({
	page,
	isMobile
}) => {
	const press = (target: Locator) => (isMobile ? target.tap() : target.click());
	await page.goto(WORD_REVIEW);
	const studied = new Set<string>();
	for (let left = 10; left > 0; left--) {
		await expect(card(page)).toContainText(`${left} card${left === 1 ? '' : 's'} left`);
		studied.add((await termOnCard(page)).term);
		await press(page.getByRole('button', { name: 'Show meaning' }));
		await press(page.getByRole('button', { name: 'I knew it' }));
	}
	await expect(page.getByRole('heading', { name: 'Round finished' })).toBeVisible();
	await press(page.getByRole('button', { name: 'Another round (10 words)' }));
	// Ten different words, and the next round brings new ones.
	expect(studied.size).toBe(10);
	const next = (await termOnCard(page)).term;
	expect(studied.has(next)).toBe(false);

	await press(page.getByRole('link', { name: 'Progress', exact: true }));
	const words = page.locator('.words');
	await expect(words).toContainText(`10 of ${glossary.length} glossary words studied`);
	await expect(words).not.toContainText('due for review');
	await press(words.getByRole('link', { name: 'Learn more words' }));
	await expect(page).toHaveURL(new RegExp(`${WORD_REVIEW}$`));
	// The same round as before leaving: it follows the student's progress.
	expect((await termOnCard(page)).term).toBe(next);
});

test('words rated a month ago are due: the progress page says how many and the round starts with them', async ({
	page
}) => {
	await page.goto(WORD_REVIEW);
	await expect(card(page)).toBeVisible();
	const monthAgo = Date.now() - 30 * 24 * 60 * 60 * 1000;
	const rated = [glossary[20]!, glossary[30]!, glossary[5]!];
	await plantRecords(
		page,
		rated.map((entry, i) => [
			`word:${SLUG}:planted-${i}`,
			{ v: SCHEMA_VERSION, module: SLUG, term: entry.id, knew: true, at: monthAgo + i * 60_000 }
		])
	);
	await page.goto('progress/');
	const words = page.locator('.words');
	await expect(words).toContainText(`3 of ${glossary.length} glossary words studied · 3 due`);
	await words.getByRole('link', { name: 'Review words (3)' }).click();
	// The round holds them, mixed in with new words.
	const shown: string[] = [];
	for (let left = 10; left > 0; left--) {
		shown.push((await termOnCard(page)).term);
		await showMeaning(page);
		await page.getByRole('button', { name: 'I knew it' }).click();
	}
	expect(shown).toEqual(expect.arrayContaining(rated.map((entry) => entry.term)));
});

test('the card front is a setting kept on the device: the meaning first, then the word', async ({
	page
}) => {
	await page.goto(WORD_REVIEW);
	await expect(card(page)).toBeVisible();
	const shown = await termOnCard(page);
	await page.getByRole('radio', { name: 'the meaning' }).check();
	await expect(front(page)).toHaveText(plain(shown.definition));
	await page.getByRole('button', { name: 'Show the word' }).click();
	await expect(back(page).locator('.term')).toHaveText(shown.term);
	await expect
		.poll(() => storedRecord(page, 'settings'))
		.toEqual({ v: SCHEMA_VERSION, cardFront: 'meaning' });

	await page.reload();
	await expect(page.getByRole('radio', { name: 'the meaning' })).toBeChecked();
	await expect(front(page)).toHaveText(plain(shown.definition));
	await expect(page.getByRole('button', { name: 'Show the word' })).toBeVisible();
});

test('the glossary page leads to the review', async ({ page }) => {
	await page.goto(`${SLUG}/glossary/`);
	await page.getByRole('link', { name: 'Review these words' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review words' })).toBeVisible();
	await expect(card(page)).toBeVisible();
	await expect(
		page.getByRole('navigation', { name: 'This module' }).getByRole('link', { name: 'Glossary' })
	).toHaveAttribute('aria-current', 'page');
});

test('with storage refused, words can still be reviewed and a notice says they will not be kept', async ({
	context,
	page
}) => {
	await refuseStorage(context);
	await page.goto(WORD_REVIEW);
	await expect(
		page.getByRole('alert').filter({ hasText: 'does not let Lectern store anything' })
	).toBeVisible();
	await showMeaning(page);
	await page.getByRole('button', { name: 'I knew it' }).click();
	await expect(card(page)).toContainText('9 cards left in this round');
});
