import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, testBrowserPath } from './scripts/chromium';

const port = Number(process.env.PORT ?? 4173);
const base = process.env.BASE_PATH ?? '';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}${base}/`,
		reuseExistingServer: !process.env.CI
	},
	use: {
		baseURL: `http://localhost:${port}${base}/`,
		trace: 'off',
		// Most tests are about a page, not offline use: without the worker a new browser context does
		// not download the module in the background (a third of a test's time on two cores). Files
		// that try offline use, keeping and updates allow it.
		serviceWorkers: 'block',
		launchOptions: { executablePath: testBrowserPath(), args: CHROMIUM_ARGS }
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
		{ name: 'phone', use: { ...devices['Pixel 5'] } }
	]
});
