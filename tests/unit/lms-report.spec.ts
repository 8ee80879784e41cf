import { describe, expect, it } from 'vitest';
import * as scormAgain from 'scorm-again/scorm12';
import type { Question } from '../../src/lib/question-types/registry';
import type { Scorm12Api } from '../../src/lib/lms/api';
import { findApi } from '../../src/lib/lms/api';
import { checkValue } from '../../src/lib/lms/data-model';
import { interactionFor, interactionType } from '../../src/lib/lms/interactions';
import { QuizReporter } from '../../src/lib/lms/quiz-report';
import { LmsSession, type LmsStatus } from '../../src/lib/lms/session';
import { decodeSuspend } from '../../src/lib/lms/suspend';
import { score, type Response } from '../../src/lib/quiz/score';
import { settle, type TryState } from '../../src/lib/quiz/tries';
import { questionBase } from './helpers';

// scorm-again's ESM build exports the class by name; its type declarations only as the default.
const Scorm12API = (scormAgain as unknown as { Scorm12API: typeof scormAgain.default }).Scorm12API;

const option = (text: string, correct = false) => ({ html: text, text, correct });
const single: Question = {
	...questionBase('single-q'),
	type: 'single',
	options: [option('Baghdad'), option('Basra', true), option('Mosul')]
};
const multiple: Question = {
	...questionBase('multiple-q'),
	type: 'multiple',
	options: [option('a', true), option('b'), option('c', true)]
};
const trueFalse: Question = { ...questionBase('tf-q'), type: 'true-false', answer: false };
const fillBlank: Question = {
	...questionBase('fill-q'),
	type: 'fill-blank',
	parts: [{ blank: 0 }, { html: ' and ' }, { blank: 1 }],
	blanks: [['July'], ['2021']],
	gappedText: '___ and ___'
};
const shortAnswer: Question = {
	...questionBase('short-q'),
	type: 'short-answer',
	answers: ['Kadhimi']
};
const order: Question = {
	...questionBase('order-q'),
	type: 'order',
	items: ['first', 'second', 'third'].map((text) => ({ html: text, text }))
};
const match: Question = {
	...questionBase('match-q'),
	type: 'match',
	pairs: [
		{ left: 'x', leftText: 'x', right: '1', rightText: '1' },
		{ left: 'y', leftText: 'y', right: '2', rightText: '2' }
	]
};

const checked = (question: Question, response: Response) =>
	interactionFor(question, response, score(question, response), '0000:00:04.00');

describe('one interaction per question, in SCORM 1.2 formats', () => {
	it('maps each question type to a SCORM interaction type', () => {
		expect(
			[single, multiple, trueFalse, fillBlank, shortAnswer, order, match].map(interactionType)
		).toEqual(['choice', 'choice', 'true-false', 'fill-in', 'fill-in', 'sequencing', 'matching']);
	});

	it('writes answers and right answers as SCORM 1.2 expects them', () => {
		const cases: [Question, Response, string, string, string][] = [
			[single, { type: 'single', option: 1 }, 'b', 'b', 'correct'],
			[single, { type: 'single', option: 0 }, 'a', 'b', 'wrong'],
			[multiple, { type: 'multiple', options: [2, 0] }, 'a,c', 'a,c', 'correct'],
			[multiple, { type: 'multiple', options: [0] }, 'a', 'a,c', '0.5'],
			[trueFalse, { type: 'true-false', value: false }, 'f', 'f', 'correct'],
			[trueFalse, { type: 'true-false', value: true }, 't', 'f', 'wrong'],
			[
				fillBlank,
				{ type: 'fill-blank', values: [' July', 'June'] },
				'July; June',
				'July; 2021',
				'0.5'
			],
			[shortAnswer, { type: 'short-answer', value: 'kadhimi ' }, 'kadhimi', 'Kadhimi', 'correct'],
			[order, { type: 'order', order: [2, 0, 1] }, 'c,a,b', 'a,b,c', 'wrong'],
			[order, { type: 'order', order: [0, 2, 1] }, 'a,c,b', 'a,b,c', '0.33'],
			[match, { type: 'match', choices: [1, null] }, 'a.b', 'a.a,b.b', 'wrong'],
			[match, { type: 'match', choices: [0, 1] }, 'a.a,b.b', 'a.a,b.b', 'correct']
		];
		for (const [question, response, given, right, result] of cases) {
			const interaction = checked(question, response);
			expect(interaction, `${question.id} ${JSON.stringify(response)}`).toMatchObject({
				id: question.id,
				student_response: given,
				correct_response: right,
				result,
				weighting: '1',
				latency: '0000:00:04.00'
			});
			for (const value of [given, right])
				expect(
					checkValue('cmi.interactions.0.student_response', value, interaction.type)
				).toBeUndefined();
		}
	});

	it('sends an unanswered question as wrong, with no answer', () => {
		expect(interactionFor(single, undefined, undefined)).toMatchObject({
			student_response: '',
			correct_response: 'b',
			result: 'wrong'
		});
	});

	it('sends answers as words when there are too many to name with one character', () => {
		const many: Question = {
			...questionBase('many'),
			type: 'single',
			options: Array.from({ length: 40 }, (_, i) => option(`option ${i}`, i === 39))
		};
		const interaction = checked(many, { type: 'single', option: 39 });
		expect(interaction).toMatchObject({
			type: 'performance',
			student_response: 'option 39',
			result: 'correct'
		});
	});

	it('keeps a long typed answer within 255 characters', () => {
		const interaction = checked(shortAnswer, { type: 'short-answer', value: 'z'.repeat(400) });
		expect(interaction.student_response).toHaveLength(255);
	});
});

describe('finding the API', () => {
	it('walks up the parents, then tries the opener', () => {
		const api = new Scorm12API({ logLevel: 5 }) as unknown as Scorm12Api;
		const top = { API: api, parent: null as unknown };
		top.parent = top;
		const middle = { parent: top };
		const frame = { parent: middle };
		expect(findApi(frame as never)).toBe(api);
		const popup = { parent: null as unknown, opener: frame };
		popup.parent = popup;
		expect(findApi(popup as never)).toBe(api);
		const alone = { parent: null as unknown };
		alone.parent = alone;
		expect(findApi(alone as never)).toBeUndefined();
	});

	it('gives up after 500 levels, as ADL’s algorithm does', () => {
		const api = new Scorm12API({ logLevel: 5 }) as unknown as Scorm12Api;
		let frame: { API?: unknown; parent: unknown } = { API: api, parent: null };
		frame.parent = frame;
		for (let i = 0; i < 600; i++) frame = { parent: frame };
		expect(findApi(frame as never)).toBeUndefined();
	});

	it('skips a parent of another origin', () => {
		const blocked = {
			get API(): unknown {
				throw new DOMException('Blocked a frame', 'SecurityError');
			},
			parent: null as unknown
		};
		blocked.parent = blocked;
		expect(findApi({ parent: blocked } as never)).toBeUndefined();
	});
});

/** scorm-again playing the LMS, with a clock the test moves. */
function lms(options: { mastery?: string; suspend?: string; status?: string } = {}) {
	const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
	api.loadFromJSON({
		student_data: { mastery_score: options.mastery ?? '' },
		...(options.suspend ? { suspend_data: options.suspend } : {}),
		...(options.status ? { core: { lesson_status: options.status } } : {})
	});
	// What the module sent, as it sent it (scorm-again stores some values reformatted).
	const sent = new Map<string, string>();
	const set = api.LMSSetValue.bind(api);
	api.LMSSetValue = (element: string, value: unknown) => {
		sent.set(element, String(value));
		return set(element, value);
	};
	let time = 1_000_000;
	const statuses: LmsStatus[] = [];
	const session = new LmsSession(
		api as unknown as Scorm12Api,
		(s) => statuses.push(s),
		() => time
	);
	const tick = (ms: number) => (time += ms);
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- scorm-again's nested CMI object
	type Cmi = Record<string, any>;
	const committed = () => api.renderCommitCMI(true) as { cmi: Cmi };
	return { api, session, statuses, tick, committed, sent, now: () => time };
}

const questions = [single, trueFalse, shortAnswer];
const quiz = { preset: 'full', seed: 'k3f9', questions };

describe('the graded quiz reported to the LMS', () => {
	it('reports each answer with its latency, then the score and passed against the mastery score', () => {
		const { session, statuses, tick, committed, sent, now } = lms({ mastery: '60' });
		expect(session.start()).toBe(true);
		expect(statuses).toEqual([{ state: 'connected' }]);
		const reporter = new QuizReporter(session, quiz, undefined, now);
		const responses: Record<string, Response> = {};
		const scores: Record<string, ReturnType<typeof score>> = {};
		reporter.progress({ index: 0, responses, scores });
		tick(4_000);
		responses['single-q'] = { type: 'single', option: 1 };
		scores['single-q'] = score(single, responses['single-q']);
		reporter.answer('single-q', { index: 0, responses, scores });
		expect(committed().cmi.core.lesson_status).toBe('incomplete');
		reporter.progress({ index: 1, responses, scores });
		tick(2_500);
		responses['tf-q'] = { type: 'true-false', value: false };
		scores['tf-q'] = score(trueFalse, responses['tf-q']);
		reporter.answer('tf-q', { index: 1, responses, scores });
		// The third is never answered.
		reporter.finish({ index: 2, responses, scores });

		const cmi = committed().cmi;
		expect(cmi.core.lesson_status).toBe('passed');
		expect(cmi.core.score).toMatchObject({ raw: '67', min: '0', max: '100' });
		expect(cmi.core.exit).toBe('');
		expect(sent.get('cmi.core.session_time')).toBe('0000:00:06.50');
		expect(cmi.core.session_time).toBe('00:00:06.5');
		const interactions = Object.values(cmi.interactions) as (typeof cmi)[];
		expect(interactions.map((i) => [i.id, i.type, i.student_response, i.result])).toEqual([
			['single-q', 'choice', 'b', 'correct'],
			['tf-q', 'true-false', 'f', 'correct'],
			['short-q', 'fill-in', '', 'wrong']
		]);
		expect(sent.get('cmi.interactions.0.latency')).toBe('0000:00:04.00');
		expect(sent.get('cmi.interactions.1.latency')).toBe('0000:00:02.50');
		expect(interactions[2]!.latency).toBe('');
		expect(interactions[0]!.correct_responses['0'].pattern).toBe('b');
		expect(decodeSuspend(cmi.suspend_data)).toMatchObject({ finished: true, seed: 'k3f9' });
		expect(statuses).toHaveLength(1);
	});

	it('fails a score under the mastery score, and says completed when there is none', () => {
		const failing = lms({ mastery: '80' });
		failing.session.start();
		new QuizReporter(failing.session, quiz, 50).finish({ index: 0, responses: {}, scores: {} });
		expect(failing.committed().cmi.core.lesson_status).toBe('failed');
		expect(failing.committed().cmi.core.score.raw).toBe('0');

		// The LMS gave none: the pass mark built into the package decides.
		const built = lms();
		built.session.start();
		const right = { type: 'single', option: 1 } as const;
		new QuizReporter(built.session, { ...quiz, questions: [single] }, 50).finish({
			index: 0,
			responses: { 'single-q': right },
			scores: { 'single-q': score(single, right) }
		});
		expect(built.committed().cmi.core.lesson_status).toBe('passed');

		const none = lms();
		none.session.start();
		new QuizReporter(none.session, quiz, undefined).finish({ index: 0, responses: {}, scores: {} });
		expect(none.committed().cmi.core.lesson_status).toBe('completed');
	});

	it('keeps where the student is, to resume; a student leaving mid-quiz is suspended', () => {
		const first = lms();
		first.session.start();
		const reporter = new QuizReporter(first.session, quiz, undefined);
		const responses: Record<string, Response> = {
			'single-q': { type: 'single', option: 0 },
			'tf-q': { type: 'true-false', value: true }
		};
		const scores = { 'single-q': score(single, responses['single-q']!) };
		reporter.answer('single-q', { index: 1, responses, scores });
		reporter.leave();
		first.session.finish();
		const cmi = first.committed().cmi;
		expect(cmi.core.lesson_status).toBe('incomplete');
		expect(cmi.core.exit).toBe('suspend');

		const second = lms({ suspend: cmi.suspend_data });
		second.session.start();
		const again = new QuizReporter(second.session, quiz, undefined);
		const saved = again.saved()!;
		expect(saved).toMatchObject({ seed: 'k3f9', index: 1, checked: ['single-q'] });
		const resumed = again.resume(saved);
		expect(resumed.responses).toEqual(responses);
		expect(resumed.scores['single-q']).toMatchObject({ score: 0, correct: false });
		expect(resumed.scores['tf-q']).toBeUndefined();
		// Another preset's quiz does not pick it up.
		expect(
			new QuizReporter(second.session, { ...quiz, preset: 'quick' }, undefined).saved()
		).toBeUndefined();
	});

	it('a resumed quiz keeps what tries and hints cost, and gives no fresh tries', () => {
		const first = lms();
		first.session.start();
		const reporter = new QuizReporter(first.session, quiz, undefined);
		const right = { type: 'single', option: 1 } as const;
		const wrongTf = { type: 'true-false', value: true } as const;
		// Right at the second try with a hint: half the point.
		const tried = settle({ used: 1, best: 0.5, hints: 1, changed: false }, 2, score(single, right));
		const between: TryState = {
			used: 1,
			best: 0,
			hints: 0,
			changed: false,
			last: score(trueFalse, wrongTf)
		};
		const progress = {
			index: 1,
			responses: { 'single-q': right, 'tf-q': wrongTf },
			scores: { 'single-q': tried },
			tries: { 'tf-q': between }
		};
		reporter.answer('single-q', progress);
		reporter.progress(progress);
		reporter.leave();
		first.session.finish();

		const second = lms({ suspend: first.committed().cmi.suspend_data });
		second.session.start();
		const again = new QuizReporter(second.session, quiz, undefined);
		const resumed = again.resume(again.saved()!);
		expect(resumed.scores['single-q']).toMatchObject({
			score: 0.5,
			correct: false,
			tries: 2,
			hints: 1
		});
		expect(resumed.tries?.['tf-q']).toMatchObject({ used: 1, best: 0, hints: 0 });
		// Finishing reports the half point, not a full one rescored from the right answer.
		again.finish(resumed);
		expect(second.committed().cmi.core.score.raw).toBe('17');
	});

	it('does not take a finished result back to incomplete', () => {
		const { session, committed } = lms({ status: 'passed' });
		session.start();
		const reporter = new QuizReporter(session, quiz, undefined);
		const response = { type: 'single', option: 0 } as const;
		reporter.answer('single-q', {
			index: 0,
			responses: { 'single-q': response },
			scores: { 'single-q': score(single, response) }
		});
		expect(committed().cmi.core.lesson_status).toBe('passed');
	});
});

describe('LMS errors are told to the student', () => {
	it('says so plainly when there is no LMS', () => {
		const statuses: LmsStatus[] = [];
		const session = new LmsSession(undefined, (s) => statuses.push(s));
		expect(session.start()).toBe(false);
		expect(statuses).toEqual([{ state: 'absent' }]);
		expect(session.set('cmi.core.lesson_status', 'passed')).toBe(false);
	});

	it('reports a refused value with the LMS’s own error in words', () => {
		const { api, session, statuses } = lms();
		const set = api.LMSSetValue.bind(api);
		let failed = false;
		api.LMSSetValue = (element: string, value: unknown) => {
			if (!element.startsWith('cmi.interactions')) return set(element, value);
			failed = true;
			return 'false';
		};
		api.LMSGetLastError = () => (failed ? 405 : 0) as never;
		session.start();
		const reporter = new QuizReporter(session, quiz, undefined);
		const response = { type: 'single', option: 1 } as const;
		reporter.answer('single-q', {
			index: 0,
			responses: { 'single-q': response },
			scores: { 'single-q': score(single, response) }
		});
		expect(statuses.at(-1)).toEqual({
			state: 'error',
			message: expect.stringMatching(/did not accept an answer \(error 405: Incorrect Data Type\)/)
		});
	});

	it('checks a value before sending it, and says what was wrong', () => {
		const { api, session, statuses } = lms();
		session.start();
		let sent = 0;
		const set = api.LMSSetValue.bind(api);
		api.LMSSetValue = (element: string, value: unknown) => (sent++, set(element, value));
		expect(session.set('cmi.suspend_data', 'x'.repeat(5000))).toBe(false);
		expect(sent).toBe(0);
		expect(statuses.at(-1)).toEqual({
			state: 'error',
			message: expect.stringMatching(/could not send where you are in the quiz .*over the 4096/)
		});
	});

	it('says when the LMS will not start the session', () => {
		const { api, session, statuses } = lms();
		api.LMSInitialize('');
		api.LMSFinish('');
		expect(session.start()).toBe(false);
		expect(statuses.at(-1)).toEqual({
			state: 'error',
			message: expect.stringMatching(/would not start this module \(error 101: General Exception\)/)
		});
	});
});
