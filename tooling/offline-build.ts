/**
 * Build tooling (vite.config.ts runs it after the static adapter has written the site): hashes
 * every built file and writes what the service worker precaches.
 *   - the shell (app code, home, search, progress, 404, the library files): path → revision,
 *     prepended to service-worker.js as `self.__LECTERN__` with a digest of every module's
 *     files, so the worker changes when any file does and an update fetches only the files
 *     whose revision changed;
 *   - each module's files (article, glossary, word review, quiz pages and their data, its search
 *     shard) in `<slug>/offline.json`, fetched when the student keeps that module.
 * Teacher and print pages are neither: they load from the network when opened.
 *
 * Why not workbox-build: its injectManifest does the first half of this (a list of URLs with
 * revisions) but knows nothing of modules kept on demand, and it brings rollup, babel and about
 * two hundred packages into the build for forty lines of hashing. Kit's `$service-worker` lists
 * carry no hashes, and prerendered pages are not named by content, so the built files are
 * hashed here, after the adapter has written them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { Library } from '../src/lib/content/library.js';
import {
	LIBRARY_FILE,
	MODULE_FILES,
	type ModuleFiles,
	type Precache,
	type ShellFiles
} from '../src/lib/offline/files.js';

/**
 * Never precached: the host's files, the worker itself, pages a student does not need offline,
 * and the progress page's worker (21 KB, needed only with thousands of records stored; offline
 * without it the page reads on its own thread).
 */
const NEVER = [
	/^_headers$/,
	/^service-worker\.js$/,
	/^teacher\//,
	/^_app\/immutable\/workers\/overview-worker-/
];
/** Under a module: the teacher page and the printable worksheet stay online only. */
const MODULE_NEVER = [/^teacher\//, /^quiz\/print\//, new RegExp(`^${MODULE_FILES}$`)];

function walk(dir: string, root = dir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? walk(path, root)
			: [relative(root, path).split(sep).join('/')];
	});
}

const revision = (file: string) =>
	createHash('sha256').update(readFileSync(file)).digest('base64url').slice(0, 10);

/** Which built files are the shell and which belong to which module (a folder with a glossary page). */
export function classify(files: readonly string[]): {
	shell: string[];
	modules: Map<string, string[]>;
} {
	const slugs = new Set(
		files.filter((f) => /^[^/]+\/glossary\/index\.html$/.test(f)).map((f) => f.split('/')[0]!)
	);
	const shell: string[] = [];
	const modules = new Map([...slugs].sort().map((slug) => [slug, [] as string[]]));
	for (const file of files) {
		if (NEVER.some((pattern) => pattern.test(file))) continue;
		const slug = file.split('/')[0]!;
		const inModule = file.slice(slug.length + 1);
		if (!slugs.has(slug)) shell.push(file);
		else if (!MODULE_NEVER.some((pattern) => pattern.test(inModule)))
			modules.get(slug)!.push(inModule);
	}
	return { shell: shell.sort(), modules };
}

/**
 * Writes each module's offline.json and prepends the shell's revisions to service-worker.js, in
 * the built site and in `kit`, SvelteKit's own output that `vite preview` serves.
 */
export function writeOfflineFiles(
	dir: string,
	kit?: string
): { shell: ShellFiles; modules: number } {
	const { shell, modules } = classify(walk(dir));
	const catalogue = join(dir, LIBRARY_FILE);
	const titles = new Map(
		existsSync(catalogue)
			? (JSON.parse(readFileSync(catalogue, 'utf8')) as Library).modules.map((m) => [
					m.slug,
					m.title
				])
			: []
	);
	const lists: string[] = [];
	for (const [slug, files] of modules) {
		const title = titles.get(slug) ?? slug;
		const list: ModuleFiles = {
			slug,
			title,
			files: Object.fromEntries(
				files.sort().map((file) => {
					const path = join(dir, slug, file);
					return [file, [revision(path), statSync(path).size]];
				})
			)
		};
		lists.push(JSON.stringify(list));
		writeFileSync(join(dir, slug, MODULE_FILES), lists.at(-1)!);
		const preview = kit && join(kit, 'output/prerendered/dependencies', slug);
		if (preview) {
			mkdirSync(preview, { recursive: true });
			writeFileSync(join(preview, MODULE_FILES), JSON.stringify(list));
		}
	}
	const revisions: ShellFiles = Object.fromEntries(
		shell.map((file) => [file, revision(join(dir, file))])
	);
	const digest = (text: string) =>
		createHash('sha256').update(text).digest('base64url').slice(0, 12);
	const precache: Precache = {
		shell: revisions,
		shellId: digest(JSON.stringify(revisions)),
		// Changes when any module's files do, so the worker changes and kept modules are updated.
		library: digest(lists.join('\n'))
	};
	for (const worker of [
		join(dir, 'service-worker.js'),
		kit && join(kit, 'output/client/service-worker.js')
	])
		if (worker && existsSync(worker))
			writeFileSync(
				worker,
				`self.__LECTERN__=${JSON.stringify(precache)};\n${readFileSync(worker, 'utf8')}`
			);
	return { shell: revisions, modules: modules.size };
}

/** After the adapter has written the site (kit's own closeBundle), once per build. */
export function offlineFiles(): Plugin {
	let ssr = false;
	return {
		name: 'lectern-offline-files',
		apply: 'build',
		configResolved(config) {
			ssr = !!config.build.ssr;
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			handler() {
				if (!ssr) return;
				const dir = process.env.BUILD_DIR ?? 'build';
				if (existsSync(join(dir, 'service-worker.js')))
					writeOfflineFiles(dir, process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit');
			}
		}
	};
}
