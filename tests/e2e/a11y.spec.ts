import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	ARTICLE,
	GLOSSARY,
	QUESTION_TYPES,
	QUIZ,
	TEACHER,
	WORD_REVIEW,
	openTerm,
	showMeaning,
	settled,
	playUrl,
	player,
	quotesShareASentence,
	readQuestions
} from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page, or only on `within` (selectors) when the rest was checked already. */
async function expectNoViolations(page: Page, what: string, within: string[] = []) {
	let axe = new AxeBuilder({ page }).withTags(TAGS);
	for (const selector of within) axe = axe.include(selector);
	const { violations } = await axe.analyze();
	const summary = violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, `axe on ${what}`).toEqual([]);
}

// A quiz with one question of each type (every kind of answer widget) whose feedback renders
// (see quiz.spec.ts for the questions whose feedback does not).
const bank = readQuestions().filter((q) => !quotesShareASentence(q));
const everyType = QUESTION_TYPES.map((type) => bank.find((q) => q.type === type)!);
const quizParams = { ids: everyType.map((q) => q.id).join(','), seed: 'a11y' };

/** Gives some answer to the question on screen (right or wrong) and checks it. */
async function answerAndCheck(page: Page) {
	const p = player(page);
	const card = page.locator('.card');
	if (await card.locator('.choice').count()) await card.locator('.choice').first().click();
	for (const box of await card.getByRole('textbox').all()) await box.fill('an answer');
	if (await card.locator('select').count())
		await card.locator('select').first().selectOption({ index: 1 });
	await p.check.click();
	await expect(p.verdict).toBeVisible();
}

/** Opens the quiz and checks an answer to its first question. */
async function checkFirstQuestion(page: Page) {
	await page.goto(playUrl(quizParams));
	await expect(player(page).counter).toHaveText(`Question 1 of ${everyType.length}`);
	await answerAndCheck(page);
}

test.describe('no axe violations', () => {
	test('home page', async ({ page, isMobile }) => {
		test.skip(isMobile, 'a static page: checked once, on desktop');
		await page.goto('./');
		await expect(page.getByRole('heading', { level: 1, name: 'Study modules' })).toBeVisible();
		await expectNoViolations(page, 'the module list');
	});

	test('article, closed and with a toggletip open', async ({ page }) => {
		await page.goto(ARTICLE);
		await expect(page.locator('article h1')).toBeVisible();
		await expectNoViolations(page, 'the article');
		const term = page.locator('button.term').first();
		await openTerm(term, () => term.click());
		await expect(page.locator('.tip')).toBeVisible();
		// The rest of the page is unchanged: check the open term and its bubble.
		await expectNoViolations(page, 'the article with a toggletip open', [
			'button.term[aria-expanded="true"]',
			'.tip'
		]);
	});

	test('glossary', async ({ page, isMobile }) => {
		test.skip(isMobile, 'a static page: checked once, on desktop');
		await page.goto(GLOSSARY);
		await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
		await expectNoViolations(page, 'the glossary');
	});

	test('quiz chooser', async ({ page, isMobile }) => {
		test.skip(isMobile, 'a static page: checked once, on desktop');
		await page.goto(QUIZ);
		await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
		await expectNoViolations(page, 'the quiz chooser');
	});

	test('printable quiz and answer key', async ({ page, isMobile }) => {
		test.skip(isMobile, 'a static page: checked once, on desktop');
		await page.goto(`${QUIZ}print/?preset=full&key=1&seed=a11y`);
		await expect(page.getByRole('heading', { level: 2, name: /^Answer key/ })).toBeVisible();
		await expectNoViolations(page, 'the printable quiz');
	});

	test('teacher view, filtered so the coverage map has gaps', async ({ page, isMobile }) => {
		test.skip(isMobile, 'a static page: checked once, on desktop');
		// Axe over all 74 questions takes most of a minute on a busy machine. These two skills have
		// questions of every type, and leave gaps in the coverage map to check too.
		test.setTimeout(90_000);
		await page.goto(TEACHER);
		await settled(page);
		await page.getByRole('checkbox', { name: /^cause and effect/ }).check();
		await page.getByRole('checkbox', { name: /^main idea/ }).check();
		const types = await page.locator('article.question .tags span:first-child').allTextContents();
		expect(new Set(types).size, 'every type of question on the page').toBe(QUESTION_TYPES.length);
		await expect(page.locator('.map > li.level-0').first()).toBeVisible();
		await expectNoViolations(page, 'the filtered teacher view');
		// The shades of the map are mixed from the theme's colours: check the dark theme too.
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoViolations(page, 'the coverage map, dark', ['.map', '.legend']);
	});

	test('word review: a card, its meaning shown, and the end of a round', async ({ page }) => {
		await page.goto(WORD_REVIEW);
		await expect(page.getByRole('button', { name: 'Show meaning' })).toBeVisible();
		await expectNoViolations(page, 'a word card');
		await showMeaning(page);
		await expectNoViolations(page, 'a word card with its meaning', ['.card']);
		await page.getByRole('button', { name: 'I knew it' }).click();
		for (let left = 9; left > 0; left--) {
			await showMeaning(page);
			await page.getByRole('button', { name: 'I knew it' }).click();
		}
		await expect(page.getByRole('heading', { name: 'Round finished' })).toBeVisible();
		await expectNoViolations(page, 'the end of a round', ['.done']);
	});

	test('every kind of question, its feedback, and the results', async ({ page, isMobile }) => {
		const p = player(page);
		const n = everyType.length;
		await page.goto(playUrl(quizParams));
		for (let i = 0; i < n; i++) {
			await expect(p.counter).toHaveText(`Question ${i + 1} of ${n}`);
			// Every widget on desktop; on the phone the first question and the widgets whose layout
			// changes with the width (order buttons, match rows).
			const narrowLayout = (await page.locator('.card ol.order, .card .match').count()) > 0;
			if (!isMobile || i === 0 || narrowLayout) await expectNoViolations(page, `question ${i + 1}`);
			if (i === 0) {
				await answerAndCheck(page);
				await expectNoViolations(page, 'a question with its feedback');
			}
			await (i < n - 1 ? p.next : p.results).click();
		}
		await expect(page.getByRole('heading', { name: /^Your results/ })).toBeVisible();
		await expectNoViolations(page, 'the results page');
	});
});

// ---------------------------------------------------------------- content security policy

/** Records every CSP violation the page reports, from the first script on. */
async function watchCsp(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`)
		);
	});
}

async function expectStrictPolicy(page: Page, what: string) {
	const policy = await page
		.locator('meta[http-equiv="content-security-policy" i]')
		.getAttribute('content');
	expect(policy, `${what} has a CSP meta tag`).toBeTruthy();
	const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(policy!)?.[1];
	expect(scriptSrc, `${what}: script-src`).toBeTruthy();
	expect(scriptSrc, `${what}: script-src`).not.toContain("'unsafe-inline'");
	expect(scriptSrc, `${what}: script-src`).not.toContain("'unsafe-eval'");
	// Nor inline styles: only the exact style attributes SvelteKit writes itself, by hash.
	const styleSrc = /(?:^|;)\s*style-src\s+([^;]*)/.exec(policy!)?.[1];
	expect(styleSrc, `${what}: style-src`).toBeTruthy();
	expect(styleSrc, `${what}: style-src`).not.toContain("'unsafe-inline'");
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** Every kind of page, each opened fresh and brought to its most interactive state. */
const pages: { name: string; open: (page: Page) => Promise<void> }[] = [
	{
		name: 'home page',
		open: async (page) => {
			await page.goto('./');
			await expect(page.getByRole('heading', { level: 1, name: 'Study modules' })).toBeVisible();
		}
	},
	{
		name: 'article with a toggletip open',
		open: async (page) => {
			await page.goto(ARTICLE);
			const term = page.locator('button.term').first();
			await openTerm(term, () => term.click());
			await expect(page.locator('.tip')).toBeVisible();
		}
	},
	{
		name: 'glossary',
		open: async (page) => {
			await page.goto(GLOSSARY);
			await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
		}
	},
	{
		name: 'word review',
		open: async (page) => {
			await page.goto(WORD_REVIEW);
			await showMeaning(page);
		}
	},
	{
		name: 'quiz chooser',
		open: async (page) => {
			await page.goto(QUIZ);
			await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
		}
	},
	{
		name: 'teacher view',
		open: async (page) => {
			await page.goto(TEACHER);
			await expect(page.getByRole('heading', { level: 1, name: 'Teacher view' })).toBeVisible();
		}
	},
	{
		name: 'quiz question, feedback and results',
		open: async (page) => {
			await checkFirstQuestion(page);
			for (let i = 1; i < everyType.length; i++) await player(page).next.click();
			await player(page).results.click();
			await expect(page.getByRole('heading', { name: /^Your results/ })).toBeVisible();
		}
	},
	{
		// After the quiz above: its accuracy bars are sized by a style directive (CSSOM, which
		// style-src without 'unsafe-inline' allows), so they must still show their share.
		name: 'progress page with a finished quiz',
		open: async (page) => {
			await page.goto('progress/');
			const bar = page.locator('.tables .bar').first();
			await expect(bar).toBeVisible();
			expect(await bar.evaluate((el) => getComputedStyle(el).getPropertyValue('--share'))).toMatch(
				/^\d+%$/
			);
		}
	}
];

test.describe('content security policy', () => {
	// The policy and the scripts are the same on every device.
	test.skip(({ isMobile }) => isMobile, 'checked once, on desktop');

	test('every page forbids inline scripts and styles and nothing on it is blocked', async ({
		page
	}) => {
		await watchCsp(page);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		for (const { name, open } of pages) {
			await test.step(name, async () => {
				await open(page);
				await expectStrictPolicy(page, name);
				expect(await violations(page), `CSP violations on the ${name}`).toEqual([]);
				expect(errors, `script errors on the ${name}`).toEqual([]);
			});
		}
	});

	test('nothing is blocked when moving between pages by their links', async ({ page }) => {
		await watchCsp(page);
		await page.goto('./');
		await settled(page);
		await page
			.getByRole('link', { name: /Al Kadhimi/ })
			.first()
			.click();
		await expect(page.locator('article h1')).toBeVisible();
		const term = page.locator('button.term').nth(1);
		await openTerm(term, () => term.click());
		await expect(page.locator('.tip')).toBeVisible();
		const moduleNav = page.getByRole('navigation', { name: 'This module' });
		await moduleNav.getByRole('link', { name: 'Glossary' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
		await moduleNav.getByRole('link', { name: 'Quiz' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
		await page
			.getByRole('link', { name: /^Start/ })
			.first()
			.click();
		await expect(player(page).counter).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
});
