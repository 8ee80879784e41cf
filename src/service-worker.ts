/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: the app, static files, every prerendered page and the search index
 * are cached under this build's version. Kept deliberately simple (a broken worker can trap users
 * on an old version): cache first for what we built, network for anything else.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `lectern-${version}`;
// _headers is for the host (static/_headers), not a page.
const ASSETS = [
	...new Set([...build, ...files.filter((file) => !file.endsWith('/_headers')), ...prerendered])
];
/** The static adapter's page for unknown addresses (svelte.config.js `fallback`). */
const NOT_FOUND = `${base}/404.html`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			await cache.addAll(ASSETS);
			// Not in kit's lists. Some servers send it with status 404 (vite preview does), which
			// cache.add refuses; a host without it leaves offline unknown addresses to the browser.
			const notFound = await fetch(NOT_FOUND).catch(() => undefined);
			if (notFound?.headers.get('content-type')?.startsWith('text/html'))
				await cache.put(NOT_FOUND, notFound);
		})
	);
	// No skipWaiting here: an open tab keeps its version until the reader accepts the update.
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached without their query string (?preset=..&seed=..): the page reads it itself.
			// So is each page's __data.json, which a link fetches with kit's own query
			// (?x-sveltekit-invalidated=…): the prerendered file holds every part it may ask for.
			const ignoreSearch = request.mode === 'navigate' || url.pathname.endsWith('/__data.json');
			const cached = await cache.match(request, { ignoreSearch });
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch (error) {
				if (request.mode === 'navigate') {
					const page = await cache.match(
						url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
					);
					if (page) return page;
					const notFound = await cache.match(NOT_FOUND);
					if (notFound)
						return new Response(notFound.body, { status: 404, headers: notFound.headers });
				}
				// Every page's data is cached above, so data missing here is of a page that does not
				// exist: say so as a host would, and the app shows its own "Page not found".
				if (url.pathname.endsWith('/__data.json')) return new Response(null, { status: 404 });
				throw error;
			}
		})()
	);
});
