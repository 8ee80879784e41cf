/**
 * The layers of ARCHITECTURE.md, checked by eslint-plugin-boundaries on every import (relative,
 * `$lib/...` and package imports alike, resolved through the tsconfig the way Vite resolves them).
 *
 * 1. Each area of src/lib, and routes, is an element on one layer. An element may import its own
 *    files and any lower layer; never a higher layer, never another area of its own layer.
 * 2. Build-only files (zod schemas, YAML and Markdown parsing, file reading, the lunr builder,
 *    GIFT, Vite plugins) are listed below by path. Every other file under src/ may reach the
 *    browser, so it may import neither a build-only file nor zod, yaml, js-yaml, markdown-it or
 *    a node: module. A new file is browser code until it is listed here.
 */
import boundaries from 'eslint-plugin-boundaries';
import { BUILD_ONLY_PACKAGES } from './build-only-packages.js';

/** Lowest first. Areas on one line do not import each other. */
export const LAYERS = [
	['text', 'paths'],
	['validation'],
	['content'],
	// Above content: glossary/match builds the matcher content/mark-terms uses, and glossary
	// definitions are rendered with content/markdown.
	['glossary'],
	// One element, two folders: the bank's schema lists the question types, and each type builds
	// bank questions (src/lib/question-types/<type>/).
	['bank'],
	['quiz', 'search', 'gift'],
	// Reading support: guided reading's checkpoints (guided-*.ts), read-aloud's sentence queue
	// and settings (speech-*.ts).
	['reading'],
	// A finished quiz as a hand-in: its format, checksum, question hashes and QR payloads.
	['handin'],
	// analysis: class statistics from hand-ins (facility, discrimination, options chosen, CSV).
	['progress', 'analysis'],
	// lms: reporting a quiz to a school's LMS (SCORM), in the package build only; classroom: the
	// teacher's hand-ins, read and kept in a database of their own.
	['offline', 'lms', 'classroom'],
	// The content loader for +page.server.ts files and tooling: reads every module from disk.
	['server'],
	['components'],
	['routes'],
	['tooling']
];

const ELEMENTS = {
	text: ['src/lib/text/**'],
	paths: ['src/lib/paths.ts'],
	validation: ['src/lib/validation/**'],
	content: ['src/lib/content/**'],
	glossary: ['src/lib/glossary/**'],
	bank: ['src/lib/bank/**', 'src/lib/question-types/**'],
	quiz: ['src/lib/quiz/**'],
	search: ['src/lib/search/**'],
	gift: ['src/lib/gift/**'],
	reading: ['src/lib/reading/**'],
	progress: ['src/lib/progress/**'],
	offline: ['src/lib/offline/**'],
	lms: ['src/lib/lms/**'],
	handin: ['src/lib/handin/**'],
	analysis: ['src/lib/analysis/**'],
	classroom: ['src/lib/classroom/**'],
	server: ['src/lib/server/**'],
	components: ['src/lib/components/**'],
	routes: [
		'src/routes/**',
		'src/service-worker.ts',
		'src/hooks.server.ts',
		'src/app.d.ts',
		'src/app.css',
		'src/app.html'
	],
	tooling: ['tooling/**', 'vite.config.ts', 'svelte.config.js']
};

/** Files that run only at build time (or in `npm run dev`'s server), never in the browser. */
export const BUILD_ONLY = [
	'src/lib/validation/**',
	'src/lib/server/**',
	'src/lib/gift/**',
	'src/lib/content/article.ts',
	'src/lib/content/article-schema.ts',
	'src/lib/content/markdown.ts',
	'src/lib/content/markdown-slips.ts',
	'src/lib/content/mark-terms.ts',
	'src/lib/glossary/load.ts',
	'src/lib/glossary/match.ts',
	'src/lib/glossary/schema.ts',
	'src/lib/bank/parse.ts',
	'src/lib/bank/schema.ts',
	// A question type's schema and building (and the registry and helpers of those); play.ts and
	// print.ts reach the browser.
	'src/lib/question-types/**/build.ts',
	'src/lib/question-types/*.build.ts',
	'src/lib/question-types/build-kit.ts',
	'src/lib/search/build.ts',
	'src/lib/search/library.ts',
	'src/lib/search/shard-build.ts',
	'src/**/*.server.ts',
	'src/routes/**/+server.ts',
	'tooling/**',
	'vite.config.ts',
	'svelte.config.js'
];

const below = (type) => {
	const layer = LAYERS.findIndex((areas) => areas.includes(type));
	return [type, ...LAYERS.slice(0, layer).flat()];
};

export default [
	{
		files: [
			'src/**/*.{ts,js,svelte}',
			'tooling/**/*.{ts,js}',
			'vite.config.ts',
			'svelte.config.js'
		],
		plugins: { boundaries },
		settings: {
			'import/resolver': { typescript: { project: './tsconfig.json' } },
			// The one legacy warning is about `mode: 'full'` (see below).
			'boundaries/legacy-warnings': false,
			'boundaries/include': ['src/**', 'tooling/**', 'vite.config.ts', 'svelte.config.js'],
			'boundaries/elements': Object.entries(ELEMENTS).map(([type, pattern]) => ({
				type,
				pattern,
				// Whole paths from the root, so single files (paths.ts, vite.config.ts) are elements
				// too: `partialMatch: false`, which v7 suggests instead, matches folders only.
				mode: 'full'
			})),
			'boundaries/files': [
				...BUILD_ONLY.map((pattern) => ({ category: 'build', pattern, stopMatching: true })),
				// Every other file of an area: a file in no area is reported (no-unknown-files).
				{
					category: 'browser',
					pattern: Object.values(ELEMENTS)
						.flat()
						.filter((path) => path.startsWith('src/'))
				}
			]
		},
		rules: {
			'boundaries/no-unknown-files': 'error',
			'boundaries/dependencies': [
				'error',
				{
					default: 'disallow',
					// Packages and node: modules too, and files within one area (a browser file of
					// content may not import content/markdown.ts).
					checkAllOrigins: true,
					checkInternals: true,
					checkUnknownLocals: true,
					message:
						'{{from.type}} may not import {{to.type}}{{#if to.source}} ({{dependency.source}}){{/if}}: see the layers in ARCHITECTURE.md',
					policies: [
						...Object.keys(ELEMENTS).map((type) => ({
							from: { element: { type } },
							allow: { to: { element: { types: { anyOf: below(type) } } } }
						})),
						{ allow: { to: { module: { origin: ['external', 'core'] } } } },
						// SvelteKit's virtual modules: not files, so the resolver leaves them unresolved.
						{ allow: { dependency: { source: ['$app/*', '$service-worker'] } } },
						{
							from: { file: { categories: 'browser' } },
							disallow: { to: { file: { categories: 'build' } } },
							message:
								'browser code may not import a build-only file ({{to.path}}): see ARCHITECTURE.md'
						},
						{
							from: { file: { categories: 'browser' } },
							disallow: {
								to: {
									module: {
										origin: 'external',
										source: BUILD_ONLY_PACKAGES.flatMap((name) => [name, `${name}/**`])
									}
								}
							},
							message:
								'browser code may not import {{dependency.source}}, which is build-only: see ARCHITECTURE.md'
						},
						{
							from: { file: { categories: 'browser' } },
							disallow: { to: { module: { origin: 'core' } } },
							message:
								'browser code may not import {{dependency.source}}, a Node module: see ARCHITECTURE.md'
						}
					]
				}
			]
		}
	}
];
