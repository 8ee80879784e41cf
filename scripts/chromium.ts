import { existsSync } from 'node:fs';

/** Debian's Chromium where it exists (Playwright cannot download browsers here); else Playwright's own. */
export const chromiumPath = (): string | undefined =>
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser tests' Chromium: Debian's headless shell where it is installed (the old headless
 * mode, with no browser UI behind it: the same quiz spec took 37 s instead of 61 s on two cores),
 * else the benches' browser. CHROMIUM_PATH chooses either.
 */
export const testBrowserPath = (): string | undefined =>
	process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath());

/** Flags for a quiet headless Chromium on a shared machine, for the tests and the benches. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
