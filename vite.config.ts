import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { liveContent } from './src/lib/server/live-content.js';

export default defineConfig({
	plugins: [sveltekit(), liveContent()],
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node'
	}
});
