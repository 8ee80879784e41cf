import { expect, test } from '@playwright/test';
import { playUrl, player, squash } from './helpers';

/**
 * Issue 17: a typed answer accepted by a rule says which rule accepted it. One shipped question
 * per rule, answered as a student might, by touch on the phone (by keyboard on the desktop).
 */
const CASES = [
	{
		id: 'talks-round',
		prompt: /^Which round of strategic talks/,
		typed: '4th',
		note: 'Accepted: same number as “fourth”.'
	},
	{
		id: 'election-date',
		prompt: /^Complete this sentence, shortened from the article/,
		typed: '10 Oct',
		note: 'Accepted: same date as “October 10”.'
	},
	{
		id: 'bombing-claim',
		prompt: /^Which group later claimed the suicide bombing/,
		typed: 'Daesh',
		note: 'Accepted: another name for ISIS.'
	},
	{
		id: 'foreign-minister',
		prompt: /^Which Iraqi minister said/,
		typed: 'the foreign minister',
		note: 'Accepted: with or without “the”.'
	}
];

test('typed answers accepted by a rule are right, and the feedback names the rule', async ({
	page,
	isMobile
}, testInfo) => {
	await page.goto(playUrl({ ids: CASES.map((c) => c.id).join(','), seed: 'rules' }));
	const p = player(page);
	await expect(p.counter).toHaveText(`Question 1 of ${CASES.length}`);
	const seen: string[] = [];
	for (let i = 0; i < CASES.length; i++) {
		const prompt = squash((await p.prompt.textContent()) ?? '');
		const rule = CASES.find((c) => c.prompt.test(prompt));
		expect(rule, `a case for “${prompt}”`).toBeDefined();
		seen.push(rule!.id);
		const input = page.locator('.card').getByRole('textbox').first();
		if (isMobile) {
			await input.tap();
			await input.fill(rule!.typed);
			await p.check.tap();
		} else {
			await input.focus();
			await page.keyboard.type(rule!.typed);
			await page.keyboard.press('Enter');
		}
		await expect(p.verdict).toHaveText(/Correct/);
		await expect(p.feedback.locator('.note')).toHaveText(rule!.note);
		await expect(p.feedback).not.toContainText('The answer:');
		await p.feedback.screenshot({
			path: `/tmp/answers-shots/rule-${rule!.id}-${testInfo.project.name}.png`
		});
		if (i < CASES.length - 1) {
			if (isMobile) await p.next.tap();
			else await p.next.click();
		}
	}
	expect(seen.sort()).toEqual(CASES.map((c) => c.id).sort());
});

test('a near miss stays wrong and gets no note', async ({ page, isMobile }) => {
	await page.goto(playUrl({ ids: 'election-date', seed: 'near-miss' }));
	const p = player(page);
	const gap = page.locator('.card').getByRole('textbox', { name: 'Gap 1' });
	if (isMobile) await gap.tap();
	await gap.fill('October 11');
	if (isMobile) await p.check.tap();
	else await gap.press('Enter');
	await expect(p.verdict).toHaveText(/Not quite/);
	await expect(p.feedback.locator('.note')).toHaveCount(0);
	await expect(p.feedback.locator('.answer')).toContainText('October 10');
});
