/**
 * Build tooling (vite.config.ts runs it after the static adapter has written the site): hashes
 * every built file and writes what the service worker precaches.
 *   - the shell (app code, home, search, progress, 404, the library files): path → revision,
 *     without the app code only teacher and print pages load, and with the library search file
 *     marked to fetch later (on first use, or with the first module kept),
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
import { SEARCH_FILE } from '../src/lib/search/file.js';

/**
 * Never precached: the host's files, the worker itself, pages a student does not need offline,
 * the progress page's worker (21 KB, needed only with thousands of records stored; offline
 * without it the page reads on its own thread) and its facts shards (they grow with the
 * library; the page caches what it reads of them, and a kept module has its own facts file).
 */
const NEVER = [
	/^_headers$/,
	/^service-worker\.js$/,
	/^teacher\//,
	/^_app\/immutable\/workers\/overview-worker-/,
	/^progress\/facts-\d+\.json$/
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

/** The part of Vite's client manifest (`.vite/manifest.json`) that says which file loads which. */
export type ClientManifest = Record<
	string,
	{ file: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; assets?: string[] }
>;

/** The route nodes (kit's `nodes/<n>.js` entries) a prerendered page starts: `node_ids: [0, 2, 4]`. */
export const pageNodes = (html: string): number[] =>
	/node_ids: \[([\d, ]*)\]/
		.exec(html)?.[1]
		?.split(',')
		.filter((n) => n.trim())
		.map(Number) ?? [];

/**
 * App code only the pages never precached load (teacher pages and printable worksheets: the
 * camera's QR reader, class results): what those pages' nodes reach, less what any other page's
 * nodes reach. The nodes are the roots; one node reaching another (the app's router reaches
 * them all) is not followed, so a node counts only for the pages that start it. A file the
 * manifest does not name (a worker) stays in the shell.
 */
export function onlineOnlyCode(
	manifest: ClientManifest,
	studentNodes: ReadonlySet<number>,
	onlineNodes: ReadonlySet<number>
): Set<string> {
	const nodeOf = (key: string) => {
		const match = /client-optimized\/nodes\/(\d+)\.js$/.exec(key);
		return match ? Number(match[1]) : undefined;
	};
	const reach = (roots: string[]) => {
		const seen = new Set<string>();
		const files = new Set<string>();
		const visit = (key: string) => {
			const chunk = manifest[key];
			if (!chunk || seen.has(key)) return;
			seen.add(key);
			files.add(chunk.file);
			for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
			for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])])
				if (nodeOf(next) === undefined) visit(next);
		};
		roots.forEach(visit);
		return files;
	};
	const keys = Object.keys(manifest);
	// Kit's entries (start, app) belong to every page.
	const student = reach(
		keys.filter((key) => {
			const node = nodeOf(key);
			return node === undefined
				? !!manifest[key]!.file.includes('/entry/')
				: studentNodes.has(node);
		})
	);
	const online = reach(
		keys.filter((key) => {
			const node = nodeOf(key);
			return node !== undefined && onlineNodes.has(node) && !studentNodes.has(node);
		})
	);
	return new Set([...online].filter((file) => !student.has(file)));
}

/** Which built files are the shell and which belong to which module (a folder with a glossary page). */
export function classify(files: readonly string[]): {
	shell: string[];
	modules: Map<string, string[]>;
	/** Files neither in the shell nor kept with a module: teacher and print pages, the host's files. */
	never: string[];
} {
	const slugs = new Set(
		files.filter((f) => /^[^/]+\/glossary\/index\.html$/.test(f)).map((f) => f.split('/')[0]!)
	);
	const shell: string[] = [];
	const never: string[] = [];
	const modules = new Map([...slugs].sort().map((slug) => [slug, [] as string[]]));
	for (const file of files) {
		if (NEVER.some((pattern) => pattern.test(file))) {
			never.push(file);
			continue;
		}
		const slug = file.split('/')[0]!;
		const inModule = file.slice(slug.length + 1);
		if (!slugs.has(slug)) shell.push(file);
		else if (!MODULE_NEVER.some((pattern) => pattern.test(inModule)))
			modules.get(slug)!.push(inModule);
		else never.push(file);
	}
	return { shell: shell.sort(), modules, never };
}

/**
 * The shell without the app code only teacher and print pages load. Every module has the same
 * pages, so one module's pages stand for all; `kit` is SvelteKit's output folder (its manifest).
 */
function withoutOnlineOnlyCode(
	dir: string,
	kit: string | undefined,
	{ shell, modules, never }: ReturnType<typeof classify>
): string[] {
	const manifest = kit && join(kit, 'output/client/.vite/manifest.json');
	if (!manifest || !existsSync(manifest)) return shell;
	const sample = [...modules.keys()][0];
	const nodes = (pages: string[]) =>
		new Set(
			pages
				.filter((file) => file.endsWith('.html'))
				.flatMap((file) => pageNodes(readFileSync(join(dir, file), 'utf8')))
		);
	const inOtherModule = (file: string) => {
		const slug = file.split('/')[0]!;
		return modules.has(slug) && slug !== sample;
	};
	const online = onlineOnlyCode(
		JSON.parse(readFileSync(manifest, 'utf8')) as ClientManifest,
		nodes([...shell, ...(sample ? modules.get(sample)!.map((file) => `${sample}/${file}`) : [])]),
		nodes(never.filter((file) => !inOtherModule(file)))
	);
	return shell.filter((file) => !online.has(file));
}

/**
 * Writes each module's offline.json and prepends the shell's revisions to service-worker.js, in
 * the built site and in `kit`, SvelteKit's own output that `vite preview` serves.
 */
export function writeOfflineFiles(
	dir: string,
	kit?: string
): { shell: ShellFiles; modules: number } {
	const parts = classify(walk(dir));
	const { modules } = parts;
	const shell = withoutOnlineOnlyCode(dir, kit, parts);
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
		later: shell.filter((file) => file === SEARCH_FILE),
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
