import type { ClassRow } from './class';

/**
 * A cell as a spreadsheet reads it: every field quoted (commas, quotes and line breaks in names
 * stay in their cell), and text that a spreadsheet would run as a formula (starting with = + - @,
 * or a tab or carriage return) starts with an apostrophe instead, so it shows as typed.
 */
export function csvCell(value: string | number | null): string {
	if (value === null) return '""';
	if (typeof value === 'number') return `"${value}"`;
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return `"${text.replaceAll('"', '""')}"`;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The class as CSV: name, quiz, finished, score, out of, percentage, then one column per
 * question (its credit, 0 to 1; empty when the attempt did not have it). UTF-8 with a byte order
 * mark and CRLF line ends, which is what Excel needs to open it as is; LibreOffice and Google
 * Sheets read it too.
 */
export function classCsv(
	rows: readonly ClassRow[],
	columns: readonly string[],
	label: (column: string) => string = (column) => column
): string {
	const header = [
		'Name',
		'Quiz',
		'Finished',
		'Score',
		'Out of',
		'Percentage',
		...columns.map(label)
	];
	const lines = [header.map(csvCell).join(',')];
	for (const row of rows) {
		const cells = [
			csvCell(row.name),
			csvCell(row.title),
			csvCell(new Date(row.finishedAt).toISOString().slice(0, 16).replace('T', ' ')),
			csvCell(round(row.points)),
			csvCell(row.possible),
			csvCell(row.percent),
			...columns.map((column) => {
				const cell = row.cells.get(column);
				return csvCell(cell ? round(cell.credit) : null);
			})
		];
		lines.push(cells.join(','));
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
