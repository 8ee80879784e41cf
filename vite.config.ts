import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { liveContent } from './src/lib/server/live-content.js';
import { lunrRuntime } from './src/lib/server/lunr-runtime.js';

export default defineConfig({
	plugins: [sveltekit(), liveContent()],
	// Set only for the SCORM package (scripts/export-scorm.ts). Replaced by a constant, so in the
	// web build every `if (import.meta.env.VITE_LECTERN_LMS)` and what it loads is removed.
	define: {
		'import.meta.env.VITE_LECTERN_LMS': JSON.stringify(process.env.VITE_LECTERN_LMS ?? '')
	},
	// The search worker is a module worker, in development and in the build alike. Its build gets
	// only the part of lunr it runs (loading and querying an index): see src/lib/server/lunr-runtime.ts.
	worker: { format: 'es', plugins: () => [lunrRuntime()] },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node'
	}
});
