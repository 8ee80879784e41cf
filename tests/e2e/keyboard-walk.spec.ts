import { expect, test, type Page } from '@playwright/test';
import { inspectFocus, type FocusReport } from './focus-checks';
import {
	ARTICLE,
	GLOSSARY,
	QUESTION_TYPES,
	QUIZ,
	WORD_REVIEW,
	playUrl,
	quotesShareASentence,
	readAndComeBack,
	readQuestions,
	serviceWorkerActive
} from './helpers';

// This file tries the service worker (offline use, keeping, updates): the config blocks it
// elsewhere, where it would only spend each test's CPU downloading the module in the background.
test.use({ serviceWorkers: 'allow' });

// Issue 20 (WCAG 2.2 AA beyond axe): a keyboard walk through every student page. At every Tab and
// Shift+Tab stop the focused element is not covered by a sticky or fixed element (2.4.11) and its
// focus ring has 3:1 against what is behind it (1.4.11); every button the walk reaches that does not
// leave the page is pressed, and focus is never left on the page body after it (2.4.3).
//
// Three screens on the desktop project: 320×568 (a small phone, or 400% zoom of 1280 wide),
// 640×400 (200% zoom: the bars stop being sticky) and 1280×800. Setting those sizes on the phone
// project would walk the same layouts again, so the phone project walks its own screen instead:
// touch, a mobile viewport. Focus rings are judged in light on two of the desktop screens and in
// dark on the third and on the phone, so every page is walked in both schemes.
// Reduced motion: the checked answer scrolls into view at once, so it is judged where it settles.
// Each screen is about 1,100 key presses in three tests (35–45 s here, loaded); WALK_LOG=1 prints
// the time of each page.

interface View {
	label: string;
	project: 'desktop' | 'phone';
	size?: { width: number; height: number };
	scheme: 'light' | 'dark';
}
const VIEWS: View[] = [
	{
		label: '320×568, light',
		project: 'desktop',
		size: { width: 320, height: 568 },
		scheme: 'light'
	},
	{ label: '640×400, dark', project: 'desktop', size: { width: 640, height: 400 }, scheme: 'dark' },
	{
		label: '1280×800, light',
		project: 'desktop',
		size: { width: 1280, height: 800 },
		scheme: 'light'
	},
	{ label: 'the phone’s own screen, dark', project: 'phone', scheme: 'dark' }
];

/** Presses that leave the page, or undo the walk (erasing is tested in focus-kept.spec.ts). */
const NOT_PRESSED = /^(Yes, erase|Start my quiz)$/;

interface Walk {
	page: Page;
	/** What is wrong, one line per stop: the test fails at the end with the whole list. */
	problems: string[];
	/** Presses so far by button name, and the (context, name) pairs pressed. */
	count: Map<string, number>;
	done: Set<string>;
	/** Text of this element tells one state of the page from another (the quiz's counter). */
	context?: string;
	/** At most this many presses of a button of this name in the whole walk. */
	limits?: Record<string, number>;
	/** Buttons pressed every time they are reached: the way on (Next). */
	always?: string[];
	/** Called before pressing a button of this name (a Shift+Tab walk before Next). */
	before?: Record<string, () => Promise<void>>;
	/** Called after pressing, to wait for what the press started (a download to finish). */
	after?: (name: string) => Promise<void>;
}

function walker(page: Page, options: Omit<Walk, 'page' | 'problems' | 'count' | 'done'> = {}) {
	return { page, problems: [], count: new Map(), done: new Set(), ...options } satisfies Walk;
}

/** A stop, and whether a press (not Tab) put focus there. */
type Stop = FocusReport & { pressed?: boolean };

/** Records what is wrong with a Tab or Shift+Tab stop. */
function judge(walk: Walk, where: string, stop: FocusReport) {
	if (stop.hidden > 2)
		walk.problems.push(`${where}: ${stop.what} is ${stop.hidden}px under ${stop.hiddenBy}`);
	if (stop.ratio === null) walk.problems.push(`${where}: ${stop.what} has no focus ring`);
	else if (stop.ratio < 3)
		walk.problems.push(
			`${where}: ${stop.what} ring ${stop.ring} on ${stop.behind} is ${stop.ratio.toFixed(2)}:1`
		);
}

let tabs = 0;
async function tab(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<Stop> {
	tabs++;
	await page.keyboard.press(key);
	return inspectFocus(page, key === 'Tab' ? 'forward' : 'backward');
}

/** Fills in the control in focus (an answer, a name) as a keyboard user would; true if it did. */
async function answer(page: Page, stop: FocusReport): Promise<boolean> {
	if (stop.filled || stop.disabled) return false;
	if (stop.type === 'radio' || stop.type === 'checkbox') await page.keyboard.press('Space');
	else if (stop.tag === 'select') await page.keyboard.press('ArrowDown');
	else if (stop.tag === 'input' && ['text', ''].includes(stop.type))
		await page.keyboard.type('an answer');
	else return false;
	return true;
}

/** Presses the button in focus if the walk should; returns where focus went, or null. */
async function press(walk: Walk, where: string, stop: FocusReport): Promise<FocusReport | null> {
	const { page } = walk;
	if (!['button', 'summary'].includes(stop.tag) || stop.disabled) return null;
	if (NOT_PRESSED.test(stop.name)) return null;
	const context = walk.context
		? await page.evaluate((s) => document.querySelector(s)?.textContent ?? '', walk.context)
		: '';
	const key = `${context}|${stop.name}`;
	const times = walk.count.get(stop.name) ?? 0;
	if (!walk.always?.includes(stop.name)) {
		if (walk.done.has(key) || times >= (walk.limits?.[stop.name] ?? Infinity)) return null;
	}
	walk.done.add(key);
	walk.count.set(stop.name, times + 1);
	await walk.before?.[stop.name]?.();
	await page.keyboard.press('Enter');
	await walk.after?.(stop.name);
	const now = await inspectFocus(page, 'forward');
	if (now.body) walk.problems.push(`${where}: pressing “${stop.name}” left focus on the page`);
	else if (now.hidden > 2)
		walk.problems.push(
			`${where}: after “${stop.name}”, ${now.what} is ${now.hidden}px under ${now.hiddenBy}`
		);
	return now;
}

/**
 * Tabs forward from where focus is to the end of the page, judging each stop, answering quiz
 * questions and pressing buttons on the way; then Shift+Tabs back to the start, judging each stop.
 */
async function walkPage(walk: Walk, where: string, { back = true, stops = 600 } = {}) {
	const { page } = walk;
	const began = Date.now();
	let stop: Stop = await tab(page, 'Tab');
	for (let i = 0; i < stops && !stop.wrapped; i++) {
		// Only a stop reached by Tab is judged; one reached by a press (a heading, say) is not a stop.
		if (!stop.pressed) judge(walk, `${where}, Tab ${i + 1}`, stop);
		if (await answer(page, stop)) {
			stop = { ...(await inspectFocus(page, 'forward')), pressed: true, wrapped: false };
			continue;
		}
		const after = await press(walk, `${where}, Tab ${i + 1}`, stop);
		// Focus moved by a press may go back up the page (to the next question's heading): not a wrap.
		stop =
			after && !after.body ? { ...after, pressed: true, wrapped: false } : await tab(page, 'Tab');
	}
	if (back) await walkBack(walk, where);
	if (process.env.WALK_LOG) console.log(`${where}: ${Date.now() - began} ms, ${tabs} tabs so far`);
}

/** Shift+Tabs from the end of the page (or until `until` says stop), judging each stop. */
async function walkBack(walk: Walk, where: string, until?: (stop: FocusReport) => boolean) {
	const { page } = walk;
	for (let i = 0; i < 600; i++) {
		const stop = await tab(page, 'Shift+Tab');
		// The first step goes round from the top (or from the page) to the last control.
		if ((i > 0 && stop.wrapped) || stop.body || until?.(stop)) return;
		judge(walk, `${where}, Shift+Tab ${i + 1}`, stop);
	}
}

async function start(page: Page, url: string) {
	await page.goto(url);
	await page.waitForLoadState('networkidle');
}

// A quiz with one question of each type whose feedback renders (as in a11y.spec.ts), one with a hint.
const bank = readQuestions().filter((q) => !quotesShareASentence(q));
const everyType = QUESTION_TYPES.map(
	(type) =>
		bank.find((q) => q.type === type && (q as { hint?: string }).hint) ??
		bank.find((q) => q.type === type)!
);

for (const view of VIEWS) {
	test.describe(`keyboard walk, ${view.label}`, () => {
		test.use({ colorScheme: view.scheme, reducedMotion: 'reduce' });
		// Hundreds of key presses a page, each judged in the page (about 75 ms a stop when the
		// machine is busy): the article alone, with its 80 terms, is some 380 stops.
		test.describe.configure({ timeout: 120_000 });
		test.beforeEach(async ({ page }, info) => {
			test.skip(info.project.name !== view.project, `walked on the ${view.project} project`);
			if (view.size) await page.setViewportSize(view.size);
		});

		test('home, article, glossary', async ({ page }) => {
			const keep = page.getByRole('button', { name: 'Keep offline' });
			const remove = page.getByRole('button', { name: /^Remove from this device/ });
			const walk = walker(page, {
				// Keeping downloads the module, removing deletes it: wait for the button to say so.
				after: async (name) => {
					if (name === 'Keep offline') await expect(remove).toBeVisible({ timeout: 15_000 });
					if (name.startsWith('Remove')) await expect(keep).toBeVisible();
				}
			});
			await start(page, './');
			await serviceWorkerActive(page);
			await expect(keep.or(remove)).toBeVisible();
			await walkPage(walk, 'home');

			await start(page, ARTICLE);
			await walkPage(walk, 'article');
			// Coming back offers to continue reading, in a fixed bar: Tab to its ✕ and dismiss it.
			const { offer } = await readAndComeBack(page);
			await page.waitForLoadState('networkidle');
			await offer.focus();
			await walkPage(walk, 'article, the offer to continue', { back: false, stops: 2 });
			expect(walk.count.get('✕Dismiss')).toBe(1);

			await start(page, GLOSSARY);
			await walkPage(walk, 'glossary');
			expect(walk.problems).toEqual([]);
		});

		test('word review, quiz chooser, search', async ({ page }) => {
			const walk = walker(page, {
				context: '.card .front',
				limits: { 'Show meaning': 2, 'Not yet': 1, 'I knew it': 1 }
			});
			await start(page, WORD_REVIEW);
			await expect(page.getByRole('button', { name: 'Show meaning' })).toBeVisible();
			await walkPage(walk, 'word review');

			await start(page, QUIZ);
			await walkPage(walk, 'quiz chooser');

			await start(page, 'search/?q=troops');
			await expect(page.locator('.search-results a').first()).toBeVisible();
			await walkPage(walk, 'search for “troops”');
			expect(walk.problems).toEqual([]);
		});

		test('guided reading: a part, its checkpoint, the next part', async ({ page }) => {
			// Checking and continuing once is enough to judge every kind of stop the page has.
			const retry = page.getByRole('button', { name: /^Check try 2 of 2$/ });
			const walk = walker(page, {
				limits: { 'Continue reading': 1 },
				// A wrong first try: choose the other answer by keyboard, as a student would, and
				// Tab on to the second try.
				after: async (name) => {
					if (name !== 'Check' || !(await retry.isVisible()) || !(await retry.isDisabled())) return;
					await page.locator('section.checkpoint input:checked').focus();
					await page.keyboard.press('ArrowDown');
					await expect(retry).toBeEnabled();
				}
			});
			await start(page, `${ARTICLE}guided/`);
			await expect(page.locator('section.checkpoint')).toHaveCount(1);
			await walkPage(walk, 'guided reading');
			expect(walk.count.get('Continue reading')).toBe(1);
			await expect(page.locator('section.checkpoint')).toHaveCount(2);
			expect(walk.problems).toEqual([]);
		});

		test('a quiz of every type, its results, then progress', async ({ page }) => {
			const next = page.getByRole('button', { name: 'Next', exact: true });
			const walk = walker(page, {
				context: '.player .status',
				limits: { Back: 1 },
				always: ['Next', 'See results'],
				before: {
					// Back up through the question to the module tabs, then on.
					Next: async () => {
						const counter = await page.locator('.player .status span').last().textContent();
						await walkBack(
							walk,
							`quiz, ${counter}`,
							(stop) => stop.tag === 'a' && stop.name === 'Quiz'
						);
						await next.focus();
						await inspectFocus(page, 'forward');
					}
				}
			});
			await start(page, playUrl({ ids: everyType.map((q) => q.id).join(','), seed: 'walk' }));
			await walkPage(walk, 'quiz');
			await expect(page.getByRole('heading', { name: /^Your results/ })).toBeVisible();
			expect(walk.count.get('Check')).toBe(everyType.length);

			await start(page, 'progress/');
			await expect(page.getByRole('button', { name: 'Erase my progress' })).toBeVisible();
			await walkPage(walk, 'progress');
			expect(walk.problems).toEqual([]);
		});
	});
}
