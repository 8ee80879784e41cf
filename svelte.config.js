import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The app's version, from its code alone (not the modules' content): kit writes it into a
 * client chunk that every page imports, so a version that changed with every build (kit's
 * default, the time) would change every page and make each deploy download the library again.
 * A new article or a fixed typo changes only its own files.
 */
function codeVersion() {
	const hash = createHash('sha256').update(process.env.BASE_PATH ?? '');
	const add = (path) => {
		if (!existsSync(path)) return;
		if (statSync(path).isDirectory())
			for (const name of readdirSync(path).sort()) add(join(path, name));
		else hash.update(path).update(readFileSync(path));
	};
	for (const path of ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'])
		add(path);
	return hash.digest('hex').slice(0, 8);
}

/**
 * The only inline styles the pages have are style attributes SvelteKit writes itself: app.html's
 * `display: contents` wrapper and the route announcer's visually-hidden style (read from kit's
 * own source, so a kit update that changes it changes the hash). Allowed by hash ('unsafe-hashes'),
 * so style-src needs no 'unsafe-inline'. Svelte's `style:` directives set styles through the
 * CSSOM, which CSP does not restrict.
 */
function styleAttributeHashes() {
	const root = readFileSync('node_modules/@sveltejs/kit/src/core/sync/write_root.js', 'utf8');
	const announcer = /id="svelte-announcer"[^>]*style="([^"]+)"/.exec(root)?.[1];
	const app = /style="([^"]+)"/.exec(readFileSync('src/app.html', 'utf8'))?.[1];
	if (!announcer || !app)
		throw new Error('svelte.config.js: an inline style to hash was not found');
	return [announcer, app].map(
		(style) =>
			/** @type {const} */ (`sha256-${createHash('sha256').update(style).digest('base64')}`)
	);
}

/** Sub-path hosting: BASE_PATH=/lectern npm run build */
// `/lectern/` and `lectern` mean `/lectern` too.
const base = (process.env.BASE_PATH ?? '').replace(/^\/*(.*?)\/*$/, (_, path) =>
	path ? `/${path}` : ''
);

// The SCORM package (scripts/export-scorm.ts) sets VITE_LECTERN_LMS: an LMS serves it from a path
// of its own choosing, so every link and asset must be relative to the page.
const lmsPackage = !!process.env.VITE_LECTERN_LMS;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// BUILD_DIR lets tests build variants (a base path, other content) without touching build/.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			strict: true,
			// Static hosts (GitHub Pages, Netlify, nginx with error_page) show it for unknown addresses.
			fallback: '404.html'
		}),
		paths: lmsPackage ? { base: '', relative: true } : { base, relative: false },
		// Build tooling (Vite plugins, editor schemas) lives in tooling/, outside the app, and is
		// type-checked with it.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../tooling/**/*.ts');
			}
		},
		// SVELTEKIT_OUT_DIR lets a test build a variant while `vite preview` serves the main build.
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		version: { name: codeVersion() },
		// Registered by the app, so it can offer updates instead of taking over an open tab.
		serviceWorker: { register: false },
		prerender: { entries: ['*'], handleHttpError: 'fail', handleMissingId: 'fail' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-hashes', ...styleAttributeHashes()],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self']
			}
		}
	}
};

export default config;
