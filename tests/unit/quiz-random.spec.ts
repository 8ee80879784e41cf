import { describe, expect, it } from 'vitest';
import { createRandom, isSeed, newSeed, shuffled } from '../../src/lib/quiz/random';

describe('random', () => {
	it('gives the same sequence for the same seed, numbers in [0, 1)', () => {
		const a = createRandom('k3f9');
		const b = createRandom('k3f9');
		const xs = Array.from({ length: 100 }, () => a());
		expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(createRandom('k3fa')()).not.toBe(xs[0]);
	});

	it('shuffles a copy', () => {
		const input = [1, 2, 3, 4, 5];
		const out = shuffled(input, createRandom('x'));
		expect(input).toEqual([1, 2, 3, 4, 5]);
		expect([...out].sort()).toEqual(input);
	});

	it('makes short, link-safe seeds', () => {
		for (let i = 0; i < 50; i++) {
			const seed = newSeed();
			expect(seed).toMatch(/^[a-hjkmnp-z2-9]{5}$/);
			expect(isSeed(seed)).toBe(true);
		}
		expect(isSeed(null)).toBe(false);
		expect(isSeed('no spaces')).toBe(false);
	});
});
