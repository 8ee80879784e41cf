import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/lib/bank/types';
import type { Question } from '../../src/lib/question-types/registry';
import { QuizRun } from '../../src/lib/components/quiz/quiz-run.svelte';
import type { RunKeeper } from '../../src/lib/progress/keep-progress';
import type { Score } from '../../src/lib/quiz/score';
import {
	NO_TRIES,
	afterTry,
	giveUp,
	tryFactor,
	tryRules,
	type TryState
} from '../../src/lib/quiz/tries';
import { parseQuizLink } from '../../src/lib/quiz/request';
import { checkProgress, checkAnswers, checkAttempt } from '../../src/lib/progress/records';
import { mergeProgress } from '../../src/lib/progress/quiz-merge';
import { questionBase } from './helpers';

const wrong: Score = { score: 0, correct: false, notes: [] };
const half: Score = { score: 0.5, correct: false, notes: [] };
const right: Score = { score: 1, correct: true, notes: [] };
const three = tryRules({ tries: 3 });

/** Plays tries in order, as a student would check them one after another. */
function play(scores: Score[], rules = three, hints = 2) {
	let state: TryState = NO_TRIES;
	for (const tried of scores) {
		const outcome = afterTry(state, tried, rules, hints);
		if (outcome.done) return outcome.score;
		state = outcome.state;
	}
	return state;
}

describe('credit with tries: the best try, each scaled by max(0, 1 − penalty × earlier tries)', () => {
	it('defaults to one try and a third of the point per extra try, as Moodle', () => {
		expect(tryRules()).toEqual({ tries: 1, penalty: 1 / 3 });
		expect(tryRules({ tries: 3 })).toEqual({ tries: 3, penalty: 1 / 3 });
	});

	it('right at the first try earns the full point, marked correct, with no tries noted', () => {
		expect(play([right])).toEqual({ score: 1, correct: true, notes: [], parts: undefined });
	});

	it('right at the second try earns two thirds, and is not “fully right”', () => {
		const score = play([wrong, right]) as Score;
		expect(score).toMatchObject({ score: 0.667, correct: false, tries: 2, hints: 1 });
		expect(score.notes.at(-1)).toBe('Right at the 2nd try: 67% of the point.');
	});

	it('right at the third earns one third; a fourth try would earn nothing', () => {
		expect(play([wrong, wrong, right])).toMatchObject({ score: 0.333, tries: 3 });
		expect(tryFactor(4, three)).toBe(0);
		expect(play([wrong, wrong, wrong, right], tryRules({ tries: 5 }))).toMatchObject({
			score: 0
		});
	});

	it('partial credit is scaled the same way, and the best try counts', () => {
		// 0.5 at try 1, then worse: the first try's half point stands.
		expect(play([half, wrong, wrong])).toMatchObject({ score: 0.5, correct: false, tries: 3 });
		// 0.5 at try 2 is worth 0.5 × 2/3.
		expect(play([wrong, half, wrong])).toMatchObject({ score: 0.333 });
	});

	it('with no try left the answer is final, right or not', () => {
		const one = afterTry(NO_TRIES, wrong, tryRules(), 2);
		expect(one.done).toBe(true);
		const last = afterTry({ ...NO_TRIES, used: 2 }, wrong, three, 0);
		expect(last).toMatchObject({ done: true, score: { score: 0, tries: 3 } });
	});

	it('a wrong try with tries left shows the next hint, never more than there are', () => {
		const first = afterTry(NO_TRIES, wrong, three, 1);
		expect(first).toMatchObject({
			done: false,
			left: 2,
			state: { used: 1, hints: 1, last: wrong }
		});
		if (first.done) return;
		const second = afterTry(first.state, wrong, three, 1);
		expect(second).toMatchObject({ done: false, left: 1, state: { used: 2, hints: 1 } });
		const noHints = afterTry(NO_TRIES, wrong, three, 0);
		expect(noHints).toMatchObject({ done: false, state: { hints: 0 } });
	});

	it('a penalty of 0 makes every try worth the full point; 1 makes only the first worth anything', () => {
		expect(play([wrong, right], tryRules({ tries: 2, penalty: 0 }))).toMatchObject({ score: 1 });
		expect(play([wrong, right], tryRules({ tries: 2, penalty: 1 }))).toMatchObject({ score: 0 });
	});

	it('moving on between tries keeps the best try so far', () => {
		const state = play([half]) as TryState;
		expect(giveUp(state)).toMatchObject({ score: 0.5, correct: false });
	});
});

const short: Question = {
	...questionBase('s'),
	type: 'short-answer',
	answers: ['Baghdad'],
	hints: ['<em>A capital</em>', 'On the Tigris']
};
const tf: Question = { ...questionBase('t'), type: 'true-false', answer: true };
const bank: Bank = {
	module: 'test',
	presets: [{ id: 'tries', title: 'Tries', count: 2, tries: 3, penalty: 0.25 }],
	questions: [short, tf]
};
const quiz = { seed: 'x', items: [short, tf].map((q) => ({ id: q.id, order: [] })) };

function recorded() {
	const run = new QuizRun(bank, quiz, tryRules(bank.presets[0]));
	const answers: [string, Score][] = [];
	const keeper: RunKeeper = {
		progress() {},
		answer: (id, score) => answers.push([id, score]),
		finish() {}
	};
	run.keeper = keeper;
	return { run, answers };
}

describe('a quiz run with tries and hints', () => {
	it('a preset’s tries and penalty reach the run through its link', () => {
		const link = parseQuizLink(new URLSearchParams('preset=tries'), bank);
		expect('rules' in link && link.rules).toEqual({ tries: 3, penalty: 0.25 });
		const practice = parseQuizLink(new URLSearchParams('ids=s'), bank);
		expect('rules' in practice && practice.rules.tries).toBe(1);
		// From /progress/: the questions marked hard, only those the quiz has.
		const review = parseQuizLink(new URLSearchParams('ids=s,t&hard=t,gone'), bank);
		expect('hard' in review && review.hard).toEqual(['t']);
	});

	it('a wrong try is not saved as an answer; the right one is, with its tries and hints', () => {
		const { run, answers } = recorded();
		run.respond('s', { type: 'short-answer', value: 'Basra' });
		run.check('s');
		expect(run.scores.s).toBeUndefined();
		expect(run.tries.s).toMatchObject({ used: 1, hints: 1, changed: false });
		expect(answers).toEqual([]);
		// The same answer again would cost a try for nothing: it waits for a change.
		expect(run.waiting('s')).toBe(true);
		expect(run.unchecked).toEqual([]);
		run.respond('s', { type: 'short-answer', value: 'Baghdad' });
		expect(run.waiting('s')).toBe(false);
		run.check('s');
		expect(run.scores.s).toMatchObject({ score: 0.75, correct: false, tries: 2, hints: 1 });
		expect(answers).toEqual([['s', expect.objectContaining({ score: 0.75, tries: 2 })]]);
		expect(run.tries.s).toBeUndefined();
	});

	it('hints shown before the first try are counted, and none beyond the last', () => {
		const { run } = recorded();
		run.showHint('s');
		run.showHint('s');
		run.showHint('s');
		expect(run.tries.s).toMatchObject({ used: 0, hints: 2 });
		run.respond('s', { type: 'short-answer', value: 'Baghdad' });
		run.check('s');
		expect(run.scores.s).toMatchObject({ score: 1, correct: true, hints: 2 });
		expect(run.scores.s!.tries).toBeUndefined();
	});

	it('Next between tries keeps the best try; a changed answer is checked first as one more try', () => {
		const { run, answers } = recorded();
		run.respond('s', { type: 'short-answer', value: 'Basra' });
		run.check('s');
		run.go(1);
		expect(run.scores.s).toMatchObject({ score: 0, correct: false, hints: 1 });
		// One try used: nothing about tries to note.
		expect(run.scores.s!.tries).toBeUndefined();
		expect(answers.map(([id]) => id)).toEqual(['s']);

		const other = recorded();
		other.run.respond('s', { type: 'short-answer', value: 'Basra' });
		other.run.check('s');
		other.run.respond('s', { type: 'short-answer', value: 'Baghdad' });
		other.run.finish();
		expect(other.run.scores.s).toMatchObject({ score: 0.75, tries: 2 });
	});

	it('a run between tries resumes where it was, with no more hints than the question has now', () => {
		const { run } = recorded();
		run.respond('s', { type: 'short-answer', value: 'Basra' });
		run.check('s');
		const saved = run.snapshot();
		expect(saved.tries?.s).toMatchObject({ used: 1 });
		const again = recorded().run;
		again.restore(saved);
		expect(again.tries.s).toEqual(run.tries.s);
		// Saved when the question had more hints (edited since): only those it has count as shown.
		const edited = recorded().run;
		edited.restore({ ...saved, tries: { s: { ...saved.tries!.s!, hints: 5 } } });
		expect(edited.tries.s!.hints).toBe(2);
	});

	it('a snapshot without tries or hints is the shape older versions stored', () => {
		const { run } = recorded();
		run.respond('t', { type: 'true-false', value: true });
		expect(Object.keys(run.snapshot())).toEqual(['index', 'responses', 'scores']);
	});
});

describe('stored records with tries', () => {
	const progress = {
		v: 2,
		module: 'test',
		link: 'preset=tries&seed=x',
		title: 'Tries',
		index: 0,
		responses: { s: { type: 'short-answer' as const, value: 'Basra' } },
		scores: {},
		tries: { s: { used: 1, best: 0, hints: 1, changed: false, last: wrong } },
		updatedAt: 1
	};

	it('a quiz in progress with tries is read back; one with a broken try is set aside', () => {
		expect(checkProgress(progress)).toMatchObject({ ok: true, value: { tries: progress.tries } });
		expect(checkProgress({ ...progress, tries: { s: { used: 'one' } } }).ok).toBe(false);
		const older: Partial<typeof progress> = { ...progress };
		delete older.tries;
		expect(checkProgress(older).ok).toBe(true);
	});

	it('answers and attempts carry tries and hints, and records without them still load', () => {
		const answer = { question: 's', score: 0.75, correct: false, at: 1 };
		expect(checkAnswers({ v: 2, module: 'm', answers: [answer] }).ok).toBe(true);
		expect(
			checkAnswers({ v: 2, module: 'm', answers: [{ ...answer, tries: 2, hints: 1 }] }).ok
		).toBe(true);
		expect(checkAnswers({ v: 2, module: 'm', answers: [{ ...answer, tries: -2 }] }).ok).toBe(false);
		const attempt = {
			v: 2,
			module: 'm',
			link: 'l',
			title: 't',
			questions: ['s'],
			scores: { s: 0.75 },
			points: 0.75,
			possible: 1,
			finishedAt: 1
		};
		expect(checkAttempt(attempt).ok).toBe(true);
		expect(checkAttempt({ ...attempt, tries: { s: 2 }, hints: { s: 1 } }).ok).toBe(true);
		expect(checkAttempt({ ...attempt, tries: { s: 'two' } }).ok).toBe(false);
	});

	it('two tabs: tries merge by question, and a question final in this tab drops its tries', () => {
		const next: Omit<typeof progress, 'v'> & { v?: number } = { ...progress };
		delete next.v;
		const base = { index: 0, responses: {}, scores: {} };
		// Another tab is between tries on `t`; this one on `s`.
		const stored = {
			...progress,
			tries: { t: { used: 1, best: 0, hints: 0, changed: false } }
		};
		const merged = mergeProgress(stored, base, next);
		expect(Object.keys(merged.tries ?? {}).sort()).toEqual(['s', 't']);
		// This tab settles `s`: its tries go, the other tab's stay.
		const settled = mergeProgress(
			{ ...stored, ...merged, v: 2 },
			{ index: 0, responses: next.responses, scores: {}, tries: next.tries },
			{ ...next, scores: { s: right }, tries: undefined }
		);
		expect(Object.keys(settled.tries ?? {})).toEqual(['t']);
	});
});
