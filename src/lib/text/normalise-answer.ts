/**
 * The form in which typed answers are compared: case, accents, curly quotes, punctuation,
 * spacing and thousands separators do not count ("2,500" = "2500", "Al-Kadhimi" = "al kadhimi").
 * Unlike `normaliseWord` (search), it reads a whole answer: a thousands separator may be a comma,
 * dot, space or apostrophe ("2 500" = "2500"), a decimal point stays ("1.10"), and punctuation
 * between words becomes one space.
 */
export function normaliseAnswer(value: string): string {
	return (
		value
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[‘’ʼ`]/g, "'")
			.replace(/[“”]/g, '"')
			.replace(/(\d)[,\s.'](?=\d{3}\b)/g, '$1')
			.replace(/'/g, '')
			// Dots in abbreviations go ("U.S." = "US"); a decimal point stays.
			.replace(/\.(?!\d)/g, '')
			.replace(/[^\p{L}\p{N}.]+/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}
