import { describe, expect, it } from 'vitest';
import { loadCorpus, runCase, scoreCase } from '../../scripts/teacher-mistakes';

// The corpus of real teacher slips (tests/fixtures/teacher-mistakes/), scored by
// `npm run questions:score`; here every case must at least run to the end.
const cases = loadCorpus();

describe('teacher-mistakes corpus', () => {
	it('has at least 40 cases, each with what it expects', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
		for (const c of cases) expect(c.expect.length, c.name).toBeGreaterThan(0);
	});

	it.each(cases.map((c) => [c.name, c] as const))('%s: checked without a crash', (_, c) => {
		const run = runCase(c);
		expect(run.crashed).toBeUndefined();
		expect(scoreCase(c, run).robust + 1).toBeGreaterThan(0);
	});
});
