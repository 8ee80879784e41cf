/**
 * One word as search sees it, the same at build time and in the browser: lowercase, no accents,
 * straight quotes, no possessive `'s`, digits without thousands separators ("2,500" = "2500").
 * Unlike `normaliseAnswer` (typed answers), it sees one word at a time: only a comma or dot
 * separates thousands, and the punctuation at either end goes.
 * Its own file, not beside normaliseAnswer: the article page loads this and not the quiz's.
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
