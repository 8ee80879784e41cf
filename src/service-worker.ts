/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: the app, static files, every prerendered page and the search index
 * are cached under this build's version. Kept deliberately simple (a broken worker can trap users
 * on an old version): cache first for what we built, network for anything else.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `lectern-${version}`;
const ASSETS = [...new Set([...build, ...files, ...prerendered])];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
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
			const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch (error) {
				if (request.mode === 'navigate') {
					const page = await cache.match(
						url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
					);
					if (page) return page;
				}
				throw error;
			}
		})()
	);
});
