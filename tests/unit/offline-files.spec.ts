import { describe, expect, it } from 'vitest';
import { classify } from '../../tooling/offline-build';
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
});
