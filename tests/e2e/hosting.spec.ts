import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { headersFor, hostHeaders, serveStatic } from './static-site';

// The built site as a host serves it with the headers of build/_headers: another site cannot
// show Lectern's pages in a frame (a CSP <meta> tag cannot forbid that).
const PORT = Number(process.env.HOSTING_SITE_PORT ?? 4614);
const root = resolve('build');

/** Whether a page of another origin (a blank page, free of Lectern's own CSP) can frame `url`. */
async function frameShows(page: Page, url: string): Promise<boolean> {
	// setContent waits for the load event, which waits for the frame.
	await page.setContent(`<iframe src="${url}" title="framed"></iframe>`);
	const frame = page.frames().find((f) => f !== page.mainFrame())!;
	return frame.url() === url && (await frame.locator('h1').count()) > 0;
}

test.describe('hosting headers', () => {
	test.describe.configure({ mode: 'serial' });
	test.skip(({ isMobile }) => isMobile, 'headers do not depend on the viewport');
	let server: Server | undefined;
	test.afterEach(() => {
		server?.closeAllConnections();
		server?.close();
	});

	test('the build tells hosts to refuse framing, sniffing and referrers', () => {
		expect(hostHeaders(root)).toEqual({
			'Content-Security-Policy': "frame-ancestors 'none'",
			'X-Frame-Options': 'DENY',
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'no-referrer'
		});
	});

	test('another site cannot show a page in a frame', async ({ page }) => {
		server = await serveStatic(root, '', PORT);
		expect(await frameShows(page, `http://localhost:${PORT}/`)).toBe(false);
	});

	test('without the headers it could (the check above can fail)', async ({ page }) => {
		server = await serveStatic(root, '', PORT, { headers: false });
		expect(await frameShows(page, `http://localhost:${PORT}/`)).toBe(true);
	});
});

test.describe('cache headers for a CDN', () => {
	test.skip(({ isMobile }) => isMobile, 'headers do not depend on the viewport');
	const root = resolve('build');

	test('hashed app files are kept a year; pages, data and the service worker are revalidated', () => {
		const immutable = 'public, max-age=31536000, immutable';
		expect(headersFor(root, '/_app/immutable/entry/start.js')['Cache-Control']).toBe(immutable);
		for (const path of ['/', '/service-worker.js', '/__data.json', '/search-index-v3.json'])
			expect(headersFor(root, path)['Cache-Control'], path).toBe('no-cache');
		// The security headers apply everywhere, the immutable files included.
		expect(headersFor(root, '/_app/immutable/entry/start.js')['X-Frame-Options']).toBe('DENY');
	});
});
