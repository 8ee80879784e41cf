import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { buildOnlyGuard } from './tooling/build-only-guard.js';
import { liveContent } from './tooling/live-content.js';
import { lunrRuntime } from './tooling/lunr-runtime.js';
import { offlineFiles } from './tooling/offline-build.js';

export default defineConfig({
	plugins: [sveltekit(), liveContent(), buildOnlyGuard(), offlineFiles()],
	// Set only for the SCORM package (scripts/export-scorm.ts). Replaced by a constant, so in the
	// web build every `if (import.meta.env.VITE_LECTERN_LMS)` and what it loads is removed.
	define: {
		'import.meta.env.VITE_LECTERN_LMS': JSON.stringify(process.env.VITE_LECTERN_LMS ?? '')
	},
	// The search worker is a module worker, in development and in the build alike. Its build gets
	// only the part of lunr it runs (loading and querying an index): see tooling/lunr-runtime.ts.
	worker: { format: 'es', plugins: () => [lunrRuntime(), buildOnlyGuard()] },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node'
	}
});
