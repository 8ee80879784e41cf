/**
 * The only source of randomness for quizzes: a seed gives the same sequence everywhere,
 * so a teacher can hand a whole class the same quiz link.
 */
export type Random = () => number;

/** cyrb53-style string hash to a 32-bit seed. */
function hashSeed(seed: string): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < seed.length; i++) {
		const ch = seed.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	return h1 >>> 0;
}

/** mulberry32: small, fast and good enough for shuffling questions. */
export function createRandom(seed: string): Random {
	let state = hashSeed(seed);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher-Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short, unambiguous seed for a new quiz link (crypto, not Math.random). */
export function newSeed(length = 5): string {
	const bytes = crypto.getRandomValues(new Uint8Array(length));
	return [...bytes].map((b) => SEED_ALPHABET[b % SEED_ALPHABET.length]).join('');
}

export function isSeed(value: string | null | undefined): value is string {
	return !!value && /^[a-z0-9-]{1,32}$/i.test(value);
}
