/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline by parts. The shell (app code, home, search, progress, 404, the catalogue) is
 * precached at install, less the app code only teacher pages load, and the library's search
 * file, which is cached when first read or with the first module kept. Each module is kept when
 * the student opens it or asks to keep it, and removed when asked. Every file is cached under
 * its revision (a hash of its content, written by the build: tooling/offline-build.ts), so an
 * update fetches only the files that changed, and an open tab keeps its version's files until
 * the reader accepts the update.
 * Kept deliberately plain (a broken worker can trap users on an old version): cache first for
 * what we built, network for anything else.
 */
import { base, version } from '$service-worker';
import {
	fetchPath,
	KEEP_WHOLE_UP_TO,
	LIBRARY_FILE,
	MODULE_FILES,
	revisionKey,
	type ModuleFiles,
	type Precache,
	type ShellFiles
} from '$lib/offline/files';
import type { KeepResult, OfflineRequest, KeptModule } from '$lib/offline/messages';

const sw = self as unknown as ServiceWorkerGlobalScope & { __LECTERN__?: Precache };
/** Prepended by the build; absent under `npm run dev`, where nothing is precached. */
const SHELL: ShellFiles = sw.__LECTERN__?.shell ?? {};
const BUILT = Object.keys(SHELL).length > 0;
/** Shell files not fetched at install: cached when first asked for, or with a kept module. */
const LATER = new Set(sw.__LECTERN__?.later ?? []);
/**
 * The shell by plain address, named by its files' revisions: a version with the same shell uses
 * the same cache, and a new shell copies its unchanged files from the last one.
 */
const SHELL_CACHE = `lectern-shell-${sw.__LECTERN__?.shellId}`;
/** Where a shell cache notes the revision of each of its files. */
const REVISIONS = '__lectern-shell-revisions';
const MODULE_CACHE = 'lectern-module-';
/**
 * A module's record of what it keeps, one per version of the app code (kit's version, which
 * svelte.config.js derives from the code only), so pages never get files of another app build.
 */
const RECORD = `${MODULE_FILES}?__v=${version}`;
/** The static adapter's page for unknown addresses (svelte.config.js `fallback`). */
const NOT_FOUND = '404.html';

const url = (path: string) => `${base}/${path}`;
const moduleCache = (slug: string) => caches.open(MODULE_CACHE + slug);
const recordKey = (slug: string) => url(`${slug}/${RECORD}`);

/** Runs `task` on every item, a few at a time (a phone opens few connections anyway). */
async function eachLimited<T>(items: readonly T[], task: (item: T) => Promise<void>, limit = 6) {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, items.length) }, async () => {
			while (next < items.length) await task(items[next++]!);
		})
	);
}

/** Fetches one revision of a file, fresh from the host unless its name carries its hash. */
async function fetchFile(path: string): Promise<Response> {
	const immutable = path.startsWith('_app/immutable/');
	const response = await fetch(url(fetchPath(path)), { cache: immutable ? 'default' : 'reload' });
	// Some servers send the 404 page with status 404 (vite preview does), which a cache refuses
	// to keep as a page: stored as a plain 200 page, then answered with 404 when served.
	if (path === NOT_FOUND && response.headers.get('content-type')?.startsWith('text/html'))
		return new Response(await response.blob(), { headers: response.headers });
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return response;
}

let library: Promise<Set<string>> | undefined;
/** The slugs of the library, from the precached catalogue. */
function moduleSlugs(): Promise<Set<string>> {
	library ??= (async () => {
		const cached = LIBRARY_FILE in SHELL ? await matchShell(LIBRARY_FILE) : undefined;
		const response = cached ?? (await fetch(url(LIBRARY_FILE)).catch(() => undefined));
		if (!response?.ok) return new Set<string>();
		const { modules } = (await response.json()) as Library;
		return new Set(modules.map((m) => m.slug));
	})().catch(() => new Set<string>());
	return library;
}

async function matchShell(path: string): Promise<Response | undefined> {
	return (await caches.open(SHELL_CACHE)).match(url(path));
}

async function readRecord(slug: string, key = recordKey(slug)): Promise<ModuleFiles | undefined> {
	if (!(await caches.has(MODULE_CACHE + slug))) return undefined;
	const response = await (await moduleCache(slug)).match(key);
	return response ? ((await response.json()) as ModuleFiles & { gone?: boolean }) : undefined;
}

/**
 * Keeps a module: every file of its offline.json not cached yet, then the record saying it is
 * kept, last. If anything fails (offline, storage full) a first keep leaves nothing behind, so
 * nothing half-kept claims to be offline.
 */
async function keepModule(slug: string): Promise<KeepResult> {
	const cacheExisted = await caches.has(MODULE_CACHE + slug);
	try {
		const response = await fetch(url(`${slug}/${MODULE_FILES}`), { cache: 'reload' });
		if (response.status === 404) {
			const gone = await readRecord(slug, await anyRecordKey(slug));
			await (
				await moduleCache(slug)
			).put(
				recordKey(slug),
				Response.json({ ...gone, slug, title: gone?.title ?? slug, files: {}, gone: true })
			);
			return { ok: false, reason: 'gone' };
		}
		if (!response.ok) throw new Error(`${slug}: ${response.status}`);
		const list = (await response.json()) as ModuleFiles;
		const cache = await moduleCache(slug);
		const cached = new Set((await cache.keys()).map((request) => request.url));
		const missing = Object.entries(list.files).filter(
			([path, [revision]]) =>
				!cached.has(new URL(revisionKey(url(`${slug}/${path}`), revision), sw.location.href).href)
		);
		await eachLimited(missing, async ([path, [revision]]) => {
			const file = await fetchFile(`${slug}/${path}`);
			await cache.put(revisionKey(url(`${slug}/${path}`), revision), file);
		});
		// Search offline reads the library's search file beside the module's own part.
		await cacheLater();
		await cache.put(recordKey(slug), Response.json(list));
		return { ok: true };
	} catch (error) {
		// A first keep that failed leaves nothing; a kept module being updated keeps its old files.
		if (!cacheExisted) await caches.delete(MODULE_CACHE + slug).catch(() => {});
		const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
		return { ok: false, reason: quota ? 'storage-full' : 'network' };
	}
}

/** The shell's files left for later, cached now (those not cached yet). */
async function cacheLater(): Promise<void> {
	const shell = await caches.open(SHELL_CACHE);
	for (const path of LATER)
		if (!(await shell.match(url(path)))) await shell.put(url(path), await fetchFile(path));
}

/** The key of any version's record of a module (the one before an update, say). */
async function anyRecordKey(slug: string): Promise<string | undefined> {
	const keys = await (await moduleCache(slug)).keys();
	return keys.find((request) => new URL(request.url).pathname.endsWith(`/${MODULE_FILES}`))?.url;
}

const keptSlugs = async () =>
	(await caches.keys())
		.filter((name) => name.startsWith(MODULE_CACHE))
		.map((name) => name.slice(MODULE_CACHE.length));

const keeping = new Map<string, Promise<KeepResult>>();
/**
 * How the last keeping of each module went, so the page of a module kept because it was opened
 * can ask, and tell the student when the device was full.
 */
const kept = new Map<string, KeepResult>();
function keep(slug: string): Promise<KeepResult> {
	let pending = keeping.get(slug);
	if (!pending) {
		pending = keepModule(slug)
			.catch((): KeepResult => ({ ok: false, reason: 'network' }))
			.then((result) => {
				kept.set(slug, result);
				keeping.delete(slug);
				return result;
			});
		keeping.set(slug, pending);
	}
	return pending;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(SHELL_CACHE);
			// Files whose revision is unchanged come from the previous version's shell.
			const copied = new Set<string>();
			// The current cache first: a shell already there is not fetched again.
			const names = (await caches.keys()).filter((name) => name.startsWith('lectern-shell-'));
			for (const name of [SHELL_CACHE, ...names.filter((name) => name !== SHELL_CACHE)]) {
				if (!names.includes(name)) continue;
				const old = await caches.open(name);
				const revisions = (await (await old.match(url(REVISIONS)))?.json()) as
					| ShellFiles
					| undefined;
				for (const [path, revision] of Object.entries(SHELL)) {
					if (copied.has(path) || revisions?.[path] !== revision) continue;
					const response = await old.match(url(path));
					if (response) {
						if (name !== SHELL_CACHE) await cache.put(url(path), response);
						copied.add(path);
					}
				}
			}
			const missing = Object.keys(SHELL).filter((path) => !copied.has(path) && !LATER.has(path));
			await eachLimited(missing, async (path) => {
				const response = await fetchFile(path).catch((error) => {
					// A host without a 404 page leaves offline unknown addresses to the browser.
					if (path === NOT_FOUND) return undefined;
					throw error;
				});
				if (response) await cache.put(url(path), response);
			});
			await cache.put(url(REVISIONS), Response.json(SHELL));
			// Kept modules come along: only their changed files are fetched, and this version's
			// record is written beside the old one, which the open tabs still read.
			const slugs = await moduleSlugs();
			const wanted = new Set(await keptSlugs());
			if (slugs.size <= KEEP_WHOLE_UP_TO) for (const slug of slugs) wanted.add(slug);
			// The module the student opened first, before any worker served the page, is kept too.
			for (const client of await sw.clients.matchAll({
				type: 'window',
				includeUncontrolled: true
			})) {
				const module = await moduleOf(new URL(client.url).pathname.slice(base.length + 1));
				if (module && keptWithModule(module.file)) wanted.add(module.slug);
			}
			for (const slug of wanted) {
				const result = await keep(slug);
				if (!result.ok && result.reason !== 'gone') throw new Error(`${slug}: ${result.reason}`);
			}
		})()
	);
	// No skipWaiting here: an open tab keeps its version until the reader accepts the update.
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (name === SHELL_CACHE) continue;
				if (name.startsWith(MODULE_CACHE)) {
					await pruneModule(name.slice(MODULE_CACHE.length));
				} else if (name.startsWith('lectern-')) {
					// Older shells, and the one cache of versions before modules were kept one by one.
					await caches.delete(name);
				}
			}
			await sw.clients.claim();
		})()
	);
});

/** Leaves a module's cache with this version's record and the files it lists, nothing else. */
async function pruneModule(slug: string): Promise<void> {
	const record = (await readRecord(slug)) as (ModuleFiles & { gone?: boolean }) | undefined;
	const cache = await moduleCache(slug);
	const wanted = new Set(
		Object.entries(record?.files ?? {}).map(
			([path, [revision]]) =>
				new URL(revisionKey(url(`${slug}/${path}`), revision), sw.location.href).href
		)
	);
	wanted.add(new URL(recordKey(slug), sw.location.href).href);
	for (const request of await cache.keys())
		if (!wanted.has(request.url)) await cache.delete(request);
	if (!record) await caches.delete(MODULE_CACHE + slug);
}

async function keptModules(): Promise<KeptModule[]> {
	const kept: KeptModule[] = [];
	for (const slug of await keptSlugs()) {
		const record = (await readRecord(slug)) as (ModuleFiles & { gone?: boolean }) | undefined;
		if (!record) continue;
		kept.push({
			slug,
			title: record.title,
			bytes: Object.values(record.files).reduce((total, [, bytes]) => total + bytes, 0),
			gone: !!record.gone
		});
	}
	return kept;
}

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') {
		sw.skipWaiting();
		return;
	}
	const request = event.data as OfflineRequest;
	const reply = (answer: unknown) => event.ports[0]?.postMessage(answer);
	if (request?.type === 'keep') event.waitUntil(keep(request.slug).then(reply));
	else if (request?.type === 'remove')
		event.waitUntil(caches.delete(MODULE_CACHE + request.slug).then(() => reply({ ok: true })));
	else if (request?.type === 'kept') event.waitUntil(keptModules().then(reply));
	else if (request?.type === 'keeping')
		event.waitUntil(
			(keeping.get(request.slug) ?? Promise.resolve(kept.get(request.slug) ?? null)).then(reply)
		);
});

/** The module a path belongs to, if its first folder is one of the library's. */
async function moduleOf(path: string): Promise<{ slug: string; file: string } | undefined> {
	const slash = path.indexOf('/');
	if (slash < 1) return undefined;
	const slug = path.slice(0, slash);
	return (await moduleSlugs()).has(slug) || (await caches.has(MODULE_CACHE + slug))
		? { slug, file: path.slice(slash + 1) }
		: undefined;
}

/** Pages of a module that are kept with it (not the teacher page or the printable worksheet). */
const keptWithModule = (file: string) => !/^(teacher|quiz\/print)\//.test(file);

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const address = new URL(request.url);
	if (!BUILT || address.origin !== sw.location.origin || !address.pathname.startsWith(`${base}/`))
		return;
	// Pages are cached without their query string (?preset=..&seed=..): the page reads it itself.
	// So is each page's __data.json, which a link fetches with kit's own query
	// (?x-sveltekit-invalidated=…): the prerendered file holds every part it may ask for.
	let path = address.pathname.slice(base.length + 1);
	if (path === '' || path.endsWith('/')) path += 'index.html';
	else if (request.mode === 'navigate' && !path.includes('.')) path += '/index.html';

	event.respondWith(
		(async () => {
			if (path in SHELL) {
				const cached = await matchShell(path);
				if (cached) return cached;
				if (LATER.has(path)) {
					const response = await fetch(request);
					if (response.ok)
						await (await caches.open(SHELL_CACHE)).put(url(path), response.clone()).catch(() => {});
					return response;
				}
			}
			const module = await moduleOf(path);
			if (module) {
				const record = await readRecord(module.slug);
				const revision = record?.files[module.file]?.[0];
				if (revision) {
					const cache = await moduleCache(module.slug);
					const cached = await cache.match(revisionKey(url(path), revision));
					if (cached) return cached;
				}
			}
			try {
				const response = await fetch(request);
				// Opening a module keeps it: its pages, data and search shard, in the background.
				if (
					module &&
					response.ok &&
					keptWithModule(module.file) &&
					(request.mode === 'navigate' || module.file.endsWith('__data.json'))
				) {
					const kept = await readRecord(module.slug);
					if (!kept) event.waitUntil(keep(module.slug));
				}
				return response;
			} catch (error) {
				if (module && (await moduleSlugs()).has(module.slug)) {
					// Not on this device: the app's own page says so (the error page, status 503).
					if (module.file.endsWith('__data.json'))
						return Response.json('not-downloaded', { status: 503 });
					if (request.mode === 'navigate') {
						const shell = await matchShell(NOT_FOUND);
						if (shell) return new Response(shell.body, { headers: shell.headers });
					}
				}
				if (request.mode === 'navigate') {
					const notFound = NOT_FOUND in SHELL ? await matchShell(NOT_FOUND) : undefined;
					if (notFound)
						return new Response(notFound.body, { status: 404, headers: notFound.headers });
				}
				// The shell's and kept modules' data is cached above, so data missing here is of a page
				// that does not exist: say so as a host would, and the app shows its own "Page not found".
				if (path.endsWith('/__data.json')) return new Response(null, { status: 404 });
				throw error;
			}
		})()
	);
});
