import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { buildOnlyGuard } from './tooling/build-only-guard.js';
import { liveContent } from './tooling/live-content.js';
import { lunrRuntime } from './tooling/lunr-runtime.js';
import { offlineFiles } from './tooling/offline-build.js';

/**
 * The site's own address (`SITE_URL=https://lectern.example.org npm run build`), optional: with
 * it, the quiz player names its canonical page, which must be an absolute address. Only the
 * origin counts; BASE_PATH gives the path.
 */
function siteUrl(): string {
	const given = process.env.SITE_URL?.trim();
	if (!given) return '';
	const url = URL.canParse(given) ? new URL(given) : undefined;
	if (!url || !/^https?:$/.test(url.protocol))
		throw new Error(`SITE_URL=${given} is not a web address such as https://lectern.example.org`);
	return url.origin;
}

export default defineConfig({
	plugins: [sveltekit(), liveContent(), buildOnlyGuard(), offlineFiles()],
	// Set only for the SCORM package (scripts/export-scorm.ts). Replaced by a constant, so in the
	// web build every `if (import.meta.env.VITE_LECTERN_LMS)` and what it loads is removed.
	define: {
		'import.meta.env.VITE_LECTERN_LMS': JSON.stringify(process.env.VITE_LECTERN_LMS ?? ''),
		'import.meta.env.VITE_SITE_URL': JSON.stringify(siteUrl())
	},
	// The search worker is a module worker, in development and in the build alike. Its build gets
	// only the part of lunr it runs (loading and querying an index): see tooling/lunr-runtime.ts.
	worker: { format: 'es', plugins: () => [lunrRuntime(), buildOnlyGuard()] },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node'
	}
});
