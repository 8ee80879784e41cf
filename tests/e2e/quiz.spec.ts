import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import {
	QUESTION_TYPES,
	QUIZ,
	SLUG,
	evidenceSentences,
	playUrl,
	plain,
	quotesShareASentence,
	player,
	readQuestions,
	snapshotQuestion,
	squash,
	tabTo,
	type BankQuestion
} from './helpers';

const bank = readQuestions();
/** The first question of each type in the bank. */
const oneOfEach = QUESTION_TYPES.map((type) => bank.find((q) => q.type === type)!);
/** Questions that quote one sentence twice as evidence (a past bug broke their feedback). */
const sameSentence = bank.filter(quotesShareASentence);
const usable = bank;
const fold = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** Presses a control the way this device does it: a tap on the phone, a click on the desktop. */
async function press(locator: Locator, isMobile: boolean) {
	if (isMobile) await locator.tap();
	else await locator.click();
}

/** Which of `candidates` is on screen, known by its prompt (several questions may share one). */
async function currentQuestion(page: Page, candidates: BankQuestion[]): Promise<BankQuestion> {
	const prompt = squash((await player(page).prompt.textContent()) ?? '');
	const matches = candidates.filter((q) => plain(q.prompt) === prompt);
	expect(matches, `exactly one question has the prompt "${prompt}"`).toHaveLength(1);
	return matches[0]!;
}

/** Answers the question on screen correctly: with the keyboard only on desktop, by touch on the phone. */
async function answerCorrectly(page: Page, q: BankQuestion, isMobile: boolean) {
	const card = page.locator('.card');
	const key = async (target: Locator, keys: string[]) => {
		await tabTo(page, target);
		for (const k of keys) await page.keyboard.press(k);
	};
	switch (q.type) {
		case 'single':
		case 'true-false': {
			const shown = (await card.locator('.choice .text').allTextContents()).map(squash);
			const right =
				q.type === 'true-false'
					? q.answer
						? 'True'
						: 'False'
					: plain(q.options!.find((o) => o.correct)!.text);
			const k = shown.indexOf(right);
			expect(k, `"${right}" is on offer`).toBeGreaterThanOrEqual(0);
			if (isMobile) await card.locator('.choice').nth(k).tap();
			else
				await key(
					card.locator('.choice input').first(),
					k === 0 ? ['Space'] : Array(k).fill('ArrowDown')
				);
			await expect(card.locator('.choice input').nth(k)).toBeChecked();
			break;
		}
		case 'multiple': {
			const shown = (await card.locator('.choice .text').allTextContents()).map(squash);
			const rights = q.options!.filter((o) => o.correct).map((o) => plain(o.text));
			for (const [i, text] of shown.entries()) {
				if (!rights.includes(text)) continue;
				if (isMobile) await card.locator('.choice').nth(i).tap();
				else await key(card.locator('.choice input').nth(i), ['Space']);
				await expect(card.locator('.choice input').nth(i)).toBeChecked();
			}
			break;
		}
		case 'short-answer': {
			const input = card.getByRole('textbox', { name: 'Your answer' });
			if (isMobile) {
				await input.tap();
				await input.fill(q.answers![0]!);
			} else {
				await tabTo(page, input);
				await page.keyboard.type(q.answers![0]!);
			}
			break;
		}
		case 'fill-blank': {
			for (const [i, accepted] of q.blanks!.entries()) {
				const gap = card.getByRole('textbox', { name: `Gap ${i + 1}` });
				if (isMobile) {
					await gap.tap();
					await gap.fill(accepted[0]!);
				} else {
					await tabTo(page, gap);
					await page.keyboard.type(accepted[0]!);
				}
			}
			break;
		}
		case 'order': {
			const items = q.items!.map(plain);
			const rows = card.locator('ol.order li .text');
			for (let target = 0; target < items.length; target++) {
				const shown = (await rows.allTextContents()).map(squash);
				let at = shown.indexOf(items[target]!);
				expect(at, `"${items[target]}" in ${JSON.stringify(shown)}`).toBeGreaterThanOrEqual(target);
				if (at === target) continue;
				const up = card.getByRole('button', { name: `Move up: ${items[target]}`, exact: true });
				if (!isMobile) await tabTo(page, up);
				while (at > target) {
					if (isMobile) await up.tap();
					else await page.keyboard.press('Enter');
					at--;
					await expect(rows.nth(at)).toHaveText(items[target]!);
				}
			}
			await expect(rows).toHaveText(items);
			break;
		}
		case 'match': {
			for (const pair of q.pairs!) {
				const select = card.getByRole('combobox', { name: plain(pair.left), exact: true });
				const options = (await select.locator('option').allTextContents()).map(squash);
				const want = options.indexOf(plain(pair.right));
				expect(want).toBeGreaterThan(0);
				if (isMobile) {
					await select.selectOption({ label: plain(pair.right) });
				} else {
					await key(select, Array(want).fill('ArrowDown'));
				}
				await expect(select.locator('option:checked')).toHaveText(plain(pair.right));
			}
			break;
		}
	}
}

/** Check, then Next or See results, by keyboard or by touch. */
async function activate(page: Page, button: Locator, isMobile: boolean) {
	if (isMobile) await button.tap();
	else {
		await tabTo(page, button);
		await page.keyboard.press('Enter');
	}
}

async function startQuiz(page: Page, params: Record<string, string>) {
	await page.goto(playUrl(params));
	await expect(player(page).counter).toBeVisible();
}

test('a quiz with every type of question, answered right', async ({ page, isMobile }) => {
	await startQuiz(page, { ids: oneOfEach.map((q) => q.id).join(','), seed: 'every-type' });
	const p = player(page);
	const n = oneOfEach.length;
	const seen = new Set<string>();
	for (let i = 0; i < n; i++) {
		await expect(p.counter).toHaveText(`Question ${i + 1} of ${n}`);
		const q = await currentQuestion(page, oneOfEach);
		seen.add(q.type);
		await answerCorrectly(page, q, isMobile);
		await activate(page, p.check, isMobile);
		await expect(p.verdict, `${q.type} question ${q.id}`).toHaveText(/Correct/);
		await expect(p.feedback).not.toContainText('The answer:');
		await activate(page, i === n - 1 ? p.results : p.next, isMobile);
	}
	expect([...seen].sort()).toEqual([...QUESTION_TYPES].sort());
	await expect(page.getByRole('heading', { name: /^Your results/ })).toBeVisible();
	await expect(page.locator('.score')).toContainText(`${n} out of ${n}`);
	await expect(page.locator('.score')).toContainText('100%');
	await expect(page.getByRole('link', { name: /^Retry/ })).toHaveCount(0);
});

test('a wrong answer says "Not quite" and gives the right one', async ({ page, isMobile }) => {
	const single = usable.find((q) => q.type === 'single')!;
	const short = usable.find((q) => q.type === 'short-answer')!;
	await startQuiz(page, { ids: `${single.id},${short.id}`, seed: 'wrong' });
	const p = player(page);
	for (let i = 0; i < 2; i++) {
		const q = await currentQuestion(page, [single, short]);
		const card = page.locator('.card');
		if (q.type === 'single') {
			const right = plain(q.options!.find((o) => o.correct)!.text);
			const wrongChoice = card.locator('.choice').filter({ hasNotText: right }).first();
			await press(wrongChoice, isMobile);
			await press(p.check, isMobile);
			await expect(p.verdict).toHaveText(/Not quite/);
			await expect(p.feedback.locator('.answer')).toContainText(right);
			await expect(wrongChoice).toContainText('wrong');
			await expect(card.locator('.choice', { hasText: right })).toContainText('right answer');
		} else {
			await card.getByRole('textbox', { name: 'Your answer' }).fill('no idea at all');
			await press(p.check, isMobile);
			await expect(p.verdict).toHaveText(/Not quite/);
			await expect(p.feedback.locator('.answer')).toContainText(q.answers![0]!);
		}
		// The answer can no longer be changed once checked.
		await expect(card.locator('input').first()).toBeDisabled();
		await press(i === 0 ? p.next : p.results, isMobile);
	}
	await expect(page.locator('.score')).toContainText('0 out of 2');
});

/** Opens `url` in a fresh browser profile and reads the first `limit` questions as shown. */
async function walkQuiz(browser: Browser, url: string, isMobile: boolean, limit = Infinity) {
	// A fresh browser profile for each student, with this project's device settings.
	const { baseURL, viewport, userAgent, deviceScaleFactor, hasTouch } = test.info().project.use;
	const context = await browser.newContext({
		baseURL,
		viewport,
		userAgent,
		deviceScaleFactor,
		isMobile,
		hasTouch
	});
	const page = await context.newPage();
	await page.goto(url);
	const p = player(page);
	await expect(p.counter).toBeVisible();
	const total = Number(/of (\d+)/.exec((await p.counter.textContent())!)![1]);
	const seen: string[][] = [];
	for (let i = 0; i < Math.min(total, limit); i++) {
		await expect(p.counter).toHaveText(`Question ${i + 1} of ${total}`);
		seen.push(await snapshotQuestion(page));
		if (i < total - 1) await press(p.next, isMobile);
	}
	await context.close();
	return seen;
}

test('the same seed gives every student the same quiz', async ({ browser, isMobile }) => {
	const url = playUrl({ preset: 'full', seed: 'class1' });
	const [first, second] = await Promise.all([
		walkQuiz(browser, url, isMobile),
		walkQuiz(browser, url, isMobile)
	]);
	expect(first).toHaveLength(20);
	expect(second).toEqual(first);
	// Another seed gives another quiz: the first few questions already differ.
	const other = await walkQuiz(browser, playUrl({ preset: 'full', seed: 'class2' }), isMobile, 4);
	expect(other.map((q) => q[0])).not.toEqual(first.slice(0, 4).map((q) => q[0]));
});

test('a quiz started from the chooser gets a seed in its address', async ({ page, isMobile }) => {
	await page.goto(QUIZ);
	const card = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Quick check' }) });
	await press(card.getByRole('link', { name: /^Start/ }), isMobile);
	await expect(player(page).counter).toHaveText(/^Question 1 of 8$/);
	await expect(page).toHaveURL(/[?&]preset=quick&seed=[a-z0-9]+$/);
	// Reloading that address gives the same first question.
	const first = await snapshotQuestion(page);
	await page.reload();
	await expect(player(page).counter).toBeVisible();
	expect(await snapshotQuestion(page)).toEqual(first);
});

test('the custom mix form starts a quiz of the chosen type and length', async ({
	page,
	isMobile
}) => {
	await page.goto(QUIZ);
	await press(page.getByRole('checkbox', { name: 'Put in order' }), isMobile);
	await page.getByRole('spinbutton', { name: 'How many questions?' }).fill('3');
	await press(page.getByRole('button', { name: 'Start my quiz' }), isMobile);
	const p = player(page);
	await expect(p.counter).toHaveText('Question 1 of 3');
	await expect(page).toHaveURL(/[?&]seed=[a-z0-9]+/);
	const shown = new Set<string>();
	for (let i = 0; i < 3; i++) {
		await expect(p.counter).toHaveText(`Question ${i + 1} of 3`);
		await expect(page.getByText('Put these in order with the Up and Down buttons.')).toBeVisible();
		await expect(page.locator('.card ol.order li').first()).toBeVisible();
		shown.add((await snapshotQuestion(page)).join('\n'));
		if (i < 2) await press(p.next, isMobile);
	}
	expect(shown.size).toBe(3);
});

test('a shared link without a seed, opened directly, shows the quiz and gets a seed', async ({
	page
}) => {
	await page.goto(`${SLUG}/quiz/play/?preset=quick`);
	await expect(player(page).counter).toHaveText('Question 1 of 8');
	await expect(page).toHaveURL(/[?&]preset=quick&seed=[a-z0-9]+$/);
	// That address now names this exact quiz: opened again, it shows the same first question.
	const first = await snapshotQuestion(page);
	const again = await page.context().newPage();
	await again.goto(page.url());
	await expect(player(again).counter).toHaveText('Question 1 of 8');
	expect(await snapshotQuestion(again)).toEqual(first);
});

test('a hand-written ?ids=a,b&seed=x link (plain commas), opened directly, shows the quiz', async ({
	page
}) => {
	const ids = oneOfEach.slice(0, 2).map((q) => q.id);
	await page.goto(`${SLUG}/quiz/play/?ids=${ids.join(',')}&seed=x`);
	await expect(player(page).counter).toHaveText('Question 1 of 2');
	await expect(page).toHaveURL(/[?&]seed=x$/);
});

test('"Show in the article" marks the sentence in its paragraph', async ({ page, isMobile }) => {
	// The true-or-false question whose evidence is furthest down the article, so the page has to scroll.
	const paragraphOf = (x: BankQuestion) => Number(/^p-(\d+)/.exec(evidenceSentences(x)[0]!)![1]);
	const q = usable
		.filter((x) => x.type === 'true-false')
		.reduce((a, b) => (paragraphOf(b) > paragraphOf(a) ? b : a));
	await startQuiz(page, { ids: q.id, seed: 'evidence' });
	const p = player(page);
	const card = page.locator('.card');
	await press(card.locator('.choice').first(), isMobile);
	await press(p.check, isMobile);
	const evidence = p.feedback.locator('figure.evidence').first();
	await expect(evidence).toBeVisible();
	const sentence = squash((await evidence.locator('blockquote').textContent())!).replace(
		/^“|”$/g,
		''
	);
	const paragraph = /Paragraph (\d+)/.exec(
		(await evidence.locator('figcaption').textContent())!
	)![1];
	expect(fold(sentence)).toContain(fold(q.evidence[0]!));

	await press(evidence.getByRole('link', { name: /Show in the article/ }), isMobile);
	await expect(page).toHaveURL(
		new RegExp(`/${SLUG}/?\\?mark=p-${paragraph}(:|%3A)\\d+-\\d+#p-${paragraph}$`)
	);
	// The sentence may be cut into several <mark>s around glossary terms; together they read as the sentence.
	const marks = page.locator(`#p-${paragraph} mark`);
	await expect(marks.first()).toBeVisible();
	await expect.poll(async () => squash((await marks.allTextContents()).join(''))).toBe(sentence);
	const paragraphText = squash((await page.locator(`#p-${paragraph}`).textContent())!);
	expect(paragraphText).toContain(sentence);
	await expect(marks.first()).toBeInViewport();
	await expect(marks.last()).toBeInViewport();
	// Nothing outside that paragraph is marked.
	await expect(page.locator('article mark')).toHaveCount(await marks.count());
});

test('"Retry the N I missed" starts a quiz of exactly those questions', async ({
	page,
	isMobile
}) => {
	const picked = ['true-false', 'single', 'short-answer'].map(
		(type) => usable.find((q) => q.type === type)!
	);
	await startQuiz(page, { ids: picked.map((q) => q.id).join(','), seed: 'retry' });
	const p = player(page);
	const missed: string[] = [];
	for (let i = 0; i < picked.length; i++) {
		const q = await currentQuestion(page, picked);
		if (q.type === 'true-false') {
			// The one answered right.
			await answerCorrectly(page, q, isMobile);
			await press(p.check, isMobile);
			await expect(p.verdict).toHaveText(/Correct/);
		} else if (q.type === 'single') {
			// Answered wrong.
			const right = plain(q.options!.find((o) => o.correct)!.text);
			await press(page.locator('.choice').filter({ hasNotText: right }).first(), isMobile);
			await press(p.check, isMobile);
			await expect(p.verdict).toHaveText(/Not quite/);
			missed.push(plain(q.prompt));
		} else {
			// Skipped without an answer: counts as missed too.
			missed.push(plain(q.prompt));
		}
		await press(i === picked.length - 1 ? p.results : p.next, isMobile);
	}
	await expect(page.locator('.score')).toContainText('1 out of 3');
	const retry = page.getByRole('link', { name: 'Retry the 2 I missed' });
	await expect(retry).toBeVisible();
	await press(retry, isMobile);

	await expect(p.counter).toHaveText('Question 1 of 2');
	const prompts: string[] = [];
	for (let i = 0; i < 2; i++) {
		await expect(p.counter).toHaveText(`Question ${i + 1} of 2`);
		prompts.push(squash((await p.prompt.textContent())!));
		// A fresh start: nothing is answered yet.
		await expect(p.check).toBeDisabled();
		if (i === 0) await press(p.next, isMobile);
	}
	expect(prompts.sort()).toEqual(missed.sort());
});

test.describe('questions with two evidence quotes from one sentence', () => {
	test.skip(sameSentence.length === 0, 'no such question in the bank');
	// Regression: two quotes from one sentence once shared an {#each} key and broke the feedback.
	test('checking one shows the verdict and its evidence', async ({ page, isMobile }) => {
		const q = sameSentence.find((x) => x.type === 'match') ?? sameSentence[0]!;
		await startQuiz(page, { ids: q.id, seed: 'same-sentence' });
		await answerCorrectly(page, q, isMobile);
		await activate(page, player(page).check, isMobile);
		await expect(player(page).verdict).toHaveText(/Correct/);
		// One quote per paragraph: the sentence quoted twice is shown, and linked to, once.
		const paragraphs = new Set(evidenceSentences(q).map((key) => key.split(':')[0]));
		await expect(
			player(page).feedback.getByRole('link', { name: /Show in the article/ })
		).toHaveCount(paragraphs.size);
	});

	test('a quiz that contains one still shows its results', async ({ page, isMobile }) => {
		const q = sameSentence[0]!;
		await startQuiz(page, { ids: q.id, seed: 'same-sentence' });
		await press(player(page).results, isMobile);
		await expect(page.getByRole('heading', { name: /^Your results/ })).toBeVisible();
		await expect(page.locator('.score')).toContainText('0 out of 1');
	});
});

test.describe('what a student enters is never lost', () => {
	test('an answer picked but not checked counts once the student moves on', async ({
		page,
		isMobile
	}) => {
		await startQuiz(page, { preset: 'quick', seed: 'unchk' });
		const p = player(page);
		const total = Number(/of (\d+)/.exec((await p.counter.textContent())!)![1]);
		await answerCorrectly(page, await currentQuestion(page, bank), isMobile);
		// Straight on, without Check.
		await activate(page, p.next, isMobile);
		await expect(p.counter).toHaveText(`Question 2 of ${total}`);
		await press(p.back, isMobile);
		await expect(p.verdict).toHaveText(/Correct/);
		for (let i = 1; i < total; i++) await press(p.next, isMobile);
		await press(p.results, isMobile);

		await expect(page.locator('.score')).toContainText(`1 out of ${total}`);
		const cards = page.locator('.review > li');
		await expect(cards.first().locator('.badge')).toHaveText('✓ Right');
		await expect(page.getByRole('link', { name: `Retry the ${total - 1} I missed` })).toBeVisible();
		// A question the results call unanswered never claims an answer.
		for (const card of await cards.all()) {
			if ((await card.locator('.badge').textContent())?.includes('Not answered'))
				await expect(card.locator('dd').first()).toHaveText('(nothing)');
		}
		// And the device kept it: the progress page agrees.
		await page.goto('progress/');
		await expect(page.locator('.totals')).toContainText(/^\s*1 of \d+ questions right/);
	});
});

test.describe('Enter in a typed answer checks it', () => {
	for (const type of ['short-answer', 'fill-blank'] as const) {
		test(type, async ({ page, isMobile }) => {
			const q = bank.find((x) => x.type === type)!;
			await startQuiz(page, { ids: q.id, seed: 'enter' });
			await page.evaluate(() => ((window as unknown as { stay: boolean }).stay = true));
			const box = page.locator('.card').getByRole('textbox').first();
			if (isMobile) await box.tap();
			else await tabTo(page, box);
			await page.keyboard.type(type === 'short-answer' ? q.answers![0]! : q.blanks![0]![0]!);
			await page.keyboard.press('Enter');
			await expect(player(page).verdict).toBeVisible();
			await expect(player(page).verdict).toBeFocused();
			// Checked in place: no reload, no new address.
			expect(await page.evaluate(() => (window as unknown as { stay?: boolean }).stay)).toBe(true);
			await expect(page).toHaveURL(new RegExp(`ids=${q.id}&seed=enter$`));
		});
	}
});

/** The verdict is on screen between the sticky module tabs and the sticky Back/Next bar. */
async function verdictInSight(page: Page): Promise<boolean> {
	const v = (await player(page).verdict.boundingBox())!;
	const bar = (await page.locator('.actions').boundingBox())!;
	const tabs = (await page.locator('nav[aria-label="This module"]').boundingBox())!;
	return v.y >= tabs.y + tabs.height && v.y + v.height <= bar.y;
}

test.describe('after Check, the feedback comes into view and takes focus', () => {
	test('feedback taller than the screen starts at its verdict', async ({ page, isMobile }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const q = bank.find((x) => x.id === 'who-is-who')!;
		await startQuiz(page, { ids: q.id, seed: 'tall' });
		const first = page.getByRole('combobox', { name: plain(q.pairs![0]!.left), exact: true });
		await first.selectOption({ index: 1 });
		await activate(page, player(page).check, isMobile);
		await expect(player(page).verdict).toBeFocused();
		await expect.poll(() => verdictInSight(page)).toBe(true);
	});

	for (const motion of ['reduce', 'no-preference'] as const) {
		test(`prefers-reduced-motion: ${motion}`, async ({ page, isMobile }) => {
			await page.emulateMedia({ reducedMotion: motion });
			// A question with four long-ish options, whose feedback starts below the fold on a phone.
			const q = bank.find((x) => x.id === 'troop-level')!;
			await startQuiz(page, { ids: q.id, seed: 'fold' });
			const p = player(page);
			const card = page.locator('.card');
			const right = plain(q.options!.find((o) => o.correct)!.text);
			await press(card.locator('.choice').filter({ hasNotText: right }).first(), isMobile);
			await activate(page, p.check, isMobile);
			await expect(p.verdict).toBeFocused();
			await expect.poll(() => verdictInSight(page)).toBe(true);
			if (!isMobile) {
				// Keyboard users read on into the feedback.
				await page.keyboard.press('Tab');
				await expect(p.feedback.getByRole('link').first()).toBeFocused();
			}
		});
	}
});

test('each paragraph of evidence is shown and linked once', async ({ page, isMobile }) => {
	const q = bank.find((x) => x.id === 'obama-2014-reason')!;
	await startQuiz(page, { ids: q.id, seed: 'once' });
	await answerCorrectly(page, q, isMobile);
	await activate(page, player(page).check, isMobile);
	const figures = player(page).feedback.locator('figure.evidence');
	await expect(figures).toHaveCount(1);
	await expect(figures.getByRole('link', { name: /Show in the article/ })).toHaveCount(1);
	await expect(figures.locator('blockquote p')).toHaveCount(1);
	const sentence = squash((await figures.locator('blockquote').textContent())!);
	for (const quote of q.evidence) expect(fold(sentence)).toContain(fold(quote));
});

test('a long answer chosen in a matching question can be read in full', async ({
	page,
	isMobile
}) => {
	const q = bank.find((x) => x.id === 'who-is-who')!;
	const longest = q.pairs!.reduce((a, b) =>
		plain(b.right).length > plain(a.right).length ? b : a
	);
	await startQuiz(page, { ids: q.id, seed: 'long' });
	const select = page.getByRole('combobox', { name: plain(longest.left), exact: true });
	if (isMobile) await select.selectOption({ label: plain(longest.right) });
	else {
		await tabTo(page, select);
		const options = (await select.locator('option').allTextContents()).map(squash);
		for (let i = 0; i < options.indexOf(plain(longest.right)); i++)
			await page.keyboard.press('ArrowDown');
	}
	const row = page.locator('.match .row').filter({ has: select });
	const shown = row.locator('.shown');
	await expect(shown).toHaveText(plain(longest.right));
	// Wrapped inside its box rather than cut off at its edge.
	expect(await shown.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
	const inner = (await shown.boundingBox())!;
	const outer = (await row.locator('.pick').boundingBox())!;
	expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
	expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height);
	if (isMobile) expect(inner.height).toBeGreaterThan(30); // more than one line on a phone
});

test('partial credit is explained and the progress page shows the same percentage', async ({
	page,
	isMobile
}) => {
	// Two right options of four: choosing one of them earns half the point.
	const q = bank.find(
		(x) => x.type === 'multiple' && x.options!.filter((o) => o.correct).length === 2
	)!;
	await startQuiz(page, { ids: q.id, seed: 'half' });
	const one = plain(q.options!.find((o) => o.correct)!.text);
	await press(page.locator('.card .choice').filter({ hasText: one }), isMobile);
	await press(player(page).check, isMobile);
	// The same mark in the feedback as on the results page.
	await expect(player(page).verdict).toHaveText('◐ Partly right: 50%');
	await press(player(page).results, isMobile);
	await expect(page.locator('.score')).toHaveText(
		'0.5 out of 1 (50%) · 0 fully right, 1 partly right'
	);
	await expect(page.locator('.partial-note')).toContainText('earns its share of the point');
	await expect(page.locator('.review .badge')).toHaveText('◐ Partly right: 50%');
	await page.goto('progress/');
	await expect(page.getByRole('img', { name: /Scores of your last quizzes/ })).toHaveAttribute(
		'aria-label',
		/: 50%$/
	);
});
