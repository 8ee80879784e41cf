/**
 * One word as search sees it, the same at build time and in the browser: lowercase, no accents,
 * straight quotes, no possessive `'s`, digits without thousands separators ("2,500" = "2500").
 */
export function normaliseWord(word: string): string {
	return word
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[‘’ʼ`]/g, "'")
		.replace(/'s$/, '')
		.replace(/(\d)[,.](?=\d{3}(\D|$))/g, '$1')
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
		.replace(/'/g, '');
}

/** Words of a text with their positions, split as lunr splits (whitespace and hyphens). */
export function words(text: string): { word: string; start: number; end: number }[] {
	const out: { word: string; start: number; end: number }[] = [];
	for (const match of text.matchAll(/[^\s\-–—]+/g)) {
		out.push({ word: match[0], start: match.index, end: match.index + match[0].length });
	}
	return out;
}
