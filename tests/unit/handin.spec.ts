import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/question-types/registry';
import { attemptKey, type HandIn } from '../../src/lib/handin/format';
import {
	PartCollector,
	decodeHandIns,
	encodeHandIn,
	handInFileName,
	problemMessage,
	qrPayloads
} from '../../src/lib/handin/encode';
import { bankVersion, hashText, questionHash } from '../../src/lib/handin/hash';
import { attemptDetail, handInOf, readDetail } from '../../src/lib/handin/make';
import { shippedModule } from './helpers';

const bank = shippedModule().bank!;

function sample(name = 'Ana Pérez'): HandIn {
	const questions = bank.questions.slice(0, 8);
	return {
		format: 1,
		module: 'kadhimi-us-troops-2021',
		version: bankVersion(bank.questions),
		link: 'preset=quick&seed=abc123',
		title: 'Quick check',
		name,
		startedAt: 1_700_000_000_000,
		finishedAt: 1_700_000_300_000,
		answers: questions.map((q, i) => ({
			id: q.id,
			hash: questionHash(q),
			response: q.type === 'single' ? { type: 'single', option: i % 3 } : null,
			credit: i % 2 ? 1 : 0.5,
			at: i * 20
		}))
	};
}

describe('question hash', () => {
	const question = bank.questions.find((q) => q.type === 'single')! as Extract<
		Question,
		{ type: 'single' }
	>;
	it('is stable and short', () => {
		expect(questionHash(question)).toBe(questionHash(structuredClone(question)));
		expect(questionHash(question)).toMatch(/^[0-9a-f]{12}$/);
	});
	it('changes when what students see changes, not when the explanation does', () => {
		const reworded = structuredClone(question);
		reworded.options[0]!.text += ' (changed)';
		expect(questionHash(reworded)).not.toBe(questionHash(question));
		const rekeyed = structuredClone(question);
		rekeyed.options = rekeyed.options.map((o) => ({ ...o, correct: !o.correct }));
		expect(questionHash(rekeyed)).not.toBe(questionHash(question));
		const explained = { ...question, explanation: 'other', explanationText: 'other' };
		expect(questionHash(explained)).toBe(questionHash(question));
	});
	it('hashes differ for different texts', () => {
		const seen = new Set(Array.from({ length: 2000 }, (_, i) => hashText(`text ${i}`)));
		expect(seen.size).toBe(2000);
	});
});

describe('hand-in text', () => {
	it('round-trips, hostile text included', () => {
		const handIn = sample('<img src=x onerror=alert(1)> "=1+1" \u202e');
		const [decoded] = decodeHandIns(encodeHandIn(handIn));
		expect(decoded).toMatchObject({ ok: true, handIn });
	});

	it('survives line breaks and words around it, and finds several in one text', () => {
		const a = encodeHandIn(sample('A'));
		const b = encodeHandIn(sample('B'));
		const wrapped = a.replace(/(.{60})/g, '$1\n');
		const found = decodeHandIns(`Hello miss,\n${wrapped}\nthanks!\n\n${b} bye`);
		expect(found.map((d) => d.ok && d.handIn.name)).toEqual(['A', 'B']);
	});

	it('refuses a changed character as damaged', () => {
		const text = encodeHandIn(sample());
		const at = text.length - 20;
		const changed = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
		expect(decodeHandIns(changed)).toEqual([{ ok: false, problem: 'damaged' }]);
	});

	it('says a cut-off hand-in is incomplete', () => {
		const text = encodeHandIn(sample());
		expect(decodeHandIns(text.slice(0, text.length - 40))).toEqual([
			{ ok: false, problem: 'incomplete' }
		]);
	});

	it('says a newer format is newer, whatever follows', () => {
		expect(decodeHandIns('LECTERN-HANDIN/2 0000 abc.')).toEqual([
			{ ok: false, problem: 'newer', format: 2 }
		]);
		expect(problemMessage('newer', 2)).toMatch(/newer version of Lectern.*format 2.*Reload/);
	});

	it('says text without a hand-in is not one', () => {
		expect(decodeHandIns('https://example.com')).toEqual([{ ok: false, problem: 'not-handin' }]);
	});

	it('refuses a well-formed checksum over data of the wrong shape', async () => {
		const { hashText: h } = await import('../../src/lib/handin/hash');
		const json = JSON.stringify({ f: 1, m: 'x', q: 'nope' });
		const data = Buffer.from(json).toString('base64url');
		expect(decodeHandIns(`LECTERN-HANDIN/1 ${h(json)} ${data}.`)).toEqual([
			{ ok: false, problem: 'damaged' }
		]);
		const badResponse = JSON.stringify({
			f: 1,
			m: 'x',
			v: '',
			l: '',
			t: '',
			n: '',
			s: null,
			e: 1,
			q: [['a', 'b', 1, { type: 'single', option: 'x' }, null]]
		});
		expect(
			decodeHandIns(
				`LECTERN-HANDIN/1 ${h(badResponse)} ${Buffer.from(badResponse).toString('base64url')}.`
			)
		).toEqual([{ ok: false, problem: 'damaged' }]);
	});

	it('names its file after the module, the student and the time', () => {
		expect(handInFileName(sample('Ana Pérez / 3B'))).toBe(
			'handin-kadhimi-us-troops-2021-Ana-Pe-rez-3B-2023-11-14-22-18.txt'
		);
	});

	it('keys the same attempt the same whatever the case of the name', () => {
		expect(attemptKey(sample('Ana'))).toBe(attemptKey(sample(' ana ')));
		expect(attemptKey(sample('Ana'))).not.toBe(attemptKey(sample('Ben')));
	});
});

describe('QR payloads', () => {
	it('one code when it fits', () => {
		const text = encodeHandIn(sample());
		expect(qrPayloads(text, 5000)).toEqual([text]);
	});

	it('a numbered sequence when it does not, joined again in any order', () => {
		const text = encodeHandIn(sample());
		const parts = qrPayloads(text, 200);
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) expect(part.length).toBeLessThanOrEqual(200);
		const waiting = new PartCollector();
		waiting.add(parts[0]!);
		expect(waiting.incomplete()).toBe(1);
		const collector = new PartCollector();
		const order = [...parts].reverse();
		const results = order.map((p) => collector.add(p));
		expect(results.slice(0, -1).every((r) => r.kind === 'part' && !r.text)).toBe(true);
		const last = results.at(-1)!;
		expect(last.kind === 'part' && last.text).toBe(text);
		expect(collector.incomplete()).toBe(0);
		expect(collector.add('hello')).toEqual({ kind: 'not-handin' });
		expect(collector.add(text)).toEqual({ kind: 'whole', text });
	});

	it('an attempt of 8 questions (the quick preset) fits in one code, of 20 in three', () => {
		const handIn = sample();
		handIn.answers = handIn.answers.map((a) => ({ ...a, response: { type: 'single', option: 2 } }));
		expect(qrPayloads(encodeHandIn(handIn))).toHaveLength(1);
		handIn.answers = [...handIn.answers, ...handIn.answers, ...handIn.answers.slice(0, 4)];
		expect(qrPayloads(encodeHandIn(handIn)).length).toBeLessThanOrEqual(3);
	});
});

describe('attempt detail', () => {
	it('is made from a finished run, and read back through the same checks', () => {
		const entries = bank.questions.slice(0, 3).map((question) => ({ question }));
		const [a, b, c] = entries.map((e) => e.question.id) as [string, string, string];
		const run = {
			bank,
			entries,
			responses: { [a]: { type: 'true-false' as const, value: true } },
			scores: { [a]: { score: 1, correct: true, notes: [] } },
			startedAt: 1000,
			checkedAt: { [a]: 31_400 }
		};
		const detail = attemptDetail(run, 'kadhimi-us-troops-2021', 'seed=x', 'Quiz', 60_000);
		expect(detail.answers.map((x) => [x.id, x.credit, x.at])).toEqual([
			[a, 1, 30],
			[b, 0, null],
			[c, 0, null]
		]);
		expect(detail.answers[1]!.response).toBeNull();
		expect(readDetail(structuredClone(detail))).toEqual(detail);
		expect(readDetail({ ...detail, answers: [{ id: 3 }] })).toBeUndefined();
		expect(readDetail(undefined)).toBeUndefined();
		expect(handInOf(detail, '  Ana ').name).toBe('Ana');
	});
});
