import type { Question } from '../question-types/registry';

const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
	let hash = basis;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, FNV_PRIME);
	}
	return hash >>> 0;
}

/**
 * A 64-bit hash as 16 hex digits: two FNV-1a passes with different bases. Synchronous and
 * available everywhere (Web Crypto's digest is async and missing on plain-http classroom servers);
 * it catches damage and edits by accident, and is no defence against a student forging a hand-in.
 */
export function hashText(text: string): string {
	const a = fnv1a(text, 0x811c9dc5);
	const b = fnv1a(text, 0x050c5d1f ^ text.length);
	return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * What a student answers: the prompt and everything that decides what can be chosen and what is
 * right. Explanations, hints, feedback, evidence and tags are left out: fixing a typo in an
 * explanation, or an article edit that moves an evidence quote, does not make earlier hand-ins
 * a different question.
 */
function shownContent(question: Question): unknown[] {
	const base = [question.id, question.type, question.promptText];
	switch (question.type) {
		case 'single':
		case 'multiple':
			return [...base, question.options.map((o) => [o.text, o.correct])];
		case 'true-false':
			return [...base, question.answer];
		case 'fill-blank':
			return [...base, question.gappedText, question.blanks];
		case 'short-answer':
			// Patterns only when there are some, so hand-ins made before they existed still match.
			return question.patterns
				? [...base, question.answers, question.patterns]
				: [...base, question.answers];
		case 'order':
			return [...base, question.items.map((item) => item.text)];
		case 'match':
			return [...base, question.pairs.map((p) => [p.leftText, p.rightText])];
	}
}

/** A stable hash of a question as students see it: 12 hex digits, short enough for a QR code. */
export function questionHash(question: Question): string {
	return hashText(JSON.stringify(shownContent(question))).slice(0, 12);
}

/** The version of a module's questions: a hash of all their hashes, in id order. */
export function bankVersion(questions: readonly Question[]): string {
	const parts = questions.map((q) => `${q.id}:${questionHash(q)}`).sort();
	return hashText(parts.join('\n')).slice(0, 12);
}
