import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { slugify as slugifyTerm } from '../../src/lib/content/markdown';

export const SLUG = 'kadhimi-us-troops-2021';
export const ARTICLE = `${SLUG}/`;
export const GLOSSARY = `${SLUG}/glossary/`;
export const QUIZ = `${SLUG}/quiz/`;
export const TEACHER = `${SLUG}/teacher/`;
export const WORD_REVIEW = `${SLUG}/glossary/review/`;

const root = fileURLToPath(new URL('../../', import.meta.url));
// A copy of ../shared/seed/000_f5ac4f414018f2d6.txt, so CI machines without it can compare.
export const SEED_FILE = fileURLToPath(
	new URL('../fixtures/seed/kadhimi-us-troops-2021.txt', import.meta.url)
);

/** Whitespace as a reader sees it: runs collapsed, ends trimmed. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
/** Inline Markdown as the words a student reads. */
export function plain(source: string): string {
	return squash(
		md
			.parseInline(source, {})
			.flatMap((t) => t.children ?? [])
			.map((c) =>
				c.type === 'text' || c.type === 'code_inline'
					? c.content
					: c.type === 'softbreak'
						? ' '
						: ''
			)
			.join('')
	);
}

// ---------------------------------------------------------------- seed text

export interface SeedText {
	title: string;
	standfirst: string;
	/** Body paragraphs in order, without the pull quote. */
	paragraphs: string[];
	/** The pull quote and how many body paragraphs come before it. */
	pullQuote: { text: string; attribution: string; after: number };
	updated: string;
}

export function readSeed(): SeedText {
	const lines = readFileSync(SEED_FILE, 'utf8')
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	const [title, standfirst, ...rest] = lines;
	const updated = rest.pop()!;
	const quoteAt = rest.findIndex((l) => l.startsWith('What we want from the US presence'));
	const [quote, attribution] = rest.splice(quoteAt, 2);
	return {
		title: title!,
		standfirst: standfirst!,
		paragraphs: rest,
		pullQuote: { text: quote!, attribution: attribution!, after: quoteAt },
		updated
	};
}

// ---------------------------------------------------------------- glossary

export interface GlossaryInput {
	term: string;
	aliases?: string[];
	category: string;
	definition: string;
}

export function readGlossary(): (GlossaryInput & { id: string })[] {
	const data = parse(readFileSync(`${root}content/${SLUG}/glossary.yaml`, 'utf8')) as {
		terms: GlossaryInput[];
	};
	return data.terms.map((t) => ({ ...t, id: slugifyTerm(t.term) }));
}

// ---------------------------------------------------------------- question bank

export type BankQuestion = {
	id: string;
	type: 'single' | 'multiple' | 'true-false' | 'fill-blank' | 'short-answer' | 'order' | 'match';
	prompt: string;
	options?: { text: string; correct?: boolean }[];
	answer?: boolean;
	answers?: string[];
	blanks?: string[][];
	text?: string;
	items?: string[];
	pairs?: { left: string; right: string }[];
	evidence: string[];
};

export function readQuestions(): BankQuestion[] {
	const data = parse(readFileSync(`${root}questions/${SLUG}.yaml`, 'utf8')) as {
		questions: BankQuestion[];
	};
	return data.questions;
}

const fold = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Where each evidence quote of a question sits, as "p-N:<sentence start>", worked out from the
 * seed text (which the article page is checked against) rather than from the app's own code.
 */
export function evidenceSentences(q: BankQuestion): string[] {
	const paragraphs = readSeed().paragraphs.map(fold);
	return q.evidence.map((quote) => {
		const needle = fold(quote.trim());
		const index = paragraphs.findIndex((p) => p.includes(needle));
		if (index < 0) throw new Error(`evidence of ${q.id} not in the article: ${quote}`);
		const at = paragraphs[index]!.indexOf(needle);
		for (const s of sentences.segment(paragraphs[index]!))
			if (s.index <= at && at < s.index + s.segment.length) return `p-${index + 1}:${s.index}`;
		return `p-${index + 1}:?`;
	});
}

/** Two of the question's evidence quotes come from the same sentence of the article. */
export function quotesShareASentence(q: BankQuestion): boolean {
	const keys = evidenceSentences(q);
	return new Set(keys).size < keys.length;
}

export { QUESTION_TYPES } from '../../src/lib/bank/vocabulary';

/** A quiz link in the form the app itself writes (`,` encoded as `%2C`, seed last). */
export function playUrl(params: Record<string, string>): string {
	return `${SLUG}/quiz/play/?${new URLSearchParams(params).toString()}`;
}

// ---------------------------------------------------------------- keyboard

/**
 * Moves focus to `target` with Tab (or Shift+Tab when it lies behind), the way a keyboard user
 * would, and fails if it cannot be reached.
 */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
	const handle = await target.elementHandle();
	const isFocused = () => page.evaluate((el) => el === document.activeElement, handle);
	if (await isFocused()) return;
	const behind = await page.evaluate((el) => {
		const active = document.activeElement;
		if (!active || active === document.body || !el) return false;
		return !!(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
	}, handle);
	const key = behind ? 'Shift+Tab' : 'Tab';
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(key);
		if (await isFocused()) return;
	}
	throw new Error(`Could not reach ${target} with ${key} in ${max} presses`);
}

// ---------------------------------------------------------------- hydration

/**
 * Presses a glossary term until its toggletip opens. Pages are prerendered, so a press can land
 * before the app has hydrated and attached its handlers; a reader would simply press again.
 */
export async function openTerm(term: Locator, press: () => Promise<void>): Promise<void> {
	await expect(async () => {
		if ((await term.getAttribute('aria-expanded')) !== 'true') await press();
		await expect(term).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
	}).toPass({ timeout: 15_000 });
}

/**
 * Waits until the page has loaded its scripts and gone quiet, i.e. the app has taken over the
 * links, so that following one is a client-side navigation rather than a full page load.
 */
export async function settled(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
}

// ---------------------------------------------------------------- quiz player

/** The quiz player's controls, on a page or in a frame (the SCORM package in an LMS). */
export function player(page: Pick<Page, 'locator' | 'getByText' | 'getByRole'>) {
	return {
		prompt: page.locator('.card .prompt'),
		counter: page.getByText(/^Question \d+ of \d+$/),
		check: page.getByRole('button', { name: 'Check', exact: true }),
		next: page.getByRole('button', { name: 'Next', exact: true }),
		back: page.getByRole('button', { name: 'Back', exact: true }),
		results: page.getByRole('button', { name: 'See results', exact: true }),
		feedback: page.locator('.feedback'),
		verdict: page.locator('.feedback .verdict')
	};
}

/** What a student sees of the current question: the prompt and the answers on offer, in order. */
export async function snapshotQuestion(page: Page): Promise<string[]> {
	const card = page.locator('.card');
	await expect(card.locator('.prompt')).toBeVisible();
	return card.evaluate((el) => {
		const text = (n: Element | null | undefined) =>
			(n?.textContent ?? '').replace(/\s+/g, ' ').trim();
		const out = [text(el.querySelector('.prompt'))];
		for (const c of el.querySelectorAll('.choice .text, .order li .text')) out.push(text(c));
		for (const row of el.querySelectorAll('.match .row')) {
			out.push(
				text(row.querySelector('label')) +
					' -> ' +
					[...row.querySelectorAll('option')].map((o) => text(o)).join(' | ')
			);
		}
		for (const p of el.querySelectorAll('.cloze')) out.push(text(p));
		return out;
	});
}

/** After a first visit: waits until the service worker controls the page (not just `ready`). */
export async function serviceWorkerActive(page: Page): Promise<void> {
	await page.waitForFunction(
		() => navigator.serviceWorker.controller?.state === 'activated',
		null,
		{
			timeout: 20_000
		}
	);
}

/** Visits `url` once, waits until the service worker serves the page, then cuts the network. */
export async function offlineAfterOneVisit(
	page: Page,
	context: BrowserContext,
	url = './'
): Promise<void> {
	await page.goto(url);
	await serviceWorkerActive(page);
	await context.setOffline(true);
}

// ---------------------------------------------------------------- stored progress

/** As in some private modes: IndexedDB is there but refuses to open, in every page of `context`. */
export async function refuseStorage(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			value: {
				open: () => {
					throw new DOMException('refused', 'InvalidStateError');
				}
			},
			configurable: true
		});
	});
}

/** Writes records into the app's IndexedDB store (localforage's), as an earlier visit would have. */
export async function plantRecords(page: Page, records: [string, unknown][]): Promise<void> {
	await page.evaluate(
		(records) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('lectern');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('progress', 'readwrite');
					for (const [key, value] of records) tx.objectStore('progress').put(value, key);
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			}),
		records
	);
}

/**
 * The records of the app's IndexedDB store whose keys start with `prefix`, as stored. Reads
 * only: a database the app has not made yet is not made here (a test's connection would then
 * hold the app's first open back), and the connection is closed after the read.
 */
export function storedEntries(page: Page, prefix: string): Promise<[string, unknown][]> {
	return page.evaluate(
		(prefix) =>
			new Promise<[string, unknown][]>((resolve) => {
				const open = indexedDB.open('lectern');
				open.onupgradeneeded = () => open.transaction?.abort();
				open.onerror = () => resolve([]);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('progress')) {
						db.close();
						return resolve([]);
					}
					const store = db.transaction('progress').objectStore('progress');
					const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
					const keys = store.getAllKeys(range);
					const values = store.getAll(range);
					values.onsuccess = () => {
						db.close();
						resolve(keys.result.map((key, i) => [String(key), values.result[i]]));
					};
				};
			}),
		prefix
	);
}

/** One record of the app's IndexedDB store, as it is stored (undefined when there is none). */
export async function storedRecord(page: Page, key: string): Promise<unknown> {
	return (await storedEntries(page, key)).find(([stored]) => stored === key)?.[1];
}

// ---------------------------------------------------------------- word review

/** Turns the word card on screen over (the page shows cards only once it has read the store). */
export async function showMeaning(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^Show (meaning|the word)$/ }).click();
	await expect(page.getByRole('button', { name: 'I knew it' })).toBeVisible();
}

// ---------------------------------------------------------------- reading place

/**
 * Reads to paragraph 20 or so, waits until the article has saved the place (polling the store
 * rather than sleeping: it saves once the reader pauses), then opens the article again, which
 * offers to go back. Returns the saved paragraph number and the offer.
 */
export async function readAndComeBack(page: Page): Promise<{ place: number; offer: Locator }> {
	await page.goto(ARTICLE);
	await page.waitForLoadState('networkidle');
	await page.locator('#p-20').scrollIntoViewIfNeeded();
	const savedPlace = async () => {
		const reading = (await storedRecord(page, `reading:${SLUG}`)) as
			| { paragraph?: string }
			| undefined;
		return Number((reading?.paragraph ?? 'p-0').slice(2));
	};
	await expect.poll(savedPlace).toBeGreaterThan(10);
	const place = await savedPlace();
	await page.goto(ARTICLE);
	const offer = page.getByRole('link', { name: `Continue reading at paragraph ${place}` });
	await expect(offer).toBeVisible();
	return { place, offer };
}
