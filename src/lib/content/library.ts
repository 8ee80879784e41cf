/** The library's catalogue (`library-v1.json`): every module's card, newest first. */
export interface LibraryEntry {
	slug: string;
	title: string;
	standfirst?: string;
	source: string;
	/** YYYY-MM-DD: the article's published (else updated) date, if it has one. */
	date?: string;
	tags: string[];
	readingMinutes: number;
	terms: number;
	questions: number;
}

export interface Library {
	modules: LibraryEntry[];
}

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** “24 July 2021”, the same on the server and in the browser. */
export const formatDate = (date: string) => longDate.format(new Date(`${date}T00:00:00Z`));

/** Lowercase without accents, for matching what a student types. */
const fold = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/** What the filter looks in: title, source, date (as written and as shown) and tags. */
export function haystack(m: LibraryEntry): string {
	return fold(
		[m.title, m.source, m.date ?? '', m.date ? formatDate(m.date) : '', ...m.tags].join(' \n ')
	);
}

/**
 * The modules whose title, source, date or tags hold every word typed (as part of a word, so
 * results come while typing), in catalogue order. `haystacks` is `haystack` of each, made once.
 */
export function filterLibrary<T extends LibraryEntry>(
	modules: readonly T[],
	query: string,
	haystacks: readonly string[] = modules.map(haystack)
): T[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [...modules];
	return modules.filter((_, i) => words.every((word) => haystacks[i]!.includes(word)));
}
