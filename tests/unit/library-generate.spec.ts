import { describe, expect, it } from 'vitest';
import { generateModule } from '../../scripts/library/generate';

describe('the synthetic library', () => {
	it('is the same for the same seed and differs between modules', () => {
		expect(generateModule(3, 7)).toEqual(generateModule(3, 7));
		const a = generateModule(1).files;
		const b = generateModule(2).files;
		expect(Object.values(a)[0]).not.toEqual(Object.values(b)[0]);
	});

	it('lists newer modules first by number, with tags from the list', () => {
		expect(generateModule(1).published > generateModule(2).published).toBe(true);
		expect(generateModule(1).tags.length).toBeGreaterThan(0);
	});
});
