import { describe, expect, it } from 'vitest';
import { normaliseAnswer } from '../../src/lib/text/normalise-answer';

describe('normaliseAnswer', () => {
	it.each([
		['Al-Kadhimi', 'al kadhimi'],
		['  Joe   BIDEN ', 'joe biden'],
		['‘Biden’', 'biden'],
		['Iraq’s', 'iraqs'],
		['2,500', '2500'],
		['1,000,000', '1000000'],
		['1.10', '1.10'],
		['3.5 km.', '3.5 km'],
		['U.S.', 'us'],
		['U.S.-led', 'us led'],
		['Mr. Biden', 'mr biden'],
		['Ça va', 'ca va'],
		['turn-out', 'turn out']
	])('%s → %s', (value, expected) => {
		expect(normaliseAnswer(value)).toBe(expected);
	});
});
