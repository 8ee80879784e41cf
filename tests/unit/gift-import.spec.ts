import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBank } from '../../src/lib/bank/parse';
import { parseGift } from '../../src/lib/gift/parse';
import { EVIDENCE_PLACEHOLDER, giftToBank } from '../../src/lib/gift/to-bank';
import { bankYaml } from '../../src/lib/gift/write-yaml';
import { formatIssue } from '../../src/lib/validation/issues';
import { ROOT, SLUG, runScript, shippedParagraphs } from './helpers';

const fixture = (name: string) => `tests/fixtures/gift/${name}.gift`;
const importFixture = (name: string) => {
	const file = fixture(name);
	const parsed = parseGift(readFileSync(join(ROOT, file), 'utf8'), file);
	return { parsed, result: giftToBank(parsed.items, file) };
};
/** A question without the fields GIFT never fills, which every import writes the same way. */
const essentials = (question: object) => {
	const rest: Record<string, unknown> = { ...question };
	for (const key of ['evidence', 'difficulty', 'skills']) delete rest[key];
	return rest;
};

describe('importing Moodle’s documented GIFT examples', () => {
	const { parsed, result } = importFixture('moodle-examples');

	it('converts every question Lectern can have, in order, with its answers and feedback', () => {
		expect(result.questions.map((q) => [q.line, essentials(q.question)])).toEqual([
			[
				5,
				{
					id: 'whos-buried-in-grants-tomb',
					type: 'single',
					prompt: "Who's buried in Grant's tomb?",
					options: [{ text: 'Grant' }, { text: 'Jefferson' }, { text: 'no one', correct: true }],
					explanation: ''
				}
			],
			[
				7,
				{
					id: 'grant-is-in-grants-tomb',
					type: 'single',
					prompt: "Grant is _____ in Grant's tomb.",
					options: [{ text: 'buried' }, { text: 'entombed', correct: true }, { text: 'living' }],
					explanation: ''
				}
			],
			[
				9,
				{
					id: 'the-american-holiday-of-thanksgiving-is',
					type: 'single',
					prompt:
						'The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.',
					options: [{ text: 'second' }, { text: 'third' }, { text: 'fourth', correct: true }],
					explanation: ''
				}
			],
			[
				15,
				{
					id: 'japanese-characters-originally-came-from-what',
					type: 'single',
					prompt: 'Japanese characters originally came from what country?',
					options: [
						{ text: 'India' },
						{ text: 'China', correct: true },
						{ text: 'Korea' },
						{ text: 'Egypt' }
					],
					explanation: ''
				}
			],
			[
				22,
				{
					id: 'whos-buried-in-grants-tomb-2',
					type: 'short-answer',
					prompt: "Who's buried in Grant's tomb?",
					answers: ['no one', 'nobody'],
					explanation: ''
				}
			],
			[
				24,
				{
					id: 'two-plus-two-equals',
					type: 'fill-blank',
					prompt: 'Complete the sentence.',
					text: 'Two plus two equals {1}.',
					blanks: [['four', '4']],
					explanation: ''
				}
			],
			[
				27,
				{
					id: 'grant-is-buried-in-grants-tomb',
					type: 'true-false',
					prompt: "Grant is buried in Grant's tomb.",
					answer: false,
					explanation: ''
				}
			],
			[
				29,
				{
					id: 'the-sun-rises-in-the-east',
					type: 'true-false',
					prompt: 'The sun rises in the east.',
					answer: true,
					explanation: ''
				}
			],
			[
				32,
				{
					id: 'match-the-following-countries-with-their',
					type: 'match',
					prompt: 'Match the following countries with their corresponding capitals.',
					pairs: [
						{ left: 'Canada', right: 'Ottawa' },
						{ left: 'Italy', right: 'Rome' },
						{ left: 'Japan', right: 'Tokyo' },
						{ left: 'India', right: 'New Delhi' }
					],
					explanation: ''
				}
			],
			[
				45,
				{
					id: 'kanji-origins',
					type: 'short-answer',
					prompt: 'Japanese characters originally came from what country?',
					answers: ['China'],
					explanation: ''
				}
			],
			[
				49,
				{
					id: 'whats-the-answer-to-this-multiple-choice',
					type: 'single',
					prompt: "What's the answer to this multiple-choice question?",
					options: [
						{ text: 'wrong answer', feedback: 'feedback comment on the wrong answer' },
						{ text: 'another wrong answer', feedback: 'feedback comment on this wrong answer' },
						{ text: 'right answer', correct: true, feedback: 'Very good!' }
					],
					explanation: ''
				}
			],
			[
				55,
				{
					id: 'whos-buried-in-grants-tomb-3',
					type: 'short-answer',
					prompt: "Who's buried in **Grant's tomb**?",
					answers: ['no one', 'nobody'],
					explanation: ''
				}
			],
			[
				65,
				{
					id: 'grant-is-buried-in-grants-tomb-2',
					type: 'true-false',
					prompt: "Grant is buried in Grant's tomb.",
					answer: false,
					feedbackTrue: "No one is buried in Grant's tomb.",
					explanation: ''
				}
			],
			[
				67,
				{
					id: 'jesus-hometown',
					type: 'single',
					prompt: 'Jesus Christ was from _____.',
					options: [
						{ text: 'Jerusalem', feedback: 'This was an important city, but the wrong answer.' },
						{ text: 'Bethlehem', feedback: 'He was born here, but not raised here.' },
						{ text: 'Galilee', feedback: 'You need to be more specific.' },
						{ text: 'Nazareth', correct: true, feedback: "Yes! That's right!" }
					],
					explanation: ''
				}
			],
			[
				73,
				{
					id: 'jesus-hometown-2',
					type: 'short-answer',
					prompt: 'Jesus Christ was from',
					answers: ['Nazareth'],
					explanation: ''
				}
			],
			[
				79,
				{
					id: 'what-two-people-are-entombed-in',
					type: 'multiple',
					prompt: "What two people are entombed in Grant's tomb?",
					options: [
						{ text: 'No one' },
						{ text: 'Grant', correct: true },
						{ text: "Grant's wife", correct: true },
						{ text: "Grant's father" }
					],
					explanation: ''
				}
			],
			[
				86,
				{
					id: 'which-answer-equals-5',
					type: 'single',
					prompt: 'Which answer equals 5?',
					options: [{ text: '= 2 + 2' }, { text: '= 2 + 3', correct: true }, { text: '= 2 + 4' }],
					explanation: ''
				}
			],
			[
				91,
				{
					id: 'gift-control-characters',
					type: 'single',
					prompt: 'Which of the following is NOT a control character for the GIFT import format?',
					options: [
						{ text: '~', feedback: '~ is a control character.' },
						{ text: '=', feedback: '= is a control character.' },
						{ text: '#', feedback: '# is a control character.' },
						{ text: '{', feedback: '{ is a control character.' },
						{ text: '}', feedback: '} is a control character.' },
						{
							text: '\\',
							correct: true,
							feedback:
								'Correct! \\ (backslash) is not a control character. BUT, it is used to escape the control characters.'
						}
					],
					explanation: ''
				}
			],
			[103, { id: 'q1', type: 'true-false', prompt: '1+1=2', answer: true, explanation: '' }],
			[
				105,
				{
					id: 'q2',
					type: 'single',
					prompt: "What's between orange and green in the spectrum?",
					options: [
						{ text: 'yellow', correct: true, feedback: 'right; good!' },
						{ text: 'red', feedback: "wrong, it's yellow" },
						{ text: 'blue', feedback: "wrong, it's yellow" }
					],
					explanation: ''
				}
			],
			[
				108,
				{
					id: 'q3',
					type: 'fill-blank',
					prompt: 'Complete the sentence.',
					text: 'Two plus {1} equals four.',
					blanks: [['two', '2']],
					explanation: ''
				}
			],
			[
				110,
				{
					id: 'q4',
					type: 'match',
					prompt: 'Which animal eats which food?',
					pairs: [
						{ left: 'cat', right: 'cat food' },
						{ left: 'dog', right: 'dog food' }
					],
					explanation: ''
				}
			]
		]);
	});

	it('reports numerical, essay and description items with their lines instead of dropping them', () => {
		expect(parsed.issues).toEqual([]);
		expect(result.skipped.map((n) => `${n.line}: ${n.message}`)).toEqual([
			'40: Lectern has no numerical question with a tolerance or a range',
			'42: Lectern has no numerical question with a tolerance or a range',
			'60: Lectern has no essay question (every answer is marked by the quiz itself)',
			'113: Lectern has no essay question (every answer is marked by the quiz itself)',
			'116: text without an answer block is a Moodle “description”, not a question'
		]);
	});

	it('reports partial credit, weights and answer feedback that Lectern cannot keep exactly', () => {
		expect(result.changed.map((n) => `${n.line} ${n.path}: ${n.message}`)).toEqual([
			'56 whos-buried-in-grants-tomb-3: feedback on typed answers cannot be kept',
			'69 jesus-hometown: partial credit (25%) for “Bethlehem” cannot be kept: it is now a wrong option',
			'70 jesus-hometown: partial credit (50%) for “Galilee” cannot be kept: it is now a wrong option',
			'75 jesus-hometown-2: the answer “Nazereth” (75% credit) was left out',
			'76 jesus-hometown-2: the answer “Bethlehem” (25% credit) was left out',
			'74 jesus-hometown-2: feedback on typed answers cannot be kept',
			'79 what-two-people-are-entombed-in: the answer weights cannot be kept exactly'
		]);
		expect(formatIssue(result.changed[6]!)).toBe(
			`tests/fixtures/gift/moodle-examples.gift:79:1  what-two-people-are-entombed-in: the answer weights cannot be kept exactly
    found:    “No one” -100%, “Grant” 50%, “Grant's wife” 50%, “Grant's father” -100%
    fix:      Lectern counts each right option as 1/2 and takes 1/2 off for each wrong option chosen (never below 0). Check that this suits the question.`
		);
	});
});

describe('what Moodle reads differently from what a teacher may mean', () => {
	it('says so when {true} in lower case makes a short answer, as in Moodle', () => {
		const { items } = parseGift('The sun rises in the east. {true}', 'q.gift');
		const result = giftToBank(items, 'q.gift');
		expect(result.questions[0]!.question).toMatchObject({
			type: 'short-answer',
			answers: ['true']
		});
		expect(result.changed.map(formatIssue)).toEqual([
			`q.gift:1:1  the-sun-rises-in-the-east: read as a short answer whose answer is “true”, as Moodle reads it
    fix:      For a true-false question write {T}, {F}, {TRUE} or {FALSE}, in capitals.`
		]);
	});
});

describe('importing a teacher’s GIFT file', () => {
	const { parsed, result } = importFixture('week3-kadhimi');

	it('takes difficulty and skills from the $CATEGORY when it names them, defaults otherwise', () => {
		expect(
			result.questions.map((q) => [
				q.question.id,
				q.question.type,
				q.question.difficulty,
				q.question.skills.join(',')
			])
		).toEqual([
			['troop-level', 'single', 'easy', 'recall'],
			['obama-2011', 'true-false', 'easy', 'recall'],
			['foreign-minister', 'short-answer', 'easy', 'recall'],
			['elections', 'fill-blank', 'medium', 'vocabulary,inference'],
			['placate', 'single', 'medium', 'vocabulary,inference'],
			['still-ask-for', 'multiple', 'medium', 'vocabulary,inference'],
			['who-is-who', 'match', 'medium', 'vocabulary,inference'],
			['ratio', 'short-answer', 'medium', 'vocabulary,inference']
		]);
	});

	it('turns general feedback into the explanation, true-false feedback into feedbackTrue/False, escapes into text and bold and italic HTML into Markdown', () => {
		const byId = Object.fromEntries(result.questions.map((q) => [q.question.id, q.question]));
		expect(byId['troop-level']).toMatchObject({
			explanation: 'The presence "has remained at about 2,500 since late last year".'
		});
		expect(byId['obama-2011']).toMatchObject({
			answer: true,
			feedbackTrue: 'Yes: "Mr Obama had fully withdrawn US forces from Iraq in 2011".',
			feedbackFalse: 'Read paragraph 8 again.'
		});
		expect(byId['ratio']).toMatchObject({
			prompt: 'What is 2,500 : 3,000 as a fraction in lowest terms? Write it like 1/2.',
			answers: ['5/6']
		});
		expect(byId['placate']).toMatchObject({
			prompt: 'An announcement might **placate** Shiite parties. What does *placate* mean here?',
			options: [
				{ text: 'to anger' },
				{ text: 'to calm or satisfy', correct: true },
				{ text: 'to "surprise"' }
			]
		});
		expect(byId['elections']).toMatchObject({
			text: 'Mr Al Kadhimi promised to hold early elections, now scheduled for {1}, and to bring to account the killers of activists.',
			blanks: [['October', 'October 10']]
		});
	});

	it('lists every item it could not convert, and every change, by line', () => {
		expect(
			[...parsed.issues, ...result.skipped].map((n) => `${n.line}:${n.column} ${n.message}`).sort()
		).toEqual([
			'48:1 Lectern has no numerical question with a tolerance or a range',
			'50:1 Lectern has no essay question (every answer is marked by the quiz itself)',
			'52:1 text without an answer block is a Moodle “description”, not a question',
			'54:48 the answer block opened here is not closed',
			'58:1 this `}` closes no answer block'
		]);
		expect(result.changed.map((n) => `${n.line} ${n.path}: ${n.message}`)).toEqual([
			'19 foreign-minister: the answer “Hussain” (50% credit) was left out',
			'19 foreign-minister: feedback on typed answers cannot be kept',
			'32 still-ask-for: the answer weights cannot be kept exactly',
			'46 : the category “$course$/top/Year 10/Kadhimi/Homework” names no difficulty or skill, so it is kept only as a comment'
		]);
	});

	const yaml = bankYaml(result.questions, {
		module: SLUG,
		source: 'week3-kadhimi.gift',
		schema: './schema.json',
		skipped: 5
	});

	it('writes a readable, commented question file', () => {
		expect(yaml).toContain('# yaml-language-server: $schema=./schema.json\n');
		expect(yaml).toContain(
			'  # week3-kadhimi.gift line 24 (category: $course$/top/Year 10/Kadhimi/medium/vocabulary, inference)\n  - id: elections\n'
		);
		expect(yaml).toContain('    skills: [vocabulary, inference]\n');
		expect(yaml).not.toMatch(/[&*]a\d/); // no YAML anchors for a teacher to decode
	});

	it('gives a file the checker walks the teacher through: only the evidence and explanations to write', () => {
		const check = parseBank(yaml, 'questions/kadhimi-us-troops-2021.yaml', {
			slug: SLUG,
			paragraphs: shippedParagraphs()
		});
		const todo = check.issues.map((i) => `${i.path}: ${i.message}`);
		const ids = result.questions.map((q, i) => `questions[${i}] (${q.question.id})`);
		expect(todo.sort()).toEqual(
			[
				...ids.slice(1).map((id) => `${id}.explanation: \`explanation\` is empty`),
				...ids.map((id) => `${id}.evidence[0]: this evidence quote is not in the article`)
			].sort()
		);
		expect(check.issues.find((i) => i.path.endsWith('evidence[0]'))).toMatchObject({
			found: `"${EVIDENCE_PLACEHOLDER}"`
		});
	});

	it('passes the checks once the teacher has written them', () => {
		const done = yaml
			.replaceAll(EVIDENCE_PLACEHOLDER, 'has remained at about 2,500 since late last year')
			.replaceAll('explanation: ""', 'explanation: See the article.');
		const check = parseBank(done, 'questions/kadhimi-us-troops-2021.yaml', {
			slug: SLUG,
			paragraphs: shippedParagraphs()
		});
		expect(check.issues.map(formatIssue)).toEqual([]);
		expect(check.bank?.questions).toHaveLength(8);
		expect(check.bank?.presets).toEqual([
			{
				id: 'practice',
				title: 'Practice quiz',
				count: 8,
				description: undefined,
				types: undefined,
				difficulties: undefined,
				skills: undefined
			}
		]);
	});
});

// The CLIs start tsx: seconds each on a busy 2-core machine.
describe('npm run questions:import', { timeout: 60_000 }, () => {
	const dir = mkdtempSync(join(tmpdir(), 'lectern-gift-import-'));
	const env = {
		LECTERN_CONTENT_DIR: join(dir, 'content'),
		LECTERN_QUESTIONS_DIR: join(dir, 'questions')
	};
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const run = (script: string, ...args: string[]) => runScript(script, args, env);
	const bank = join(dir, 'questions/week-3.yaml');

	it('asks for the module first when it does not exist, and writes nothing', () => {
		const result = run('questions-import', fixture('week3-kadhimi'), '--module', 'week-3');
		expect(result.status).toBe(1);
		expect(result.out).toContain('There is no module “week-3”');
		expect(result.out).toContain('npm run new-module -- week-3 --title "The headline"');
		expect(existsSync(bank)).toBe(false);
	});

	it('replaces the starter file of new-module, reports by line, and says what to do next', () => {
		expect(run('new-module', 'week-3', '--title', 'Week 3').status).toBe(0);
		const result = run('questions-import', fixture('week3-kadhimi'), '--module', 'week-3');
		expect(result.status).toBe(0);
		expect(result.out).toContain(
			'Converted 8 questions from tests/fixtures/gift/week3-kadhimi.gift into '
		);
		expect(result.out).toContain('(replacing the starter question from new-module)');
		expect(result.out).toContain('Not converted (5):');
		expect(result.out).toContain(
			'tests/fixtures/gift/week3-kadhimi.gift:48:1  “Troop numbers”: Lectern has no numerical question'
		);
		expect(result.out).toContain('Converted with a change to check (4):');
		expect(result.out).toContain('npm run questions:check');
		expect(readFileSync(bank, 'utf8')).toContain('module: week-3\n');
	});

	it('leaves the next step to the checker, which points at each TODO', () => {
		const check = run('questions-check', bank);
		expect(check.status).toBe(1);
		expect(check.out).toMatch(
			/week-3\.yaml:\d+:\d+ {2}question 1 \(troop-level\) › evidence quote 1: this evidence quote is not in the article/
		);
	});

	it('never overwrites a bank the teacher has worked on without --force', () => {
		writeFileSync(bank, readFileSync(bank, 'utf8').replace('Practice quiz', 'My quiz'));
		const again = run('questions-import', fixture('week3-kadhimi'), '--module', 'week-3');
		expect(again.status).toBe(1);
		expect(again.out).toContain('already exists, and the import would replace it');
		expect(readFileSync(bank, 'utf8')).toContain('My quiz');
		expect(
			run('questions-import', fixture('week3-kadhimi'), '--module', 'week-3', '--force').status
		).toBe(0);
		expect(readFileSync(bank, 'utf8')).not.toContain('My quiz');
	});

	it('exits with status 1 and writes nothing when no question can be converted', () => {
		const only = join(dir, 'essays.gift');
		writeFileSync(only, 'Describe the article. {}\n\nHow many troops? {#2500:100}\n');
		const out = join(dir, 'essays.yaml');
		const result = run('questions-import', only, '--out', out);
		expect(result.status).toBe(1);
		expect(result.out).toContain(
			'could be converted into a Lectern question, so no file was written'
		);
		expect(result.out).toContain('essays.gift:3:1  Lectern has no numerical question');
		expect(existsSync(out)).toBe(false);
		expect(run('questions-import', join(dir, 'missing.gift')).out).toContain('no such file');
	});

	it('warns about a file that is not UTF-8', () => {
		const latin1 = join(dir, 'latin1.gift');
		writeFileSync(latin1, Buffer.from('Caf\xe9 au lait? {T}\n', 'latin1'));
		const result = run('questions-import', latin1, '--out', join(dir, 'latin1.yaml'));
		expect(result.status).toBe(0);
		expect(result.out).toContain(
			'latin1.gift:1:4  this line has characters that are not UTF-8, shown as �'
		);
	});
});
