import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain'
};

/**
 * Builds the site from other content folders, under a base path, into a folder of its own
 * (SvelteKit's working folder too), so the main build that `vite preview` serves is untouched.
 */
export function buildVariant(options: {
	out: string;
	contentDir: string;
	questionsDir: string;
	basePath: string;
}): void {
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		env: {
			...process.env,
			LECTERN_CONTENT_DIR: options.contentDir,
			LECTERN_QUESTIONS_DIR: options.questionsDir,
			BASE_PATH: options.basePath,
			BUILD_DIR: join(options.out, 'build'),
			SVELTEKIT_OUT_DIR: join(options.out, 'kit')
		},
		encoding: 'utf8'
	});
	if (result.status !== 0) throw new Error(`the build failed:\n${result.stderr}\n${result.stdout}`);
}

/**
 * Serves a static build under a base path, as a plain static host would (no SvelteKit involved).
 * `root` may be a function, read at each request, to deploy another build under open pages.
 * Like Netlify, it sends the headers the build's `_headers` file gives for the path (`/*` and
 * every other block that matches, the later winning), unless `headers: false`. With `gzip`, it
 * compresses text as hosts do, so transfer sizes are a host's.
 */
export function serveStatic(
	root: string | (() => string),
	basePath: string,
	port: number,
	options: {
		headers?: boolean;
		gzip?: boolean;
		/** Told of every file served: its path under the base and the bytes sent (after gzip). */
		onServed?: (path: string, bytes: number) => void;
	} = {}
): Promise<Server> {
	const server = createServer((request, response) => {
		const folder = typeof root === 'string' ? root : root();
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(`${basePath}/`)) {
			response.writeHead(404).end();
			return;
		}
		let file = normalize(join(folder, path.slice(basePath.length)));
		if (!file.startsWith(folder)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			// As GitHub Pages, Netlify and most hosts do: the site's own 404 page.
			const notFound = join(folder, '404.html');
			response.writeHead(404, { 'content-type': TYPES['.html']! });
			if (existsSync(notFound)) createReadStream(notFound).pipe(response);
			else response.end();
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip =
			options.gzip &&
			/gzip/.test(String(request.headers['accept-encoding'] ?? '')) &&
			!type.startsWith('image/png');
		response.writeHead(200, {
			...(options.headers === false ? {} : headersFor(folder, path.slice(basePath.length))),
			'content-type': type,
			...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {})
		});
		const stream = createReadStream(file);
		const body = gzip ? stream.pipe(createGzip()) : stream;
		if (options.onServed) {
			let bytes = 0;
			body.on('data', (chunk: Buffer) => (bytes += chunk.length));
			body.on('end', () => options.onServed!(path.slice(basePath.length), bytes));
		}
		body.pipe(response);
	});
	return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

/** The headers of the `/*` block of a build's `_headers` file (the Netlify format). */
export function hostHeaders(root: string): Record<string, string> {
	return headerBlocks(root).find(([pattern]) => pattern === '/*')?.[1] ?? {};
}

/** The headers every block matching `path` gives (a trailing `*` matches the rest), the later winning. */
export function headersFor(root: string, path: string): Record<string, string> {
	return Object.assign(
		{},
		...headerBlocks(root)
			.filter(([pattern]) =>
				pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern
			)
			.map(([, headers]) => headers)
	);
}

function headerBlocks(root: string): [string, Record<string, string>][] {
	const file = join(root, '_headers');
	if (!existsSync(file)) return [];
	const blocks: [string, Record<string, string>][] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) blocks.push([line.trim(), {}]);
		else if (blocks.length) {
			const colon = line.indexOf(':');
			blocks.at(-1)![1][line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
		}
	}
	return blocks;
}
