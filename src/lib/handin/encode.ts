import { HANDIN_FORMAT, fromWire, toWire, type HandIn } from './format';
import { hashText } from './hash';

/**
 * The text form of a hand-in, the same in a file, a copied message and a QR code:
 *
 *     LECTERN-HANDIN/1 <checksum> <base64url of the JSON>.
 *
 * Base64url survives chat apps and mail (no quotes to curl, no spaces to collapse); line breaks
 * added on the way are ignored. The checksum is over the JSON, so a changed or lost character is
 * caught; the final dot marks the end, so a hand-in cut short says so.
 */
const MARK = 'LECTERN-HANDIN/';
const PART_MARK = 'LECTERN-PART/';

export type DecodeProblem = 'not-handin' | 'newer' | 'damaged' | 'incomplete';

export type Decoded =
	| { ok: true; handIn: HandIn; text: string }
	| { ok: false; problem: DecodeProblem; format?: number };

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): string | undefined {
	try {
		const binary = atob(data.replaceAll('-', '+').replaceAll('_', '/'));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

export function encodeHandIn(handIn: HandIn): string {
	const json = JSON.stringify(toWire(handIn));
	return `${MARK}${handIn.format} ${hashText(json)} ${toBase64Url(json)}.`;
}

/** One hand-in's text: where it starts, its format, checksum and data, and whether it is whole. */
const HANDIN = /LECTERN-HANDIN\/(\d+)[ \t\r\n]+([0-9a-fA-F]*)[ \t\r\n]*([A-Za-z0-9_\-\s]*)(\.?)/g;

function decodeOne(match: RegExpMatchArray): Decoded {
	const format = Number(match[1]);
	if (format > HANDIN_FORMAT) return { ok: false, problem: 'newer', format };
	const [, , checksum = '', rawData = '', end] = match;
	const data = rawData.replace(/\s+/g, '');
	const json = fromBase64Url(data);
	if (json === undefined || hashText(json) !== checksum.toLowerCase())
		return { ok: false, problem: end ? 'damaged' : 'incomplete' };
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return { ok: false, problem: 'damaged' };
	}
	const handIn = fromWire(value);
	if (!handIn) return { ok: false, problem: 'damaged' };
	if (handIn.format > HANDIN_FORMAT) return { ok: false, problem: 'newer', format: handIn.format };
	return { ok: true, handIn, text: `${MARK}${format} ${checksum} ${data}.` };
}

/**
 * Every hand-in in a text (a pasted message may hold several, with other words around them),
 * in order. A text with none gives one 'not-handin'.
 */
export function decodeHandIns(text: string): Decoded[] {
	const found = [...text.matchAll(HANDIN)].map(decodeOne);
	return found.length ? found : [{ ok: false, problem: 'not-handin' }];
}

/** Words for a teacher, for each way a text can fail to be a hand-in. */
export function problemMessage(problem: DecodeProblem, format?: number): string {
	switch (problem) {
		case 'not-handin':
			return 'This is not a Lectern hand-in: no hand-in was found in it.';
		case 'newer':
			return `This hand-in was made by a newer version of Lectern (hand-in format ${format ?? '?'}; this page reads format ${HANDIN_FORMAT}). Reload this page to get the newest version, then add it again.`;
		case 'damaged':
			return 'This hand-in is damaged: its checksum does not match, so part of it was changed or lost on the way. Ask the student to send it again.';
		case 'incomplete':
			return 'This hand-in is incomplete: its end is missing (it may have been cut off when copied). Ask the student to send it again.';
	}
}

/**
 * The most characters one QR code carries here (an 8-question quiz fits). Far below a QR code's limit
 * (version 22 at error correction L, 105 modules a side), so the code stays
 * coarse enough for a laptop camera to read off a phone screen.
 */
export const QR_CHARACTERS = 1000;

/**
 * What to show as QR codes: the hand-in itself when it fits in one, else a short numbered
 * sequence, each part `LECTERN-PART/<k>/<n> <id> <piece>` (id: the hand-in's checksum).
 */
export function qrPayloads(text: string, max = QR_CHARACTERS): string[] {
	if (text.length <= max) return [text];
	const id = hashText(text).slice(0, 8);
	// The header is at most this long for up to 99 parts.
	const room = max - `${PART_MARK}99/99 ${id} `.length;
	const count = Math.ceil(text.length / room);
	return Array.from(
		{ length: count },
		(_, i) => `${PART_MARK}${i + 1}/${count} ${id} ${text.slice(i * room, (i + 1) * room)}`
	);
}

export type Scanned =
	| { kind: 'whole'; text: string }
	| { kind: 'part'; got: number; of: number; text?: string }
	| { kind: 'not-handin' };

/**
 * Gathers what the camera reads, one code after another: a whole hand-in is passed on at once;
 * parts are kept until every part of their hand-in is in, in any order, then joined.
 */
export class PartCollector {
	private sets = new Map<string, { of: number; pieces: Map<number, string> }>();

	add(scanned: string): Scanned {
		const part = /^LECTERN-PART\/(\d+)\/(\d+) (\w+) ([\s\S]*)$/.exec(scanned.trim());
		if (!part)
			return scanned.includes(MARK) ? { kind: 'whole', text: scanned } : { kind: 'not-handin' };
		const [, k, n, id = '', piece = ''] = part;
		const index = Number(k);
		const of = Number(n);
		if (!(index >= 1 && index <= of && of <= 99)) return { kind: 'not-handin' };
		let set = this.sets.get(id);
		if (!set || set.of !== of) {
			set = { of, pieces: new Map() };
			this.sets.set(id, set);
		}
		set.pieces.set(index, piece);
		if (set.pieces.size < of) return { kind: 'part', got: set.pieces.size, of };
		this.sets.delete(id);
		const text = Array.from({ length: of }, (_, i) => set.pieces.get(i + 1) ?? '').join('');
		return { kind: 'part', got: of, of, text };
	}

	/** How many parts are waiting for the rest of their hand-in. */
	incomplete(): number {
		let count = 0;
		for (const set of this.sets.values()) count += set.pieces.size;
		return count;
	}
}

/** A file name that says whose hand-in it is: `handin-<module>-<name>-<date>.txt`. */
export function handInFileName(handIn: HandIn): string {
	const safe = (text: string) =>
		text
			.normalize('NFKD')
			.replace(/[^\w-]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'student';
	const date = new Date(handIn.finishedAt).toISOString().slice(0, 16).replace(/[:T]/g, '-');
	return `handin-${safe(handIn.module)}-${safe(handIn.name)}-${date}.txt`;
}
