import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/lib/bank/parse';
import { formatIssue } from '../../src/lib/validation/issues';
import { SLUG, shippedParagraphs } from './helpers';

const paragraphs = shippedParagraphs();

const bank = (preset: string, hintLines: string) => `module: ${SLUG}
quizzes:
  - id: tries
    title: Tries
    count: 1
${preset}
questions:
  - id: capital
    type: short-answer
    prompt: Where?
    answers: [Baghdad]
${hintLines}
    explanation: In Baghdad.
    evidence: ['The American troop presence has remained at about 2,500']
    difficulty: easy
    skills: [recall]
`;
const parse = (source: string) => parseBank(source, 'q.yaml', { slug: SLUG, paragraphs });

describe('hints and tries in a question file', () => {
	it('renders each of `hints` as safe inline Markdown, in order', () => {
		const parsed = parse(
			bank('', '    hints: ["**Read** ¶7", "<b>x</b> [y](javascript:alert(1))"]')
		);
		expect(parsed.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
		const hints = parsed.bank!.questions[0]!.hints!;
		expect(hints[0]).toBe('<strong>Read</strong> ¶7');
		expect(hints[1]).not.toContain('<b>');
		expect(hints[1]).not.toContain('href="javascript:');
	});

	it('keeps the single `hint` working as one hint; no hint gives no `hints` field', () => {
		expect(parse(bank('', '    hint: Look at ¶7.')).bank!.questions[0]!.hints).toEqual([
			'Look at ¶7.'
		]);
		expect(parse(bank('', '')).bank!.questions[0]).not.toHaveProperty('hints');
	});

	it('reports `hint` and `hints` together at the `hint` line, with the fix', () => {
		const parsed = parse(bank('', '    hint: One.\n    hints: [Two]'));
		expect(parsed.bank).toBeUndefined();
		expect(parsed.issues.map(formatIssue)).toEqual([
			expect.stringContaining(
				'q.yaml:12:5  question 1 (capital) › hint: this question has both `hint` and `hints`'
			)
		]);
		expect(parsed.issues[0]!.fix).toBe(
			'Move the `hint` into `hints` as its first item: hints: ["One.", …]'
		);
	});

	it('reports an empty hints list', () => {
		expect(parse(bank('', '    hints: []')).issues[0]!.path).toContain('hints');
	});

	it('reads a preset’s tries and penalty, as a decimal or a fraction', () => {
		expect(parse(bank('    tries: 3\n    penalty: 1/4', '')).bank!.presets[0]).toMatchObject({
			tries: 3,
			penalty: 0.25
		});
		expect(parse(bank('    tries: 2\n    penalty: 0.5', '')).bank!.presets[0]).toMatchObject({
			penalty: 0.5
		});
		// Left out, nothing is added: the pages' presets stay as they were.
		expect(parse(bank('', '')).bank!.presets[0]).not.toHaveProperty('tries');
	});

	it('refuses tries of 0 or over 10 and a penalty over 1, each at its line', () => {
		for (const [line, key] of [
			['    tries: 0', 'tries'],
			['    tries: 11', 'tries'],
			['    penalty: 1.5', 'penalty'],
			['    penalty: a third', 'penalty']
		]) {
			const parsed = parse(bank(line!, ''));
			expect(parsed.bank, line).toBeUndefined();
			expect(parsed.issues[0], line).toMatchObject({ line: 6, path: `quizzes[0].${key}` });
		}
	});
});
