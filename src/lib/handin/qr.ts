import qrcode from 'qrcode-generator';

/**
 * A QR code as an SVG path (one unit a module), so a page draws it without inserting markup.
 * Error correction L: a code on a screen is not torn or smudged, and L keeps the modules largest.
 * Byte mode carries the text as UTF-8 (the hand-in text is ASCII anyway).
 */
export function qrPath(text: string): { size: number; d: string } {
	const code = qrcode(0, 'L');
	code.addData(text, 'Byte');
	code.make();
	const size = code.getModuleCount();
	let d = '';
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size; col++) {
			if (!code.isDark(row, col)) continue;
			// Runs of dark modules as one rectangle: a third of the path of one square each.
			let end = col;
			while (end + 1 < size && code.isDark(row, end + 1)) end++;
			d += `M${col} ${row}h${end - col + 1}v1H${col}z`;
			col = end;
		}
	}
	return { size, d };
}
