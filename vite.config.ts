import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { liveContent } from './src/lib/server/live-content.js';
import { lunrRuntime } from './src/lib/server/lunr-runtime.js';
import { offlineFiles } from './src/lib/server/offline-build.js';

export default defineConfig({
	plugins: [sveltekit(), liveContent(), offlineFiles()],
	// The search worker is a module worker, in development and in the build alike. Its build gets
	// only the part of lunr it runs (loading and querying an index): see src/lib/server/lunr-runtime.ts.
	worker: { format: 'es', plugins: () => [lunrRuntime()] },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node'
	}
});
