import { describe, expect, it } from 'vitest';
import { mean as ssMean, sampleCorrelation } from 'simple-statistics';
import { classRows, questionColumns, quizLinks } from '../../src/lib/analysis/class';
import { classCsv, csvCell } from '../../src/lib/analysis/csv';
import { itemAnalysis } from '../../src/lib/analysis/items';
import { correlation, mean } from '../../src/lib/analysis/stats';
import { questionKey, type QuestionInfo, type Received } from '../../src/lib/analysis/types';
import type { HandIn } from '../../src/lib/handin/format';
import type { Response } from '../../src/lib/quiz/score';
import { createRandom } from '../../src/lib/quiz/random';

const M = 'mod';
const info = (id: string, number: number, extra: Partial<QuestionInfo> = {}): QuestionInfo => ({
	module: M,
	id,
	number,
	type: 'short-answer',
	text: `Question ${id}`,
	hash: `h-${id}`,
	file: 'questions/mod.yaml',
	line: number * 10,
	...extra
});

const choice = info('q1', 1, {
	type: 'single',
	options: [
		{ label: 'Right', correct: true },
		{ label: 'Tempting', correct: false },
		{ label: 'Other', correct: false }
	]
});
const QUESTIONS = new Map(
	[choice, info('q2', 2), info('q3', 3)].map((q) => [questionKey(q.module, q.id), q])
);

let finished = 1000;
function handIn(
	name: string,
	credits: number[],
	responses: (Response | null)[] = [],
	extra: Partial<HandIn> = {}
): Received {
	const h: HandIn = {
		format: 1,
		module: M,
		version: 'v',
		link: 'seed=s',
		title: 'Quiz',
		name,
		startedAt: finished * 1000 - 90_000,
		finishedAt: finished++ * 1000,
		answers: credits.map((credit, i) => ({
			id: `q${i + 1}`,
			hash: `h-q${i + 1}`,
			response: responses[i] ?? null,
			credit,
			at: 10 * (i + 1)
		})),
		...extra
	};
	return { key: `${name}-${h.finishedAt}`, handIn: h, text: '', addedAt: 0 };
}

const byKey = (list: Received[]) => new Map(list.map((r) => [r.key, r]));
const single = (option: number): Response => ({ type: 'single', option });

describe('statistics by hand', () => {
	// Four students, three questions. Worked on paper:
	//   q1: 1 1 0 0   q2: 1 0 1 0   q3: 1 1 1 0
	//   facility: q1 0.5, q2 0.5, q3 0.75
	//   q1 against the mean of the other two (1, .5, 1, 0): r = .25 / sqrt(.6875) = 0.3015
	//   q3 against (1, .5, .5, 0): r = .5 / sqrt(.75 × .5) = 0.8165
	const received = [
		handIn('A', [1, 1, 1], [single(0)]),
		handIn('B', [1, 0, 1], [single(0)]),
		handIn('C', [0, 1, 1], [single(1)]),
		handIn('D', [0, 0, 0], [single(1)])
	];
	const rows = classRows(received, QUESTIONS);
	const items = itemAnalysis(rows, byKey(received), QUESTIONS);
	const get = (id: string) => items.find((i) => i.info.id === id)!;

	it('facility is the mean credit', () => {
		expect(items.map((i) => i.facility)).toEqual([0.5, 0.5, 0.75]);
	});

	it('discrimination is the correlation with the rest of the attempt', () => {
		expect(get('q1').discrimination).toBeCloseTo(0.3015, 4);
		expect(get('q3').discrimination).toBeCloseTo(0.8165, 4);
	});

	it('counts each option, and flags a wrong one chosen as often... only when more often', () => {
		expect(get('q1').options!.map((o) => o.count)).toEqual([2, 2, 0]);
		expect(get('q1').flags).toEqual([]);
	});

	it('totals each student', () => {
		expect(rows.map((r) => [r.name, r.points, r.possible, r.percent, r.seconds])).toEqual([
			['A', 3, 3, 100, 90],
			['B', 2, 3, 66.7, 90],
			['C', 2, 3, 66.7, 90],
			['D', 0, 3, 0, 90]
		]);
	});
});

describe('flags', () => {
	it('says in words why a question is flagged', () => {
		const received = [
			handIn('A', [0, 1, 1], [single(1)]),
			handIn('B', [0, 1, 1], [single(1)]),
			handIn('C', [0, 1, 0], [single(2)]),
			handIn('D', [1, 1, 0], [single(0)]),
			handIn('E', [0, 1, 1], [single(1)]),
			handIn('F', [0, 1, 0], [single(1)])
		];
		const items = itemAnalysis(classRows(received, QUESTIONS), byKey(received), QUESTIONS);
		const [q1, q2, q3] = items;
		expect(q1!.flags.join('\n')).toMatch(/Very hard: facility 17%, below 20%/);
		expect(q1!.flags.join('\n')).toMatch(/Negative discrimination/);
		expect(q1!.flags.join('\n')).toMatch(/“Tempting” \(wrong\) by 4, “Right” \(right\) by 1/);
		expect(q2!.flags).toEqual([
			'Very easy: facility 100%, above 90%. Nearly everyone got it right, so it tells you little.'
		]);
		expect(q2!.discrimination).toBeNull();
		expect(q3!.facility).toBe(0.5);
	});

	it('flags low discrimination', () => {
		const received = [
			handIn('A', [1, 1, 1]),
			handIn('B', [0, 1, 1]),
			handIn('C', [1, 0, 0]),
			handIn('D', [0, 0, 0]),
			handIn('E', [1, 1, 0]),
			handIn('F', [0, 1, 0])
		];
		const q1 = itemAnalysis(classRows(received, QUESTIONS), byKey(received), QUESTIONS)[0]!;
		expect(q1.discrimination).toBeCloseTo(0, 6);
		expect(q1.flags.join('\n')).toMatch(/Low discrimination \(0\.00, below 0\.2\)/);
	});
});

describe('older versions, replaced attempts', () => {
	it('keeps an answer to a changed question but leaves it out of the statistics', () => {
		const old = handIn('A', [1, 1, 1]);
		old.handIn.answers[1]!.hash = 'an older q2';
		const received = [old, handIn('B', [0, 0, 1]), handIn('C', [1, 0, 0])];
		const rows = classRows(received, QUESTIONS);
		expect(rows[0]!.cells.get('mod/q2')!.status).toBe('outdated');
		expect(rows[0]!.outdated).toBe(1);
		expect(rows[0]!.points).toBe(3);
		const items = itemAnalysis(rows, byKey(received), QUESTIONS);
		const q2 = items.find((i) => i.info.id === 'q2')!;
		expect([q2.n, q2.facility, q2.outdated]).toEqual([2, 0, 1]);
		// And the rest of A's attempt is q1 and q3 only.
		expect(items[0]!.n).toBe(3);
	});

	it('counts only the latest attempt of a student on a quiz link', () => {
		const first = handIn('Ana', [0, 0, 0]);
		const again = handIn(' ana ', [1, 1, 1]);
		const other = handIn('Ana', [0, 0, 0], [], { link: 'seed=other' });
		const rows = classRows([again, first, other], QUESTIONS);
		expect(rows.map((r) => r.replaced)).toEqual([false, true, false]);
		const items = itemAnalysis(rows, byKey([again, first, other]), QUESTIONS);
		expect(items[0]!.facility).toBe(0.5);
		expect(quizLinks(rows).map((l) => [l.id, l.count])).toEqual([
			['mod?seed=other', 1],
			['mod?seed=s', 2]
		]);
	});

	it('orders columns as in the bank', () => {
		const received = [handIn('A', [1, 1, 1])];
		received[0]!.handIn.answers.reverse();
		expect(questionColumns(classRows(received, QUESTIONS), QUESTIONS)).toEqual([
			'mod/q1',
			'mod/q2',
			'mod/q3'
		]);
	});
});

describe('against simple-statistics on random data', () => {
	it('mean and correlation agree', () => {
		const random = createRandom('stats');
		for (let trial = 0; trial < 50; trial++) {
			const n = 3 + Math.floor(random() * 60);
			const xs = Array.from({ length: n }, () => Math.round(random() * 4) / 4);
			const ys = xs.map((x) => x * random() + random());
			expect(mean(xs)).toBeCloseTo(ssMean(xs), 12);
			const r = correlation(xs, ys);
			if (r === null) expect(new Set(xs).size).toBe(1);
			else expect(r).toBeCloseTo(sampleCorrelation(xs, ys), 10);
		}
	});

	it('the item analysis of a random class agrees, question by question', () => {
		const random = createRandom('class');
		const received = Array.from({ length: 40 }, (_, s) =>
			handIn(
				`S${s}`,
				[0, 1, 2].map(() => (random() < 0.6 ? 1 : random() < 0.5 ? 0.5 : 0))
			)
		);
		const items = itemAnalysis(classRows(received, QUESTIONS), byKey(received), QUESTIONS);
		for (const [q, item] of items.entries()) {
			const xs = received.map((r) => r.handIn.answers[q]!.credit);
			const rest = received.map(
				(r) =>
					(r.handIn.answers.reduce((sum, a) => sum + a.credit, 0) - xs[received.indexOf(r)]!) / 2
			);
			expect(item.facility).toBeCloseTo(ssMean(xs), 12);
			expect(item.discrimination).toBeCloseTo(sampleCorrelation(xs, rest), 10);
		}
	});
});

describe('CSV', () => {
	it('quotes every field and disarms formulas', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		for (const start of ['+', '-', '@', '\t', '\r'])
			expect(csvCell(`${start}1`)).toBe(`"'${start}1"`);
		expect(csvCell('Ana, "the best"\nPérez')).toBe('"Ana, ""the best""\nPérez"');
		expect(csvCell(-0.5)).toBe('"-0.5"');
		expect(csvCell(null)).toBe('""');
	});

	it('has a row per student and a column per question', () => {
		const received = [handIn('=cmd|x', [1, 0.5, 0]), handIn('Ben', [1, 1])];
		const rows = classRows(received, QUESTIONS);
		const csv = classCsv(rows, questionColumns(rows, QUESTIONS), (c) => c.split('/')[1]!);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe('"Name","Quiz","Finished","Score","Out of","Percentage","q1","q2","q3"');
		expect(lines[1]).toMatch(/^"'=cmd\|x","Quiz","[\d-]+ [\d:]+","1\.5","3","50","1","0\.5","0"$/);
		expect(lines[2]).toMatch(/^"Ben","Quiz",".*","2","2","100","1","1",""$/);
		expect(lines[3]).toBe('');
	});
});
