/** A calendar date as typed: month 1-12, day 1-31, and the year only when one was written. */
export interface TypedDate {
	month: number;
	day: number;
	year?: number;
}

// A literal list: a call here would keep this module in bundles that never use it.
const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** "october", "oct", "sept" → 10, 10, 9. */
function monthOf(word: string): number | undefined {
	// The month's name or its start, three letters or more ("oct", "sept").
	const index = word.length < 3 ? -1 : MONTHS.findIndex((name) => name.startsWith(word));
	return index < 0 ? undefined : index + 1;
}

/**
 * A date written with the month in words, in the common orders: "october 10", "10 october",
 * "the 10 of october", each with an optional year after it. Takes an answer already normalised
 * with its article off and numbers as digits ("10th October" → "10 october"); no numeric dates
 * ("10/10" could be either order).
 */
export function readDate(form: string): TypedDate | undefined {
	const words = form.split(' ').filter((w) => w !== 'of');
	if (words.length < 2 || words.length > 3) return undefined;
	const [a, b, y] = words as [string, string, string?];
	const first = monthOf(a);
	const [month, day] = first ? [first, b] : [monthOf(b), a];
	if (!month || !/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) return undefined;
	if (y !== undefined && !/^\d{4}$/.test(y)) return undefined;
	const date = { month, day: Number(day) };
	return y === undefined ? date : { ...date, year: Number(y) };
}

/**
 * Whether a typed date is the accepted one: same day and month; when the accepted answer has a
 * year, the same year too. A year typed where the accepted answer has none is not judged (the
 * question asks for the day; to require a year, write it in every accepted date).
 */
export const sameDate = (typed: TypedDate, accepted: TypedDate): boolean =>
	typed.month === accepted.month &&
	typed.day === accepted.day &&
	(accepted.year === undefined || typed.year === accepted.year);
