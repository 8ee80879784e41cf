import { describe, expect, it } from 'vitest';
import { classify, onlineOnlyCode, pageNodes } from '../../tooling/offline-build';
import { fetchPath, revisionKey } from '../../src/lib/offline/files';

describe('which built files the service worker precaches', () => {
	const files = [
		'_app/immutable/entry/start.js',
		'_app/version.json',
		'_headers',
		'404.html',
		'index.html',
		'__data.json',
		'library-v1.json',
		'progress/index.html',
		'search/index.html',
		'service-worker.js',
		'teacher/index.html',
		'icons/icon-192.png',
		'a-module/index.html',
		'a-module/__data.json',
		'a-module/glossary/index.html',
		'a-module/quiz/play/__data.json',
		'a-module/quiz/print/index.html',
		'a-module/teacher/index.html',
		'a-module/offline.json'
	];

	it('the shell: app code, home, search, progress, 404 and the library files; never teacher pages', () => {
		expect(classify(files).shell).toEqual([
			'404.html',
			'__data.json',
			'_app/immutable/entry/start.js',
			'_app/version.json',
			'icons/icon-192.png',
			'index.html',
			'library-v1.json',
			'progress/index.html',
			'search/index.html'
		]);
	});

	it('a module: its pages and data, without its teacher page or printable worksheet', () => {
		expect(classify(files).modules).toEqual(
			new Map([
				['a-module', ['index.html', '__data.json', 'glossary/index.html', 'quiz/play/__data.json']]
			])
		);
	});

	it('fetches a page by its folder, and keys each revision apart', () => {
		expect(fetchPath('index.html')).toBe('');
		expect(fetchPath('m/glossary/index.html')).toBe('m/glossary/');
		expect(fetchPath('m/__data.json')).toBe('m/__data.json');
		expect(revisionKey('/m/', 'abc')).toBe('/m/?__rev=abc');
	});

	it('leaves out app code only teacher and print pages load, never code a student page shares', () => {
		const node = (n: number) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;
		const manifest = {
			'node_modules/@sveltejs/kit/src/runtime/client/entry.js': {
				file: '_app/immutable/entry/start.js',
				imports: ['shared.js']
			},
			'.svelte-kit/generated/client-optimized/app.js': {
				file: '_app/immutable/entry/app.js',
				// The router reaches every node: that does not make a teacher node a student's.
				dynamicImports: [node(0), node(3), node(10)]
			},
			[node(0)]: { file: '_app/immutable/nodes/0.js', imports: ['shared.js'] },
			[node(3)]: {
				file: '_app/immutable/nodes/3.js',
				imports: ['shared.js', 'both.js'],
				dynamicImports: ['qr.js']
			},
			[node(10)]: {
				file: '_app/immutable/nodes/10.js',
				imports: ['shared.js', 'both.js'],
				dynamicImports: ['camera.js'],
				css: ['_app/immutable/assets/10.css']
			},
			'shared.js': { file: '_app/immutable/chunks/shared.js' },
			'both.js': { file: '_app/immutable/chunks/both.js' },
			'qr.js': { file: '_app/immutable/chunks/qr.js' },
			'camera.js': { file: '_app/immutable/chunks/camera.js', imports: ['shared.js'] }
		};
		expect(onlineOnlyCode(manifest, new Set([0, 3]), new Set([0, 10]))).toEqual(
			new Set([
				'_app/immutable/nodes/10.js',
				'_app/immutable/assets/10.css',
				'_app/immutable/chunks/camera.js'
			])
		);
		expect(pageNodes('<script>… node_ids: [0, 2, 10], data: …')).toEqual([0, 2, 10]);
	});
});
