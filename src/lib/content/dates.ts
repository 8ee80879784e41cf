const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function ordinal(day: number): string {
	const teen = day % 100 >= 11 && day % 100 <= 13;
	const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
	return `${day}${suffix}`;
}

/**
 * `2021-07-25T11:12` as newspapers print it: "July 25th 2021, 11:12 AM".
 * Parsed by hand so the result does not depend on the reader's time zone.
 */
export function formatDateLine(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(iso);
	if (!match) return iso;
	const [, year, month, day, hour, minute] = match;
	const date = `${MONTHS[Number(month) - 1]} ${ordinal(Number(day))} ${year}`;
	if (hour === undefined || minute === undefined) return date;
	const h = Number(hour);
	const clock = `${((h + 11) % 12) + 1}:${minute} ${h < 12 ? 'AM' : 'PM'}`;
	return `${date}, ${clock}`;
}

/**
 * A moment as a day in the reader's time zone: "3 November 2026". English, like the rest of the
 * pages, and without Intl: the browser's first date formatting costs about 20 ms of start-up.
 */
export function formatDay(time: number): string {
	const date = new Date(time);
	return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}
