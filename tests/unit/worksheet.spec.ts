import { describe, expect, it } from 'vitest';
import { letter } from '../../src/lib/question-types/print-kit';
import { answerKey, evidenceParagraphs } from '../../src/lib/quiz/worksheet';
import { generate } from '../../src/lib/quiz/generate';
import { readModule } from '../../src/lib/server/content';
import type { Question } from '../../src/lib/question-types/registry';

const bank = readModule('kadhimi-us-troops-2021').module!.bank!;
const find = <T extends Question['type']>(type: T) =>
	bank.questions.find((q): q is Extract<Question, { type: T }> => q.type === type)!;

describe('worksheet answer key', () => {
	it('letters past Z go on as spreadsheets do', () => {
		expect([0, 1, 25, 26, 27].map(letter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
	});

	it('names the right options by the letters this quiz printed them under', () => {
		const question = find('single');
		const right = question.options.findIndex((o) => o.correct);
		// Printed in reverse: the right option's letter follows its printed place.
		const order = question.options.map((_, i) => question.options.length - 1 - i);
		expect(answerKey(question, { id: question.id, order })).toEqual([
			`${letter(order.indexOf(right))}: ${question.options[right]!.text}`
		]);
	});

	it('gives the number to write in the box beside each printed letter, then the events in order', () => {
		const question = find('order');
		expect(question.items.length).toBe(4);
		// Printed as C, A, D, B of the right order: the first printed item (A) is the 3rd event.
		const order = [2, 0, 3, 1];
		const key = answerKey(question, { id: question.id, order });
		expect(key[0]).toBe('A 3 · B 1 · C 4 · D 2');
		expect(key.slice(1)).toEqual(question.items.map((item, i) => `${i + 1}. ${item.text}`));
	});

	it('pairs each numbered left item with the letter its partner was printed under', () => {
		const question = find('match');
		const order = question.pairs.map((_, i) => (i + 1) % question.pairs.length);
		const key = answerKey(question, { id: question.id, order });
		expect(key[0]).toBe(
			`1 – ${letter(order.indexOf(0))}: ${question.pairs[0]!.leftText} – ${question.pairs[0]!.rightText}`
		);
		expect(key).toHaveLength(question.pairs.length);
	});

	it('lists every accepted answer of gaps and short answers', () => {
		const gaps = find('fill-blank');
		expect(answerKey(gaps, { id: gaps.id, order: [] })).toEqual(
			gaps.blanks.map((accepted, i) => `Gap ${i + 1}: ${accepted.join(' / ')}`)
		);
		const short = find('short-answer');
		expect(answerKey(short, { id: short.id, order: [] })).toEqual([short.answers.join(' / ')]);
	});

	it('has an answer and a paragraph for every question of a seeded quiz', () => {
		const quiz = generate(bank, { count: 50 }, 'print');
		for (const item of quiz.items) {
			const question = bank.questions.find((q) => q.id === item.id)!;
			expect(answerKey(question, item).join('')).not.toBe('');
			const paragraphs = evidenceParagraphs(question);
			expect(paragraphs.length).toBeGreaterThan(0);
			expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
		}
	});
});
