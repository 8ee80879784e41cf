import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	ARTICLE,
	GLOSSARY,
	QUIZ,
	openTerm,
	playUrl,
	player,
	quotesShareASentence,
	readQuestions
} from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, what: string) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const summary = violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, `axe on ${what}`).toEqual([]);
}

// A short quiz whose feedback renders (see quiz.spec.ts for questions whose feedback does not).
const bank = readQuestions().filter((q) => !quotesShareASentence(q));
const single = bank.find((q) => q.type === 'single')!;
const order = bank.find((q) => q.type === 'order')!;
const quizParams = { ids: `${single.id},${order.id}`, seed: 'a11y' };

/** Opens the quiz and checks a wrong answer on whichever question comes first. */
async function checkFirstQuestion(page: Page) {
	const p = player(page);
	await page.goto(playUrl(quizParams));
	await expect(p.counter).toHaveText('Question 1 of 2');
	const choice = page.locator('.choice').first();
	if (await choice.count()) await choice.click();
	await p.check.click();
	await expect(p.verdict).toBeVisible();
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
		await expectNoViolations(page, 'the article with a toggletip open');
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

	test('a question, its feedback, and the results', async ({ page }) => {
		await page.goto(playUrl(quizParams));
		await expect(player(page).counter).toHaveText('Question 1 of 2');
		await expectNoViolations(page, 'a quiz question');

		await checkFirstQuestion(page);
		await expectNoViolations(page, 'a question with its feedback');

		await player(page).next.click();
		await expect(player(page).counter).toHaveText('Question 2 of 2');
		await expectNoViolations(page, 'the second question, unanswered');
		await player(page).results.click();
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
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

const pages: {
	name: string;
	open: (page: Page) => Promise<void>;
	/** A known app bug keeps this page from passing: the reason. */
	bug?: string;
}[] = [
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
		},
		bug: 'zod is bundled for the browser (GlossaryList → glossary/schema.ts) and its eval probe trips script-src'
	},
	{
		name: 'quiz chooser',
		open: async (page) => {
			await page.goto(QUIZ);
			await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
		},
		bug: 'zod is bundled for the browser (QuizChooser → bank/schema.ts) and its eval probe trips script-src'
	},
	{
		name: 'quiz question, feedback and results',
		open: async (page) => {
			await checkFirstQuestion(page);
			await player(page).next.click();
			await player(page).results.click();
			await expect(page.getByRole('heading', { name: /^Your results/ })).toBeVisible();
		},
		bug: 'zod is bundled for the browser (quiz player → bank/schema.ts) and its eval probe trips script-src'
	}
];

test.describe('content security policy', () => {
	test('every page forbids inline scripts and eval in its CSP meta tag', async ({ page }) => {
		for (const { name, open } of pages) {
			await open(page);
			await expectStrictPolicy(page, name);
		}
	});

	for (const { name, open, bug } of pages) {
		test(`no CSP violation on the ${name}`, async ({ page }) => {
			test.fixme(!!bug, bug);
			await watchCsp(page);
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await open(page);
			expect(await violations(page)).toEqual([]);
			expect(errors, 'no script errors').toEqual([]);
		});
	}

	test('no CSP violation when moving between pages by their links', async ({ page }) => {
		await watchCsp(page);
		await page.goto('./');
		await page
			.getByRole('link', { name: /Al Kadhimi/ })
			.first()
			.click();
		await expect(page.locator('article h1')).toBeVisible();
		const term = page.locator('button.term').nth(1);
		await openTerm(term, () => term.click());
		await expect(page.locator('.tip')).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
});
