import { describe, expect, it } from 'vitest';
import {
	loadCorpus,
	roleOfIssue,
	runCase,
	scoreCase,
	type Case
} from '../../scripts/teacher-mistakes';
import { applyEdits } from '../../src/lib/validation/yaml-slips';

// The corpus of real teacher slips (tests/fixtures/teacher-mistakes/), also scored by
// `npm run questions:score`: right line and column; what is wrong in plain words; how to fix
// it; no crash, and the rest of the file still checked.
const cases = loadCorpus();
const named = (list: Case[]) => list.map((c) => [c.name, c] as const);

describe('teacher-mistakes corpus', () => {
	it('has at least 40 cases, each with what it expects', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
		for (const c of cases) expect(c.expect.length, c.name).toBeGreaterThan(0);
	});

	it.each(named(cases))('%s: all four points', (_, c) => {
		const run = runCase(c);
		expect(run.crashed).toBeUndefined();
		const score = scoreCase(c, run);
		expect(score.notes).toEqual([]);
		expect(score.total).toBe(4);
	});

	it('scores at least 95 of 100 in all', () => {
		const sum = cases.reduce((total, c) => total + scoreCase(c, runCase(c)).total, 0);
		expect((sum / (4 * cases.length)) * 100).toBeGreaterThanOrEqual(95);
	});
});

describe('suggested fixes, applied as written', () => {
	const withEdits = cases.filter((c) =>
		runCase(c).issues.some((issue) => issue.edit && roleOfIssue(issue) === c.role)
	);

	it('are offered for every syntax slip and most warnings', () => {
		expect(withEdits.length).toBeGreaterThanOrEqual(20);
	});

	it.each(named(withEdits))('%s: make the lines valid, with nothing new reported', (_, c) => {
		const before = runCase(c).issues;
		const edits = before.filter((i) => i.edit && roleOfIssue(i) === c.role).map((i) => i.edit!);
		const after = runCase(c, { source: applyEdits(c.source, edits) }).issues;
		const edited = new Set(edits.map((edit) => edit.line));
		// Nothing left on the corrected lines...
		expect(after.filter((i) => roleOfIssue(i) === c.role && edited.has(i.line))).toEqual([]);
		// ...and what is left (an independent error elsewhere) was reported the first time.
		for (const issue of after) {
			expect(
				before.some((b) => b.line === issue.line && b.message === issue.message),
				issue.message
			).toBe(true);
		}
	});
});
