import { existsSync } from 'node:fs';

/** Debian's Chromium where it exists (Playwright cannot download browsers here); else Playwright's own. */
export const chromiumPath = (): string | undefined =>
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

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
