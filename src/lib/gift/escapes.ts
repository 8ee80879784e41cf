/**
 * GIFT's escapes, as Moodle reads and writes them: a backslash before one of ~ = # { } :
 * makes it an ordinary character, `\n` is a line break and `\\` a backslash. Any other
 * backslash is kept as typed. The scanners work on the raw text, so offsets stay true to
 * the file and every message can give its line.
 */

const ESCAPABLE = new Set(['~', '=', '#', '{', '}', ':', '\\', 'n']);

/** Offset of the first unescaped `token` at or after `from`, or -1. */
export function findUnescaped(raw: string, token: string, from = 0): number {
	for (let i = from; i < raw.length; i++) {
		if (raw[i] === '\\' && ESCAPABLE.has(raw[i + 1] ?? '')) {
			i++;
			continue;
		}
		if (raw.startsWith(token, i)) return i;
	}
	return -1;
}

/** Offset of the last unescaped `token`, or -1. */
export function findLastUnescaped(raw: string, token: string): number {
	let last = -1;
	for (let at = findUnescaped(raw, token); at !== -1; at = findUnescaped(raw, token, at + 1)) {
		last = at;
	}
	return last;
}

/** Splits at every unescaped character in `marks`, keeping each mark at the start of its piece. */
export function splitBefore(
	raw: string,
	marks: string
): { mark: string; text: string; offset: number }[] {
	const pieces: { mark: string; text: string; offset: number }[] = [];
	let start = 0;
	let mark = '';
	for (let i = 0; i <= raw.length; i++) {
		if (i < raw.length && raw[i] === '\\' && ESCAPABLE.has(raw[i + 1] ?? '')) {
			i++;
			continue;
		}
		if (i === raw.length || marks.includes(raw[i]!)) {
			pieces.push({ mark, text: raw.slice(start + mark.length, i), offset: start });
			if (i < raw.length) {
				mark = raw[i]!;
				start = i;
			}
		}
	}
	return pieces;
}

/** The text as a reader sees it: escapes undone. */
export function unescapeGift(raw: string): string {
	return raw.replace(/\\([~=#{}:\\n])/g, (_, char: string) => (char === 'n' ? '\n' : char));
}

/** Text made safe to write inside GIFT (Moodle's own export escapes the same characters). */
export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}
