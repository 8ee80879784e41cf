import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { liveContent } from './src/lib/server/live-content.js';

export default defineConfig({
	plugins: [sveltekit(), liveContent()],
	// The search worker is a module worker, in development and in the build alike.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node'
	}
});
