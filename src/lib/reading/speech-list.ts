/**
 * Texts read one after another as one (a question, then its options): each ends with a full stop
 * unless it ends with punctuation already, so the voice pauses between them.
 */
export function spokenList(parts: readonly string[]): string {
	return parts
		.map((part) => part.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.map((part) => (/[.!?…:;]["'”’)]*$/.test(part) ? part : `${part}.`))
		.join(' ');
}
