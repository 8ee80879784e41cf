import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { installabilityErrors } from './install';

// This file tries the service worker (offline use, keeping, updates): the config blocks it
// elsewhere, where it would only spend each test's CPU downloading the module in the background.
test.use({ serviceWorkers: 'allow' });

test.skip(({ isMobile }) => isMobile, 'whether the app installs does not depend on the viewport');

test('Chromium would install the app: its manifest reads cleanly and nothing is missing', async ({
	baseURL
}) => {
	const { errors, manifest } = await installabilityErrors(baseURL!);
	expect(errors).toEqual([]);
	expect(manifest).toEqual({ url: new URL('manifest.webmanifest', baseURL).href, errors: [] });
});

test('the same check refuses a manifest without icons (so it can fail)', async ({ baseURL }) => {
	const shipped = JSON.parse(readFileSync('static/manifest.webmanifest', 'utf8'));
	const { errors } = await installabilityErrors(baseURL!, (context) =>
		context.route('**/manifest.webmanifest', (route) =>
			route.fulfill({
				contentType: 'application/manifest+json',
				body: JSON.stringify({ ...shipped, icons: [] })
			})
		)
	);
	expect(errors).toContain('manifest-missing-suitable-icon');
});
