/*
 * The forms in which typed answers are compared beyond `normaliseAnswer`: each takes and returns a
 * normalised answer (lowercase words separated by single spaces). Kept small: they run in the
 * browser when a student checks an answer.
 */

const ARTICLE = /^(the|an?) (?=.)/;

/** Without a leading “the”, “a” or “an”: "the foreign minister" → "foreign minister"; "the" stays. */
export const withoutArticle = (normalised: string): string => normalised.replace(ARTICLE, '');

/** The leading article `withoutArticle` takes off, if any. */
export const leadingArticle = (normalised: string): string | undefined =>
	ARTICLE.exec(normalised)?.[1];

// Literal lists, not .split(): a call at the top of a module keeps it in every bundle that
// imports its folder (the search worker reaches the question types), used or not.
const ONES = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// Ordinals that are not the cardinal plus "th" (after dropping a final e, y → ie).
const IRREGULAR: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fifth: 5,
	eighth: 8,
	ninth: 9,
	twelfth: 12
};

/** The value of one number word or ordinal ("four", "fourth", "4th", "twentieth"), else undefined. */
function wordValue(word: string): number | undefined {
	const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
	if (digits) return Number(digits[1]);
	if (word in IRREGULAR) return IRREGULAR[word];
	for (const stem of [
		word,
		word.replace(/th$/, ''),
		word.replace(/th$/, 'e'),
		word.replace(/ieth$/, 'y')
	]) {
		const one = ONES.indexOf(stem);
		if (one >= 0) return one;
		const ten = TENS.indexOf(stem);
		if (ten >= 0) return (ten + 2) * 10;
	}
	return undefined;
}

/**
 * Number words, ordinals and digits in one form: "fourth" = "4th" = "four" = "4",
 * "twenty one" = "twenty-first" = "21". Whole words only, so "fourteenth" stays 14, never 4.
 */
export function numbersAsDigits(normalised: string): string {
	const out: string[] = [];
	let afterTen = false;
	for (const word of normalised.split(' ')) {
		const value = wordValue(word);
		// "twenty one", "twenty first": a unit after a bare ten joins it.
		if (afterTen && value !== undefined && value > 0 && value < 10) {
			out[out.length - 1] = String(Number(out[out.length - 1]) + value);
			afterTen = false;
			continue;
		}
		afterTen = TENS.includes(word);
		out.push(value === undefined ? word : String(value));
	}
	return out.join(' ');
}
