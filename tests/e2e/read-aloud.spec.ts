import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, SLUG } from './helpers';

/*
 * Read-aloud against a stand-in for the browser's speechSynthesis (injected before the page's
 * scripts): it records every utterance and fires its events when the test says, as a voice would
 * at the start of a sentence, at a word and at its end.
 */
interface Spoken {
	text: string;
	lang: string;
	rate: number;
	voice?: string;
}
declare global {
	interface Window {
		__speech: {
			log: Spoken[];
			current: string | undefined;
			cancels: number;
			boundary(): void;
			finish(): void;
		};
	}
}

const VOICES = [
	{ voiceURI: 'test:amy', name: 'Amy', lang: 'en-GB', localService: true, default: true },
	{ voiceURI: 'test:sam', name: 'Sam', lang: 'en-US', localService: true, default: false },
	{ voiceURI: 'test:net', name: 'Network', lang: 'en-US', localService: false, default: false },
	{ voiceURI: 'test:ana', name: 'Ana', lang: 'pt-BR', localService: true, default: false }
];

async function stubSpeech(page: Page, voices: typeof VOICES) {
	await page.addInitScript((voices) => {
		const log: Spoken[] = [];
		const queue: SpeechSynthesisUtterance[] = [];
		let current: SpeechSynthesisUtterance | null = null;
		let cancels = 0;
		class Utterance extends EventTarget {
			lang = '';
			rate = 1;
			voice: { name: string } | null = null;
			constructor(public text: string) {
				super();
			}
		}
		const fire = (u: SpeechSynthesisUtterance, type: string, extra: object = {}) => {
			const event = Object.assign(new Event(type), { utterance: u, charIndex: 0, ...extra });
			(u as unknown as Record<string, ((e: Event) => void) | null>)[`on${type}`]?.(event);
		};
		const next = () => {
			current = queue.shift() ?? null;
			if (current) fire(current, 'start');
		};
		const synth = Object.assign(new EventTarget(), {
			get speaking() {
				return !!current;
			},
			pending: false,
			paused: false,
			getVoices: () => voices,
			speak(u: SpeechSynthesisUtterance) {
				log.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name });
				queue.push(u);
				if (!current) next();
			},
			cancel() {
				cancels++;
				const gone = [current, ...queue.splice(0)].filter((u) => u !== null);
				current = null;
				for (const u of gone) fire(u, 'error', { error: 'interrupted' });
			},
			pause() {},
			resume() {}
		});
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: Utterance,
			configurable: true
		});
		window.__speech = {
			log,
			get current() {
				return current?.text;
			},
			get cancels() {
				return cancels;
			},
			boundary: () => current && fire(current, 'boundary', { name: 'word' }),
			finish() {
				const u = current;
				if (!u) return;
				current = null;
				fire(u, 'end');
				if (!current) next();
			}
		};
	}, voices);
}

const spoken = (page: Page) => page.evaluate(() => window.__speech.log.map((s) => s.text));
const current = (page: Page) => page.evaluate(() => window.__speech.current);
/** The text the read-aloud highlight covers, or undefined. */
const highlighted = (page: Page) =>
	page.evaluate(() =>
		[...(CSS.highlights.get('read-aloud') ?? [])].map((range) => String(range)).join(' | ')
	);

const readAloud = (page: Page) => page.getByRole('button', { name: 'Read aloud', exact: true });

test.describe('read-aloud with voices on the device', () => {
	test.beforeEach(async ({ page }) => {
		await stubSpeech(page, VOICES);
		await page.goto(ARTICLE);
		await expect(readAloud(page)).toBeVisible();
	});

	test('reads from the paragraph in view, a sentence at a time, highlighting each', async ({
		page
	}) => {
		await page.locator('#p-2').evaluate((p) => p.scrollIntoView());
		await readAloud(page).click();
		await expect(readAloud(page)).toHaveAttribute('aria-pressed', 'true');
		const first =
			'Mustafa Al Kadhimi said Iraq will still ask for US training and military intelligence gathering.';
		expect(await spoken(page)).toEqual([first]);
		await expect.poll(() => highlighted(page)).toBe(first);

		await page.evaluate(() => window.__speech.finish());
		const second = await current(page);
		expect(second).toMatch(/^His comments were made in an interview with the Associated Press/);
		await page.evaluate(() => window.__speech.boundary());
		expect(await highlighted(page)).toBe(second);

		// The paragraph's end leads on to the pull quote, then the next paragraph.
		await page.evaluate(() => window.__speech.finish());
		expect(await current(page)).toMatch(/^What we want from the US presence in Iraq/);
		// In the voice and language of the article (front matter lang, default en), not a network voice.
		const log = await page.evaluate(() => window.__speech.log);
		expect(new Set(log.map((s) => `${s.voice} ${s.lang} ${s.rate}`))).toEqual(
			new Set(['Amy en-GB 1'])
		);
	});

	test('reads from the paragraph holding focus, started and paused by Alt+R', async ({ page }) => {
		await page.locator('#p-5 button.term').first().focus();
		await page.keyboard.press('Alt+R');
		const paragraph = (await page.locator('#p-5').textContent())!;
		expect(paragraph.startsWith((await spoken(page))[0]!)).toBe(true);
		await page.evaluate(() => window.__speech.finish());
		const second = (await current(page))!;

		await page.keyboard.press('Alt+R');
		await expect(readAloud(page)).toHaveAttribute('aria-pressed', 'false');
		expect(await current(page)).toBeUndefined();
		await expect(page.getByRole('status').filter({ hasText: 'Reading paused' })).toBeAttached();
		// Paused, the sentence stays marked; resuming reads it again from its start.
		expect(await highlighted(page)).toBe(second);
		await readAloud(page).click();
		expect(await current(page)).toBe(second);
		await expect(readAloud(page)).toHaveAttribute('aria-pressed', 'true');
	});

	test('Stop ends the reading, clears the highlight and leaves focus on Read aloud', async ({
		page
	}) => {
		await readAloud(page).click();
		await expect.poll(() => highlighted(page)).not.toBe('');
		await page.getByRole('button', { name: 'Stop reading' }).click();
		expect(await current(page)).toBeUndefined();
		expect(await highlighted(page)).toBe('');
		await expect(page.getByRole('button', { name: 'Stop reading' })).toHaveCount(0);
		await expect(readAloud(page)).toBeFocused();
		// Starting again reads from the paragraph in view, not where it stopped.
		await readAloud(page).click();
		expect((await spoken(page)).at(-1)).toBe((await spoken(page))[0]);
	});

	test('stops when the student goes to another page or the tab is hidden', async ({ page }) => {
		await readAloud(page).click();
		expect(await current(page)).toBeTruthy();
		await page.evaluate(() => {
			Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
		});
		expect(await current(page)).toBeUndefined();
		await expect(readAloud(page)).toHaveAttribute('aria-pressed', 'false');

		await page.evaluate(() => {
			Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
		});
		await readAloud(page).click();
		expect(await current(page)).toBeTruthy();
		const count = (await spoken(page)).length;
		await page.getByRole('link', { name: 'Glossary', exact: true }).click();
		await expect(page).toHaveURL(/glossary\/$/);
		expect(await current(page)).toBeUndefined();
		await page.evaluate(() => window.__speech.finish());
		expect(await spoken(page)).toHaveLength(count);
	});

	test('speed and voice are settings kept on the device', async ({ page }) => {
		await page.getByRole('button', { name: 'Read-aloud settings' }).click();
		const voice = page.getByLabel('Voice (English)');
		// The device's own English voices only: no network voice, no other language.
		await expect(voice.locator('option')).toHaveText(['Amy', 'Sam']);
		await page.getByLabel('Speed').selectOption({ label: '1.5×' });
		await voice.selectOption({ label: 'Sam' });
		await expect(page.getByText('Saved on this device.')).toBeVisible();
		await readAloud(page).click();
		expect(await page.evaluate(() => window.__speech.log.at(-1))).toMatchObject({
			rate: 1.5,
			voice: 'Sam'
		});

		await page.reload();
		await page.getByRole('button', { name: 'Read-aloud settings' }).click();
		await expect(page.getByLabel('Speed')).toHaveValue('1.5');
		await expect(page.getByLabel('Voice (English)')).toHaveValue('test:sam');
		// Escape closes the settings and gives focus back to their button.
		await page.getByLabel('Speed').focus();
		await page.keyboard.press('Escape');
		await expect(page.getByLabel('Speed')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Read-aloud settings' })).toBeFocused();
	});

	test('a glossary definition has a Listen button that reads it', async ({ page }) => {
		const term = page.locator('#p-2 button.term').first();
		await term.click();
		const listen = page.getByRole('button', { name: 'Listen to the definition' });
		await listen.click();
		await expect(listen).toHaveAttribute('aria-pressed', 'true');
		const said = (await spoken(page)).at(-1)!;
		expect(said).toMatch(new RegExp(`^${await term.textContent()}`));
		expect(said).toContain((await page.locator('.tip .definition').textContent())!.trim());
		await page.evaluate(() => window.__speech.finish());
		await expect(listen).toHaveAttribute('aria-pressed', 'false');
	});

	test('offline, the bar stands clear above the banner that says so', async ({ page, context }) => {
		await context.setOffline(true);
		const banner = page.locator('.app-status.toast');
		await expect(banner).toContainText('You are offline');
		const bar = await page.locator('.read-aloud').boundingBox();
		const under = await banner.boundingBox();
		expect(bar!.y + bar!.height).toBeLessThanOrEqual(under!.y);
		await readAloud(page).click();
		await expect(readAloud(page)).toHaveAttribute('aria-pressed', 'true');
		await context.setOffline(false);
		await expect(banner).toHaveCount(0);
		await expect
			.poll(async () => {
				const box = (await page.locator('.read-aloud').boundingBox())!;
				return Math.round(page.viewportSize()!.height - (box.y + box.height));
			})
			.toBeLessThan(24);
	});

	test('axe finds nothing wrong on the article with the read-aloud bar and its settings', async ({
		page
	}) => {
		await readAloud(page).click();
		await page.getByRole('button', { name: 'Read-aloud settings' }).click();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations).toEqual([]);
	});
});

test('a quiz question has a Listen button that reads it with its options', async ({ page }) => {
	await stubSpeech(page, VOICES);
	await page.goto(`${SLUG}/quiz/play/?preset=quick&seed=read`);
	const card = page.locator('.card').first();
	const listen = card.getByRole('button', { name: 'Listen to the question and its options' });
	await listen.click();
	// The speaking code loads on the first press.
	await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
	const said = (await spoken(page)).at(-1)!;
	expect(said).toContain((await card.locator('.prompt').textContent())!.trim());
	for (const option of await card.locator('.choices .text, .order .text, .match .left').all())
		expect(said).toContain((await option.textContent())!.trim());
	// Pressed again, it stops.
	await listen.click();
	expect(await current(page)).toBeUndefined();
	await expect(listen).toHaveAttribute('aria-pressed', 'false');
});

test('with no voice for the language, there is no control and the settings say why', async ({
	page
}) => {
	await stubSpeech(
		page,
		VOICES.filter((v) => v.lang === 'pt-BR')
	);
	await page.goto(ARTICLE);
	const settings = page.getByRole('button', { name: 'Read-aloud settings' });
	await expect(settings).toBeVisible();
	await expect(readAloud(page)).toHaveCount(0);
	await settings.click();
	await expect(page.locator('#speech-settings')).toContainText(
		'this browser has no voice for English'
	);
	// Alt+R does nothing, and definitions have no Listen button.
	await page.keyboard.press('Alt+R');
	expect(await spoken(page)).toEqual([]);
	await page.locator('#p-2 button.term').first().click();
	await expect(page.locator('.tip .more')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Listen to the definition' })).toHaveCount(0);
});
