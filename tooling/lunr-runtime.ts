import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Build tooling, not app code: vite.config.ts and the unit tests import this (it reads
 * node_modules), the browser never does.
 *
 * The search worker only loads a prebuilt index (`lunr.Index.load`) and queries it
 * (`index.query`, with lunr's stemmer, stop-word filter and Token). lunr's npm package ships its
 * source as the fragments its Makefile joins into lunr.js (`node_modules/lunr/lib/*.js`), so
 * the worker gets lunr's own code, in lunr's order, each fragment with its copyright notice
 * (MIT), without the fragments only building an index or parsing query strings needs. Nothing
 * here is rewritten search code; tests/unit/search-lunr-runtime.spec.ts proves that the worker's
 * lunr answers every query exactly as the whole of lunr does, and that it needs each fragment kept.
 */

/** lunr's fragments the worker never runs, and why. */
export const LEFT_OUT: Readonly<Record<string, string>> = {
	'lib/idf.js': 'used by lunr.Builder only (the decoder computes idf itself)',
	'lib/tokenizer.js': 'splits documents for lunr.Builder and query strings for the lexer',
	'lib/trimmer.js':
		'in the indexing pipeline only; the search pipeline is lecternNormalise, stemmer',
	'lib/builder.js': 'lunr.Builder: the index is built at build time',
	'lib/query_parse_error.js': 'query-string syntax (Index#search); the worker calls Index#query',
	'lib/query_lexer.js': 'query-string syntax (Index#search)',
	'lib/query_parser.js': 'query-string syntax (Index#search)'
};

const lunrDir = () => dirname(createRequire(import.meta.url).resolve('lunr/package.json'));
const read = (file: string) => readFileSync(join(lunrDir(), file), 'utf8');

/** lunr's source fragments, in the order its Makefile joins them into lunr.js. */
export function lunrFiles(): string[] {
	const src = /^SRC =([\s\S]*?)\n\s*\n/m.exec(read('Makefile'))?.[1];
	const files = src?.split(/[\s\\]+/).filter(Boolean) ?? [];
	if (!files.length || files.some((file) => !/^lib\/\w+\.js$/.test(file)))
		throw new Error('lunr-runtime: the SRC list in lunr’s Makefile has changed; check LEFT_OUT.');
	return files;
}

/** The fragments the worker needs: all of lunr's but LEFT_OUT. */
export function runtimeFiles(): string[] {
	const files = lunrFiles();
	for (const file of Object.keys(LEFT_OUT))
		if (!files.includes(file)) throw new Error(`lunr-runtime: ${file} is no longer in lunr.`);
	return files.filter((file) => !(file in LEFT_OUT));
}

/** A file of lunr's as its Makefile writes it into lunr.js (`@YEAR` and `@VERSION` filled in). */
export function lunrFragment(file: string): string {
	// The year lunr.js was built in, so the notices read exactly as in the published lunr.js.
	const year = /Copyright \(C\) (\d{4})/.exec(read('lunr.js'))?.[1] ?? '';
	return read(file).replaceAll('@YEAR', year).replaceAll('@VERSION', read('VERSION').trim());
}

/** An ES module whose default export is lunr assembled from `files` (the worker's by default). */
export function lunrModule(files: readonly string[] = runtimeFiles()): string {
	// lunr's licence header, from its own wrapper (the rest of that wrapper is the UMD export).
	const licence = /^\/\*\*[\s\S]*?\*\//.exec(lunrFragment('build/wrapper_start'))![0];
	return [
		licence,
		`/* Only lunr's files the search worker runs: ${files.join(', ')}. See tooling/lunr-runtime.ts. */`,
		// As lunr's wrapper does, but called with the global object as `this` (lunr.utils.warn reads
		// the console from it), since a module's code runs in strict mode.
		'var lunr = (function () {',
		...files.map(lunrFragment),
		'return lunr',
		'}).call(globalThis)',
		'export default lunr',
		''
	].join('\n');
}

const ID = '\0lectern-lunr-runtime';

/**
 * For the search worker's build (vite.config.ts, `worker.plugins`): `lunr` is the module above.
 * The pages, the build-time index builder, SSR and vitest keep the whole package, and so does
 * `npm run dev`, whose workers Vite serves with the main plugins.
 */
export function lunrRuntime(): Plugin {
	return {
		name: 'lectern-lunr-runtime',
		enforce: 'pre',
		resolveId: (source) => (source === 'lunr' ? ID : null),
		load: (id) => (id === ID ? lunrModule() : null)
	};
}
