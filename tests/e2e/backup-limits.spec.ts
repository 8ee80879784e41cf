import { expect, test } from '@playwright/test';
import { SLUG, readQuestions } from './helpers';
import { BACKUP_LIMITS } from '../../src/lib/progress/backup';
import { SCHEMA_VERSION } from '../../src/lib/progress/records';

// Issue 18, failure 6: a backup far larger than a student makes is refused before it is read;
// a large valid one is read off the page's thread and restored with a progress bar.

/** A valid backup of `answers` answers in batches of 100, as quizzes of 20 leave them. */
function backupOf(answers: number): Buffer {
	const ids = readQuestions().map((q) => q.id);
	const records: Record<string, unknown> = {};
	for (let b = 0; b < answers / 100; b++) {
		records[`answer:${SLUG}:big-${b}`] = {
			v: SCHEMA_VERSION,
			module: SLUG,
			answers: Array.from({ length: 100 }, (_, k) => ({
				question: ids[(b * 100 + k) % ids.length]!,
				score: k % 3 ? 1 : 0,
				correct: k % 3 !== 0,
				at: Date.UTC(2026, 0, 1) + (b * 100 + k) * 60_000
			}))
		};
	}
	const backup = { format: 'lectern-progress', version: 2, exportedAt: '2026-12-01', records };
	return Buffer.from(JSON.stringify(backup));
}

const restoreFile = (name: string, buffer: Buffer) => ({
	name,
	mimeType: 'application/json',
	buffer
});

test.describe('backups at the limits', () => {
	test.skip(({ isMobile }) => isMobile, 'file handling does not depend on the viewport');

	test('a file larger than any backup is refused at once, and nothing changes', async ({
		page
	}) => {
		// Handing Chromium a 30 MB file takes the test runner a while on a busy machine; the page
		// refuses it at once (by its size, unread), which the steps below check.
		test.setTimeout(90_000);
		await page.goto('progress/');
		await expect(page.getByText('No answers yet.')).toBeVisible();
		const huge = Buffer.alloc(BACKUP_LIMITS.bytes + 1024, ' ');
		await page.locator('input[type=file]').setInputFiles(restoreFile('huge.json', huge));
		await expect(page.locator('.backup [role=status]')).toHaveText(
			/never larger than 30 MB.*Nothing was changed/
		);
		await expect(page.getByText('No answers yet.')).toBeVisible();
	});

	test('more answers than a student gives in years are refused, and nothing changes', async ({
		page
	}) => {
		await page.goto('progress/');
		await expect(page.getByText('No answers yet.')).toBeVisible();
		const file = restoreFile('too-many.json', backupOf(BACKUP_LIMITS.answers + 100));
		await page.locator('input[type=file]').setInputFiles(file);
		await expect(page.locator('.backup [role=status]')).toHaveText(/more than 200,000 answers/, {
			timeout: 60_000
		});
		await expect(page.getByText('No answers yet.')).toBeVisible();
	});

	test('a large valid backup is restored with a progress bar, and the page shows it', async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.goto('progress/');
		await expect(page.getByText('No answers yet.')).toBeVisible();
		await page
			.locator('input[type=file]')
			.setInputFiles(restoreFile('large.json', backupOf(20_000)));
		const bar = page.getByRole('progressbar', { name: /Restoring: \d+ of 200 records/ });
		await expect(bar).toBeVisible({ timeout: 60_000 });
		await expect(page.locator('.backup [role=status]')).toHaveText(
			'Restored 200 records from the backup.',
			{ timeout: 120_000 }
		);
		await expect(bar).toHaveCount(0);
		// Answers alone, no finished quiz: the module's figures come from them.
		await expect(page.locator('.totals')).toContainText('questions right at your latest try', {
			timeout: 30_000
		});
		await expect(page.getByText('No answers yet.')).toHaveCount(0);
	});
});
