import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium';

/**
 * Why Chromium would not offer to install the app at `url` (none: it would), asked as its own
 * install prompt does. Lighthouse 12 dropped its installable audit. Chromium never offers to
 * install from an incognito profile, which Playwright's contexts are, so this one has a profile
 * on disk. `prepare` may route requests first.
 */
export async function installabilityErrors(
	url: string,
	prepare?: (context: BrowserContext) => Promise<unknown>
): Promise<{ errors: string[]; manifest: { url: string; errors: unknown[] } }> {
	const dir = mkdtempSync(join(tmpdir(), 'lectern-install-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS
	});
	try {
		await prepare?.(context);
		const page = await context.newPage();
		await page.goto(url);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		const manifest = await cdp.send('Page.getAppManifest');
		return {
			errors: installabilityErrors.map((error) => error.errorId),
			manifest: { url: manifest.url, errors: manifest.errors }
		};
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
