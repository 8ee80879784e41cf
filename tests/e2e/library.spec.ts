import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { generateLibrary, type GeneratedModule } from '../../scripts/library/generate';
import { player, serviceWorkerActive, storedEntries } from './helpers';
import { buildVariant, serveStatic } from './static-site';
import { SCHEMA_VERSION } from '../../src/lib/progress/records';

// This file tries the service worker (offline use, keeping, updates): the config blocks it
// elsewhere, where it would only spend each test's CPU downloading the module in the background.
test.use({ serviceWorkers: 'allow' });

// A library of 20 generated modules, built three times (the second time with one module's
// question file changed, the third without one module) and served from one address, switching
// builds as a host does on deploy. Every file the server sends is logged, so a test can count
// what an update fetched.
const BASE = '/library';
const PORT = Number(process.env.LIBRARY_SITE_PORT ?? 4615);
const site = `http://localhost:${PORT}${BASE}/`;
const work = resolve('test-results/library-site');
const REVISED = 'Revised: ';
/** The module the third build no longer has. */
const REMOVED = 3;

let modules: GeneratedModule[] = [];
let served = 'first';
const fetched: string[] = [];
let server: Server | undefined;

/** The service worker's caches, by name, with the paths each holds. */
const cacheContents = (page: Page) =>
	page.evaluate(async () => {
		const out: Record<string, string[]> = {};
		for (const name of await caches.keys())
			out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
		return out;
	});

/** Waits until the worker has kept `slug` (its record is written last). */
const kept = (page: Page, slug: string) =>
	expect
		.poll(
			() =>
				page.evaluate(async (slug) => {
					if (!(await caches.has(`lectern-module-${slug}`))) return false;
					const keys = await (await caches.open(`lectern-module-${slug}`)).keys();
					return keys.some((r) => r.url.includes('offline.json?__v='));
				}, slug),
			{ timeout: 30_000 }
		)
		.toBe(true);

/** Makes the worker's cache take `room` more files, then refuse the rest, as a full phone does. */
const fillTheDevice = (page: Page, room: number) =>
	page
		.context()
		.serviceWorkers()[0]!
		.evaluate((room) => {
			const put = Cache.prototype.put;
			Cache.prototype.put = function (this: Cache, ...args: Parameters<Cache['put']>) {
				return room-- > 0
					? put.apply(this, args)
					: Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
			};
		}, room);

/** An answer to one question of each module, the first module's the latest, as IndexedDB holds it. */
const plantAnswers = (page: Page, slugs: string[]) =>
	page.evaluate(
		({ slugs, v }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('lectern');
				open.onsuccess = () => {
					const tx = open.result.transaction('progress', 'readwrite');
					const now = Date.now();
					slugs.forEach((module, i) =>
						tx.objectStore('progress').put(
							{
								v,
								module,
								answers: [{ question: 'second', score: 1, correct: true, at: now - i * 60_000 }]
							},
							`answer:${module}:planted`
						)
					);
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ slugs, v: SCHEMA_VERSION }
	);

/** The app code a page of the first build starts with (its modulepreload links), by path. */
const preloads = (page: string) =>
	new Set(
		[
			...readFileSync(`${work}/first/build/${page}`, 'utf8').matchAll(
				/<link href="([^"]+\.js)" rel="modulepreload"/g
			)
		].map((match) => match[1]!)
	);

const card = (page: Page, title: string) =>
	page.locator('.modules > li').filter({ has: page.getByRole('heading', { name: title }) });

test.describe('a library of 20 modules, each kept offline on demand', () => {
	test.describe.configure({ mode: 'serial' });
	test.skip(({ isMobile }) => isMobile, 'two extra builds are enough: checked on desktop');

	test.beforeAll(async () => {
		test.setTimeout(600_000);
		rmSync(work, { recursive: true, force: true });
		modules = generateLibrary(`${work}/first`, 20);
		mkdirSync(`${work}/second`, { recursive: true });
		for (const folder of ['content', 'questions'])
			cpSync(`${work}/first/${folder}`, `${work}/second/${folder}`, { recursive: true });
		const file = `${work}/second/questions/${modules[0]!.slug}.yaml`;
		writeFileSync(file, readFileSync(file, 'utf8').replace("prompt: '", `prompt: '${REVISED}`));
		mkdirSync(`${work}/third`, { recursive: true });
		for (const folder of ['content', 'questions'])
			cpSync(`${work}/first/${folder}`, `${work}/third/${folder}`, { recursive: true });
		rmSync(`${work}/third/content/${modules[REMOVED]!.slug}`, { recursive: true });
		rmSync(`${work}/third/questions/${modules[REMOVED]!.slug}.yaml`);
		for (const version of ['first', 'second', 'third'])
			buildVariant({
				out: `${work}/${version}`,
				contentDir: `${work}/${version}/content`,
				questionsDir: `${work}/${version}/questions`,
				basePath: BASE
			});
		server = await serveStatic(() => `${work}/${served}/build`, BASE, PORT, {
			onServed: (path) => fetched.push(path)
		});
	});

	test.afterAll(() => {
		server?.closeAllConnections();
		server?.close();
	});

	test('the first visit keeps the shell only: no module, no teacher page', async ({
		page,
		context
	}) => {
		await page.goto(site);
		await serviceWorkerActive(page);
		const caches = await cacheContents(page);
		const names = Object.keys(caches);
		expect(names.some((name) => name.startsWith('lectern-shell-'))).toBe(true);
		expect(names.filter((name) => name.startsWith('lectern-module-'))).toEqual([]);
		const shell = Object.values(caches).flat();
		expect(shell).toContain(`${BASE}/index.html`);
		expect(shell).toContain(`${BASE}/search/index.html`);
		expect(shell).toContain(`${BASE}/progress/index.html`);
		// Only a search reads the library's search file: it comes with a search or a kept module.
		expect(shell).not.toContain(`${BASE}/search-index-v3.json`);
		for (const path of shell) {
			expect(path).not.toContain('/teacher/');
			expect(modules.some((m) => path.startsWith(`${BASE}/${m.slug}/`))).toBe(false);
		}
		// Nor the code only teacher pages load (the class page's QR reader, say).
		const teacherOnly = [...preloads('teacher/index.html')].filter(
			(file) => !preloads('index.html').has(file) && !preloads('search/index.html').has(file)
		);
		expect(teacherOnly.length).toBeGreaterThan(0);
		for (const file of teacherOnly) expect(shell).not.toContain(file);
		expect(shell.some((path) => path.startsWith(`${BASE}/_app/immutable/`))).toBe(true);
		// Offline, with nothing kept, search says why it has nothing to search.
		await context.setOffline(true);
		await page.goto(`${site}search/?q=${modules[0]!.terms[0]}`);
		await expect(page.locator('#search-status')).toHaveText(
			'Search is not on this device yet: it is saved with the first module kept offline, or the first search made online. Reload the page to try again.'
		);
		await context.setOffline(false);
		await page.goto(site);
		// The home page lists the newest first, a page at a time, each card not on this device.
		await expect(page.locator('.modules h2').first()).toHaveText(modules[0]!.title);
		await expect(card(page, modules[1]!.title)).toContainText('Not on this device');
	});

	test('opening a module keeps it: offline, its article, glossary, quiz and search work', async ({
		page,
		context
	}) => {
		const module = modules[1]!;
		await page.goto(`${site}${module.slug}/`);
		await serviceWorkerActive(page);
		await kept(page, module.slug);
		await context.setOffline(true);
		await page.goto(`${site}${module.slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.title);
		await page.goto(`${site}${module.slug}/glossary/`);
		await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
		await page.goto(`${site}${module.slug}/quiz/play/?ids=second&seed=s`);
		await expect(player(page).prompt).toContainText('The second paragraph begins');
		await page.goto(`${site}search/?q=${module.terms[0]}`);
		await expect(page.locator('#main .results a').first()).toHaveAttribute(
			'href',
			new RegExp(`^${BASE}/${module.slug}/`)
		);
		await context.setOffline(false);
	});

	test('“Keep offline” and “Remove” do what they say, and the space shown changes', async ({
		page
	}) => {
		const module = modules[2]!;
		await page.goto(site);
		await serviceWorkerActive(page);
		const item = card(page, module.title);
		await item.getByRole('button', { name: 'Keep offline' }).click();
		await expect(item.getByText(/^On this device · \d+ KB$/)).toBeVisible({ timeout: 30_000 });
		await kept(page, module.slug);
		const status = page.locator('.stored');
		// Each test has a browser of its own: this is the one module on this device.
		await expect(status).toContainText(/On this device: 1 module, \d+ KB/);
		await item.getByRole('button', { name: /^Remove from this device \(\d+ KB\)$/ }).click();
		await expect(item.getByText('Not on this device')).toBeVisible();
		await expect(status).not.toContainText('On this device');
		expect(await page.evaluate((s) => caches.has(`lectern-module-${s}`), module.slug)).toBe(false);
	});

	test('offline, a module not kept says it is not downloaded, and what is', async ({
		page,
		context
	}) => {
		const missing = modules[5]!;
		await page.goto(`${site}${modules[1]!.slug}/`);
		await serviceWorkerActive(page);
		await kept(page, modules[1]!.slug);
		await context.setOffline(true);
		await page.goto(`${site}${missing.slug}/`);
		// The banner says what works offline: in a library this size, only what is kept.
		await expect(page.getByRole('status')).toHaveText(
			'You are offline. Modules kept on this device still work, with their quizzes and search.'
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not downloaded yet');
		await expect(page.getByRole('link', { name: modules[1]!.title })).toBeVisible();
		// A link from the home page, without a full load, says the same.
		await page.goto(site);
		await card(page, missing.title).getByRole('link', { name: missing.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not downloaded yet');
		await context.setOffline(false);
	});

	test('after a rebuild that changes one module, only its files are fetched again, and an open tab offers Reload', async ({
		context
	}) => {
		const changed = modules[0]!;
		const page = await context.newPage();
		await page.goto(`${site}${changed.slug}/quiz/play/?ids=first-words&seed=s`);
		await serviceWorkerActive(page);
		await kept(page, changed.slug);
		await expect(player(page).prompt).not.toContainText(REVISED);

		fetched.length = 0;
		served = 'second';
		const other = await context.newPage();
		await other.goto(site);
		await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible({ timeout: 30_000 });
		await other.waitForLoadState('networkidle');

		const keptSlugs = [changed.slug];
		const inModule = (path: string) => modules.find((m) => path.startsWith(`/${m.slug}/`))?.slug;
		// Pages and data: only the changed module's quiz pages and its search postings.
		const pages = fetched.filter(
			(path) => inModule(path) && !/\/(offline|search-weights-v3)\.json$/.test(path)
		);
		expect(pages.length).toBeGreaterThan(0);
		for (const path of pages) expect(inModule(path), path).toBe(changed.slug);
		// The kept module's list of files is checked; no other module is touched.
		for (const path of fetched.filter((p) => inModule(p)))
			expect(keptSlugs).toContain(inModule(path));
		// No app code changed, so none is fetched.
		expect(fetched.filter((path) => path.startsWith('/_app/immutable/'))).toEqual([]);

		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		await expect(player(page).prompt).toContainText(REVISED);
		served = 'first';
	});

	test('storage full while keeping a module: nothing is left half-kept, and the student is told', async ({
		page,
		context
	}) => {
		const module = modules[4]!;
		await page.goto(site);
		await serviceWorkerActive(page);
		// The device takes three of the module's files, then refuses the rest.
		await fillTheDevice(page, 3);
		const item = card(page, module.title);
		await item.getByRole('button', { name: 'Keep offline' }).click();
		await expect(item.getByRole('alert')).toHaveText(
			'Not enough space on this device: nothing was kept. Remove another module to make room.'
		);
		await expect(item.getByText('Not on this device')).toBeVisible();
		await expect(page.locator('.count')).not.toContainText('On this device');
		expect(await page.evaluate((s) => caches.has(`lectern-module-${s}`), module.slug)).toBe(false);
		// Offline, the module says it is not downloaded rather than opening in part.
		await context.setOffline(true);
		await page.goto(`${site}${module.slug}/glossary/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not downloaded yet');
		await context.setOffline(false);
	});

	test('a module kept because it was opened, on a full device: its page says so, and nothing of it claims to be offline', async ({
		page,
		context
	}) => {
		const module = modules[6]!;
		await page.goto(site);
		await serviceWorkerActive(page);
		await fillTheDevice(page, 3);
		await page.goto(`${site}${module.slug}/`);
		const told = page.getByRole('alert');
		await expect(told).toContainText(
			'Not enough space on this device to keep this module offline: it works only while you are online. Remove another module on the home page to make room.'
		);
		await expect(told.getByRole('link', { name: 'home page' })).toHaveAttribute('href', `${BASE}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.title);
		expect(await page.evaluate((s) => caches.has(`lectern-module-${s}`), module.slug)).toBe(false);
		await page.getByRole('button', { name: 'OK' }).click();
		await expect(page.getByRole('alert')).toHaveCount(0);
		await page.goto(site);
		await expect(card(page, module.title)).toContainText('Not on this device');
		await context.setOffline(true);
		await page.goto(`${site}${module.slug}/glossary/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not downloaded yet');
		await context.setOffline(false);
	});

	test('the progress page lists modules with progress the latest studied first, ten at a time', async ({
		page
	}) => {
		await page.goto(`${site}progress/`);
		await expect(page.getByText('No answers yet.')).toBeVisible();
		const started = modules.slice(0, 12).map((m) => m.slug);
		await plantAnswers(page, started);
		await page.reload();
		const headings = page.locator('.module h2');
		await expect(headings).toHaveCount(10);
		await expect(headings).toHaveText(modules.slice(0, 10).map((m) => m.title));
		await expect(
			page.getByText('Showing 10 of 12 modules, the latest studied first')
		).toBeVisible();
		await page.getByRole('button', { name: 'Show 2 more' }).click();
		await expect(headings).toHaveCount(12);
		// The button is gone: focus is on the first module it showed.
		await expect(headings.nth(10)).toBeFocused();
		await expect(page.locator('.module').nth(11)).toContainText('1 of 1');
	});

	test('a module removed from the library while kept on this device is shown as gone, and its progress stays', async ({
		page
	}) => {
		const module = modules[REMOVED]!;
		await page.goto(site);
		await serviceWorkerActive(page);
		const item = card(page, module.title);
		await item.getByRole('button', { name: 'Keep offline' }).click();
		await kept(page, module.slug);
		// One answer in its quiz.
		await page.goto(`${site}${module.slug}/quiz/play/?ids=second&seed=s`);
		await page.locator('.card .choice').filter({ hasText: 'True' }).click();
		await player(page).check.click();
		await expect(player(page).verdict).toBeVisible();
		const answers = async () =>
			(await storedEntries(page, `answer:${module.slug}:`)).map(([key]) => key);
		await expect.poll(answers).toHaveLength(1);
		const before = await answers();
		await page.goto(`${site}progress/`);
		const progress = page.getByRole('region', { name: module.title });
		await expect(progress).toContainText('1 of 1');

		served = 'third';
		await page.goto(site);
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Reload' }).click({ timeout: 30_000 });
		await reloaded;
		await expect(card(page, modules[0]!.title)).toBeVisible();
		await expect(card(page, module.title)).toHaveCount(0);
		const gone = page.getByRole('region', { name: 'No longer in the library' });
		await expect(gone).toContainText(module.title);
		await expect(gone).toContainText('Your progress in them stays on this device');
		await expect(page.locator('.count')).not.toContainText('On this device');
		expect(await answers()).toEqual(before);
		// The progress page still lists it, under its title, and says why it shows no summary.
		await page.goto(`${site}progress/`);
		await expect(progress).toContainText(
			'Your progress in this module is kept on this device. The module is no longer in the library.'
		);
		await page.goto(site);
		// “Remove from this device” takes away its files; its progress stays still.
		await gone.getByRole('button', { name: 'Remove from this device' }).click();
		await expect(gone).toHaveCount(0);
		expect(await page.evaluate((s) => caches.has(`lectern-module-${s}`), module.slug)).toBe(false);
		expect(await answers()).toEqual(before);
		served = 'first';
	});
});
