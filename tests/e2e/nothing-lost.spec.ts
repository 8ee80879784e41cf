import { expect, test, type Page } from '@playwright/test';
import { SLUG, plantRecords, storedRecord } from './helpers';
import { linkKey, quizKey } from '../../src/lib/progress/keys';

// Issue 18: what tabs, erasing and newer versions must never lose.

/** The keys of the app's IndexedDB store that start with `prefix`. */
function storedKeys(page: Page, prefix: string): Promise<string[]> {
	return page.evaluate(
		(prefix) =>
			new Promise<string[]>((resolve) => {
				const open = indexedDB.open('lectern');
				open.onerror = () => resolve([]);
				open.onsuccess = () => {
					if (!open.result.objectStoreNames.contains('progress')) return resolve([]);
					const keys = open.result.transaction('progress').objectStore('progress').getAllKeys();
					keys.onsuccess = () =>
						resolve(keys.result.map(String).filter((key) => key.startsWith(prefix)));
				};
			}),
		prefix
	);
}

const playLink = (seed: string, params = 'types=true-false&count=1') =>
	`${SLUG}/quiz/play/?${params}&seed=${seed}`;
const keyOf = (link: string) => quizKey(SLUG, linkKey(link.slice(link.indexOf('?'))));

test('finishing a quiz leaves alone the quiz in progress a newer Lectern saved', async ({
	page
}) => {
	const link = playLink('newer-kept');
	await page.goto(link);
	await page.waitForLoadState('networkidle');
	const newer = { v: 999, module: SLUG, shape: 'unknown' };
	await plantRecords(page, [[keyOf(link), newer]]);
	await page.reload();
	await page.waitForLoadState('networkidle');
	await page.locator('.choice').first().click();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByText(/A newer version of Lectern saved this quiz/)).toBeVisible();
	await page.getByRole('button', { name: 'See results' }).click();
	await expect(page.getByRole('heading', { name: /^Your results/ })).toBeVisible();
	// The attempt is written first, the quiz in progress is cleared right after: give it time.
	await expect.poll(() => storedKeys(page, `attempt:${SLUG}:`)).toHaveLength(1);
	await page.waitForTimeout(500);
	expect(await storedRecord(page, keyOf(link))).toEqual(newer);
});
