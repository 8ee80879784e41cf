import { describe, expect, it } from 'vitest';
import { filterLibrary, formatDate, type LibraryEntry } from '../../src/lib/content/library';

const entry = (slug: string, extra: Partial<LibraryEntry>): LibraryEntry => ({
	slug,
	title: slug,
	source: 'The National',
	tags: [],
	readingMinutes: 5,
	terms: 3,
	questions: 2,
	...extra
});

describe('the home page filter', () => {
	const modules = [
		entry('a', { title: 'Iraq and the US', date: '2021-07-24', tags: ['politics'] }),
		entry('b', {
			title: 'Café society',
			source: 'Le Monde',
			date: '2019-11-02',
			tags: ['culture']
		}),
		entry('c', { title: 'Glaciers retreat', tags: ['climate', 'science'] })
	];
	const slugs = (query: string) => filterLibrary(modules, query).map((m) => m.slug);

	it('matches title, source, date and tags, while typing, in catalogue order', () => {
		expect(slugs('')).toEqual(['a', 'b', 'c']);
		expect(slugs('ira')).toEqual(['a']);
		expect(slugs('monde')).toEqual(['b']);
		expect(slugs('2021')).toEqual(['a']);
		expect(slugs('november')).toEqual(['b']);
		expect(slugs('sci')).toEqual(['c']);
		expect(slugs('cafe')).toEqual(['b']);
		expect(slugs('the politics')).toEqual(['a']);
		expect(slugs('nothing like it')).toEqual([]);
	});

	it('writes dates as a reader does, the same anywhere', () => {
		expect(formatDate('2021-07-24')).toBe('24 July 2021');
	});
});
