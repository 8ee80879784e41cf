import { describe, expect, it } from 'vitest';
import type { Difficulty, Skill } from '../../src/lib/bank/schema';
import type { QuestionInput } from '../../src/lib/question-types/registry.build';
import { bankToGift } from '../../src/lib/gift/export';
import { SLUG, runScript } from './helpers';

const base: Pick<QuestionInput, 'explanation' | 'evidence' | 'difficulty' | 'skills'> = {
	explanation: 'Because the article says so.',
	evidence: ['unused'],
	difficulty: 'easy',
	skills: ['recall']
};
/** The GIFT of one question, without the file's header and category lines. */
const one = (question: Omit<QuestionInput, keyof typeof base> & Partial<QuestionInput>) => {
	const result = bankToGift('m', [{ ...base, ...question } as QuestionInput]);
	return result.gift.slice(result.gift.indexOf('$CATEGORY: m/easy/recall\n\n') + 26);
};

describe('writing a bank as GIFT', () => {
	it('writes single with = and ~, option feedback after #, and the explanation after ####', () => {
		expect(
			one({
				id: 'troop-level',
				type: 'single',
				prompt: 'How many US troops?',
				options: [
					{ text: 'About 2,500', correct: true },
					{ text: 'About 3,000', feedback: 'Before the reduction.' }
				]
			})
		).toBe(
			'::troop-level::[markdown]How many US troops?{\n\t=About 2,500\n\t~About 3,000#Before the reduction.\n\t####Because the article says so.\n}\n'
		);
	});

	it('writes multiple with weights that sum to 100% and the same penalty Lectern gives a wrong choice', () => {
		expect(
			one({
				id: 'ask-for',
				type: 'multiple',
				prompt: 'Choose all that apply.',
				options: [
					{ text: 'Training', correct: true },
					{ text: 'Intelligence', correct: true },
					{ text: 'Maintenance', correct: true },
					{ text: 'Combat troops' }
				]
			})
		).toBe(
			'::ask-for::[markdown]Choose all that apply.{\n\t~%33.33333%Training\n\t~%33.33333%Intelligence\n\t~%33.33333%Maintenance\n\t~%-33.33333%Combat troops\n\t####Because the article says so.\n}\n'
		);
	});

	it('writes true-false with Moodle’s feedback order: for a wrong answer first', () => {
		expect(
			one({
				id: 'obama',
				type: 'true-false',
				prompt: 'Obama withdrew in 2011.',
				answer: true,
				feedbackTrue: 'Right.',
				feedbackFalse: 'Read ¶8.'
			})
		).toBe(
			'::obama::[markdown]Obama withdrew in 2011.{TRUE#Read ¶8.#Right.####Because the article says so.}\n'
		);
		expect(
			one({
				id: 'deadline',
				type: 'true-false',
				prompt: 'A deadline.',
				answer: false,
				feedbackTrue: 'No.'
			})
		).toBe('::deadline::[markdown]A deadline.{FALSE#No.####Because the article says so.}\n');
	});

	it('writes the glossary’s other names for a typed answer as accepted answers, unless acceptAliases is false', () => {
		const glossary = [{ term: 'ISIS', aliases: ['Daesh', 'Islamic State', 'isis'] }];
		const gift = (question: Partial<QuestionInput>) =>
			bankToGift('m', [{ ...base, ...question } as QuestionInput], glossary).gift;
		const short = {
			id: 'who',
			type: 'short-answer' as const,
			prompt: 'Which group?',
			answers: ['ISIS']
		};
		expect(gift(short)).toContain(
			'::who::[markdown]Which group?{\n\t=ISIS\n\t=Daesh\n\t=Islamic State\n\t####'
		);
		expect(gift({ ...short, acceptAliases: false })).toContain('{\n\t=ISIS\n\t####');
		expect(
			gift({
				id: 'gap',
				type: 'fill-blank',
				prompt: 'Fill the gap.',
				text: 'The war on {1} began in 2014.',
				blanks: [['ISIS']]
			})
		).toContain('{\n\t=ISIS\n\t=Daesh\n\t=Islamic State\n\t####');
		// Without the glossary (an older caller), as before.
		expect(bankToGift('m', [{ ...base, ...short } as QuestionInput]).gift).toContain(
			'{\n\t=ISIS\n\t####'
		);
	});

	it('writes short-answer, match, a one-gap fill-blank as missing word, and order as matching by position', () => {
		expect(
			one({
				id: 'minister',
				type: 'short-answer',
				prompt: 'Which minister?',
				answers: ['Fuad Hussein', 'Hussein']
			})
		).toBe(
			'::minister::[markdown]Which minister?{\n\t=Fuad Hussein\n\t=Hussein\n\t####Because the article says so.\n}\n'
		);
		expect(
			one({
				id: 'who',
				type: 'match',
				prompt: 'Match them.',
				pairs: [
					{ left: 'Fuad Hussein', right: 'Foreign minister' },
					{ left: 'Hadi Al Ameri', right: 'Fatah leader' }
				]
			})
		).toBe(
			'::who::[markdown]Match them.{\n\t=Fuad Hussein -> Foreign minister\n\t=Hadi Al Ameri -> Fatah leader\n\t####Because the article says so.\n}\n'
		);
		expect(
			one({
				id: 'elections',
				type: 'fill-blank',
				prompt: 'Complete the sentence.',
				text: 'Elections are scheduled for {1}.',
				blanks: [['October', 'October 10']]
			})
		).toBe(
			'::elections::[markdown]Complete the sentence.\\n\\nElections are scheduled for {\n\t=October\n\t=October 10\n\t####Because the article says so.\n}.\n'
		);
		expect(
			one({
				id: 'timeline',
				type: 'order',
				prompt: 'Earliest first.',
				items: ['2011', '2014', '2017']
			})
		).toBe(
			'// An order question: match each position to its item.\n::timeline::[markdown]Earliest first.{\n\t=1st -> 2011\n\t=2nd -> 2014\n\t=3rd -> 2017\n\t####Because the article says so.\n}\n'
		);
	});

	it('puts a single’s answers in the gap of a missing-word prompt', () => {
		expect(
			one({
				id: 'grant',
				type: 'single',
				prompt: "Grant is _____ in Grant's tomb.",
				options: [{ text: 'buried' }, { text: 'entombed', correct: true }]
			})
		).toBe(
			"::grant::[markdown]Grant is {\n\t~buried\n\t=entombed\n\t####Because the article says so.\n} in Grant's tomb.\n"
		);
	});

	it('escapes GIFT’s special characters everywhere', () => {
		expect(
			one({
				id: 'escapes',
				type: 'single',
				prompt: 'Ratio 5:6, {braces}, a = b, #1 and ~ and a \\ too?',
				options: [
					{ text: '~half', correct: true },
					{ text: 'a#b', feedback: 'Not {this}: no.' }
				],
				explanation: 'Line one\nline two'
			})
		).toBe(
			'::escapes::[markdown]Ratio 5\\:6, \\{braces\\}, a \\= b, \\#1 and \\~ and a \\\\ too?{\n\t=\\~half\n\t~a\\#b#Not \\{this\\}\\: no.\n\t####Line one\\nline two\n}\n'
		);
	});

	it('lists what it cannot write, with the reason, instead of dropping it silently', () => {
		const result = bankToGift('m', [
			{
				...base,
				id: 'two-gaps',
				type: 'fill-blank',
				prompt: 'Fill.',
				text: 'About {1} since {2}.',
				blanks: [['2,500'], ['2020']]
			},
			{
				...base,
				id: 'gap-at-end',
				type: 'fill-blank',
				prompt: 'Fill.',
				text: 'He met {1}',
				blanks: [['Biden']]
			},
			{ ...base, id: 'arrow', type: 'short-answer', prompt: 'Which?', answers: ['a -> b'] },
			{
				...base,
				id: 'kept',
				type: 'true-false',
				prompt: 'True?',
				answer: true,
				hint: 'Look at ¶2.',
				shuffle: false
			}
		] as QuestionInput[]);
		expect(result.exported).toBe(1);
		expect(result.skipped).toEqual([
			{
				id: 'two-gaps',
				message: 'fill-blank: it has 2 gaps, and a GIFT missing-word question has exactly one'
			},
			{
				id: 'gap-at-end',
				message:
					'fill-blank: its gap ends the sentence, and GIFT needs text after the gap to show it'
			},
			{
				id: 'arrow',
				message:
					'short-answer: an answer contains “->”, which makes Moodle read a matching question'
			}
		]);
		expect(result.notes).toEqual([
			{
				id: 'kept',
				message:
					"its hint is written as a comment (GIFT has no hints; add them in Moodle's question settings)"
			},
			{
				id: 'kept',
				message: '`shuffle: false` is not exported: set “Shuffle the choices” in Moodle'
			}
		]);
		expect(result.gift).toContain('// Not exported: two-gaps (fill-blank: it has 2 gaps');
		// The hint rides above its question as a comment, which Moodle's import skips.
		expect(result.gift).toContain('// Hint 1: Look at ¶2.\n::kept::');
	});

	it('writes every hint of a question, in order, as comments above it', () => {
		const result = bankToGift('m', [
			{
				...base,
				id: 'hinted',
				type: 'true-false',
				prompt: 'True?',
				answer: true,
				hints: ['Read ¶2.', 'Look for\n“withdrawn”.']
			}
		] as QuestionInput[]);
		expect(result.gift).toContain(
			'// Hint 1: Read ¶2.\n// Hint 2: Look for “withdrawn”.\n::hinted::'
		);
		expect(result.notes).toEqual([
			{
				id: 'hinted',
				message:
					"its 2 hints are written as comments (GIFT has no hints; add them in Moodle's question settings)"
			}
		]);
	});

	it('writes difficulty and skills as the Moodle category, only when they change', () => {
		const q = (id: string, difficulty: Difficulty, skills: Skill[]) =>
			({
				...base,
				id,
				type: 'true-false',
				prompt: 'True?',
				answer: true,
				difficulty,
				skills
			}) as QuestionInput;
		const gift = bankToGift('mod', [
			q('a', 'easy', ['recall']),
			q('b', 'easy', ['recall']),
			q('c', 'hard', ['inference', 'main-idea']),
			// The same skills in another order: the same category, in the question format's order.
			q('d', 'hard', ['main-idea', 'inference'])
		]).gift;
		expect(gift.match(/^\$CATEGORY: .*$/gm)).toEqual([
			'$CATEGORY: mod/easy/recall',
			'$CATEGORY: mod/hard/inference, main-idea'
		]);
	});
});

// The CLIs start tsx: seconds each on a busy 2-core machine.
describe('npm run questions:export', { timeout: 60_000 }, () => {
	const run = (...args: string[]) => runScript('questions-export', args);

	it('prints GIFT on stdout and the report on stderr', () => {
		const result = run(SLUG, '--format', 'gift');
		expect(result.status).toBe(0);
		expect(result.stdout.startsWith(`// Lectern question bank “${SLUG}”`)).toBe(true);
		expect(result.stdout).toContain('::no-deadline::[markdown]');
		expect(result.stdout).not.toContain('Exported 68 of 74');
		expect(result.stderr).toContain('Exported 68 of 74 questions.');
		// The shipped glossary names ISIS “Daesh”: a question whose answer is ISIS accepts it in Moodle too.
		expect(result.stdout).toMatch(/=ISIS\n\t=IS\n\t=Islamic State\n\t=ISIL\n\t=Daesh\n/);
		expect(result.stderr).toContain(
			'troops-blank: fill-blank: it has 3 gaps, and a GIFT missing-word question has exactly one'
		);
	});

	it('refuses an unknown module or format with a usage line', () => {
		const unknown = run('no-such-module');
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toContain(`There is no module “no-such-module”. Modules: ${SLUG}`);
		expect(run(SLUG, '--format', 'xml').stderr).toContain('--format xml is not supported');
	});
});
