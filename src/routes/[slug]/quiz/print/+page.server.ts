import { moduleEntries } from '$lib/server/content';

// The bank comes from ../+layout.server.ts; SvelteKit takes prerender entries from pages only.
export const entries = moduleEntries;
