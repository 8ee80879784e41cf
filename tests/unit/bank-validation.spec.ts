import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBank } from '../../src/lib/bank/parse';
import type { FillBlankQuestion } from '../../src/lib/question-types/fill-blank/play';
import type { ShortAnswerQuestion } from '../../src/lib/question-types/short-answer/play';
import { readModule } from '../../src/lib/server/content';
import { formatIssue } from '../../src/lib/validation/issues';
import {
	ROOT,
	SLUG,
	checkFixture,
	fixtureFile,
	formatted,
	shippedModule,
	shippedParagraphs
} from './helpers';

/** Expected output of a fixture: the file:line:column prefix is added here. */
const at = (name: string, where: string, rest: string) => `${fixtureFile(name)}:${where}  ${rest}`;

describe('question bank fixtures: each bad file gets one exact, located message', () => {
	it('reports a quote that is never closed at its line', () => {
		expect(formatted(checkFixture('yaml-syntax'))).toEqual([
			at(
				'yaml-syntax',
				'5:13',
				`the quote " that opens this text is not closed, so YAML reads the lines below as part of it
    fix:      Add a closing " at the end of the text:
  5 |     prompt: "Which US president was Al Kadhimi scheduled to meet in Washington?"`
			)
		]);
	});

	// The parser calls these a missing quote or a key running over lines; the lines say otherwise.
	it('reports a key indented a space too little, with the indent of the key above', () => {
		expect(formatted(checkFixture('indent-under'))).toEqual([
			at(
				'indent-under',
				'12:4',
				`\`skills\` is indented by 3 spaces, which matches no key above it
    expected: 4 spaces, like \`difficulty\` on line 11
    found:    3 spaces
    fix:      Indent \`skills:\` by 4 spaces if it belongs to the same item as \`difficulty\`.
  12 |     skills: [recall]`
			)
		]);
	});

	it('reports a key indented too far under a key that already has a value', () => {
		expect(formatted(checkFixture('indent-over'))).toEqual([
			at(
				'indent-over',
				'12:7',
				`\`skills\` is indented by 6 spaces, which matches no key above it
    expected: 4 spaces, like \`difficulty\` on line 11
    found:    6 spaces
    fix:      Indent \`skills:\` by 4 spaces if it belongs to the same item as \`difficulty\`.
  12 |     skills: [recall]`
			)
		]);
	});

	// One tab confuses the parser about every line after it; only the tab itself is reported, so a
	// teacher is never sent to "fix" the correctly indented lines 8, 9, 11 and 12.
	it('reports a single tab once, at its line, without follow-on errors on correct lines', () => {
		expect(formatted(checkFixture('tab-indent'))).toEqual([
			at(
				'tab-indent',
				'6:1',
				`a tab is used for indentation
    expected: 4 spaces
    found:    a tab
    fix:      YAML indents with spaces only: replace the start of this line with 4 spaces (and set your editor to insert spaces for Tab):
  6 |     prompt: Which US president was Al Kadhimi scheduled to meet in Washington?`
			)
		]);
	});

	it('reports a duplicate key at the second occurrence, naming the key and the first line', () => {
		expect(formatted(checkFixture('duplicate-key'))).toEqual([
			at(
				'duplicate-key',
				'18:5',
				`the key \`prompt\` appears twice in the same item (first on line 15)
    found:    \`prompt:\` on lines 15 and 18
    fix:      Keep one of the two; the second would silently replace the first.`
			)
		]);
	});

	// GAP (minor): the duplicate-key message names the key and both lines, but unlike every other
	// message about a question it has no path, e.g. `questions[1] (no-deadline).prompt`; in a long
	// file the path tells the teacher which question it is without counting items.
	it.fails('names the question the repeated key is in', () => {
		const [issue] = checkFixture('duplicate-key').issues;
		expect(issue!.path).toBe('questions[1] (no-deadline).prompt');
	});

	it('reports a duplicate id at its line', () => {
		expect(formatted(checkFixture('duplicate-id'))).toEqual([
			at(
				'duplicate-id',
				'18:9',
				`question 2 (troop-level) › id: duplicate id \`troop-level\`, already used by question 1 on line 4
    expected: a different id for every question
    found:    \`troop-level\` twice
    fix:      Rename this one, e.g. \`troop-level-2\`.`
			)
		]);
	});

	// Only the "Did you mean" message: a "missing `explanation`" as well would tell the teacher
	// to add a line they already wrote.
	it('reports a misspelt required key once, with "Did you mean `explanation`?"', () => {
		expect(formatted(checkFixture('unknown-key'))).toEqual([
			at(
				'unknown-key',
				'8:5',
				`question 1 (no-deadline) › explenation: unknown key \`explenation\`
    found:    \`explenation\`
    fix:      Did you mean \`explanation\`?`
			)
		]);
	});

	it('reports an unknown question type with "Did you mean `single`?"', () => {
		expect(formatted(checkFixture('unknown-type'))).toEqual([
			at(
				'unknown-type',
				'5:11',
				`question 1: unknown question type \`singel\`
    expected: one of single, multiple, true-false, fill-blank, short-answer, order, match
    found:    \`singel\`
    fix:      Did you mean \`single\`?`
			)
		]);
	});

	it('reports a single question with two correct options', () => {
		expect(formatted(checkFixture('single-two-correct'))).toEqual([
			at(
				'single-two-correct',
				'8:7',
				`question 1 (troop-level) › options: a \`single\` question needs exactly one correct option
    expected: exactly one option with \`correct: true\`
    found:    2 options marked correct
    fix:      Keep \`correct: true\` on one option only, or change \`type\` to \`multiple\`.`
			)
		]);
	});

	it('reports a single question with no correct option', () => {
		expect(formatted(checkFixture('single-no-correct'))).toEqual([
			at(
				'single-no-correct',
				'8:7',
				`question 1 (troop-level) › options: a \`single\` question needs exactly one correct option
    expected: exactly one option with \`correct: true\`
    found:    0 options marked correct
    fix:      Add \`correct: true\` to the right answer.`
			)
		]);
	});

	it('reports a multiple question with no correct option', () => {
		expect(formatted(checkFixture('multiple-no-correct'))).toEqual([
			at(
				'multiple-no-correct',
				'8:7',
				`question 1 (still-ask-for) › options: a \`multiple\` question needs at least one correct option
    expected: one or more options with \`correct: true\`
    found:    no option marked correct
    fix:      Add \`correct: true\` to each right answer.`
			)
		]);
	});

	it('reports a repeated option (same after ignoring case and thousands separators)', () => {
		expect(formatted(checkFixture('duplicate-options'))).toEqual([
			at(
				'duplicate-options',
				'12:15',
				`question 1 (troop-level) › option 4 › text: option 4 repeats option 2 ("about 2500")
    expected: every option different
    found:    "about 2500" twice
    fix:      Change or remove one of the two.`
			)
		]);
	});

	it('compares options made only of symbols (== != <=) by their text, not as all the same (GIFT issue 14.5)', () => {
		expect(formatted(checkFixture('symbol-options'))).toEqual([
			at(
				'symbol-options',
				'24:15',
				`question 2 (equal) › option 3 › text: option 3 repeats option 1 ("==")
    expected: every option different
    found:    "==" twice
    fix:      Change or remove one of the two.`
			)
		]);
	});

	it('reports an order question with fewer than three items', () => {
		expect(formatted(checkFixture('order-too-few'))).toEqual([
			at(
				'order-too-few',
				'8:7',
				`question 1 (protest-sequence) › items: \`items\` needs at least 3 items
    expected: at least 3
    found:    a list of 2 items
    fix:      Add 1 more.`
			)
		]);
	});

	it('reports a match question whose right-hand side repeats', () => {
		expect(formatted(checkFixture('match-repeated-side'))).toEqual([
			at(
				'match-repeated-side',
				'13:16',
				`question 1 (who-is-who) › pair 3 › right: right item 3 repeats right item 2 ("Iraq’s foreign minister")
    expected: every right item different
    found:    "Iraq’s foreign minister" twice
    fix:      Change or remove one of the two.`
			)
		]);
	});

	it('reports gaps in a fill-blank text that do not agree with its blanks', () => {
		expect(formatted(checkFixture('fill-blank-mismatch'))).toEqual([
			at(
				'fill-blank-mismatch',
				'7:11',
				`question 1 (troops-blank) › text: the gaps in \`text\` and the lists in \`blanks\` do not agree
    expected: gaps {1}, {2} in order, one per list in \`blanks\`
    found:    gaps {1}, {3}
    fix:      Number the gaps {1}, {2}, ... in order and give one list of answers per gap.`
			)
		]);
	});

	it('reports an empty prompt at the prompt line', () => {
		expect(formatted(checkFixture('empty-prompt'))).toEqual([
			at(
				'empty-prompt',
				'6:12',
				`question 1 (no-deadline) › prompt: \`prompt\` is empty
    expected: some text
    found:    nothing
    fix:      Write the prompt after the colon.`
			)
		]);
	});

	it('reports evidence that is not in the article, saying how far it matches', () => {
		expect(formatted(checkFixture('evidence-not-found'))).toEqual([
			at(
				'evidence-not-found',
				'10:9',
				`question 1 (talks-held) › evidence quote 1: this evidence quote is not in the article
    expected: words copied exactly from one paragraph of the article
    found:    "the US and Iraq have held at least two rounds of strategic talks"
    fix:      The words "the US and Iraq have held at least" are in ¶14; the quote differs after them. The sentence there reads: "To quell the threat of widespread instability after the killings, the US and Iraq have held at least three rounds of strategic talks centring on Iraq’s military needs in the ongoing fight against ISIS and to formalise a timetable for withdrawal."`
			)
		]);
	});

	it('reports evidence found in more than one paragraph, naming them', () => {
		expect(formatted(checkFixture('evidence-ambiguous'))).toEqual([
			at(
				'evidence-ambiguous',
				'10:9',
				`question 1 (timetable-depends) › evidence quote 1: this evidence quote appears in more than one paragraph
    expected: a quote found in exactly one place
    found:    the quote in ¶4 and ¶9 and ¶19
    fix:      Quote a few more words so it points to one sentence.`
			)
		]);
	});

	it('reports a quiz preset asking for more questions than match its filters', () => {
		expect(formatted(checkFixture('preset-too-many'))).toEqual([
			at(
				'preset-too-many',
				'7:12',
				`quiz 1 › count: quiz \`quick\` asks for 5 questions but only 2 match its filters
    expected: a count of at most 2
    found:    count: 5
    fix:      Lower \`count\` to 2, widen the filters, or add questions that match them.`
			)
		]);
	});

	it('reports a missing explanation at the start of its question', () => {
		expect(formatted(checkFixture('missing-explanation'))).toEqual([
			at(
				'missing-explanation',
				'14:5',
				`question 2 (meet-biden): missing \`explanation\`
    expected: text
    found:    nothing
    fix:      Add the line \`explanation: ...\` to this item.`
			)
		]);
	});

	// Every error in one run, including the duplicate id of questions[3], although questions[0]
	// (the first `troop-level`) has an error of its own. Sorted by line as the CLI and the build
	// print them (readModule sorts; parseBank lists question checks before cross-question ones).
	it('reports errors in several questions in one run, in file order', () => {
		expect(checkFixture('several-errors').bank).toBeUndefined();
		const result = readModule(SLUG, join(ROOT, fixtureFile('several-errors')));
		expect(result.module).toBeUndefined();
		expect(result.issues.map(formatIssue)).toEqual([
			at(
				'several-errors',
				'12:7',
				`question 1 (troop-level) › options: a \`single\` question needs exactly one correct option
     |
  12 |       - text: About 600
     |       ^
    expected: exactly one option with \`correct: true\`
    found:    2 options marked correct
    fix:      Keep \`correct: true\` on one option only, or change \`type\` to \`multiple\`.`
			),
			at(
				'several-errors',
				'27:5',
				`question 2 (no-deadline) › explenation: unknown key \`explenation\`
     |
  27 |     explenation: He spoke without announcing a deadline for a US troop departure.
     |     ^
    found:    \`explenation\`
    fix:      Did you mean \`explanation\`?`
			),
			at(
				'several-errors',
				'39:9',
				`question 3 (meet-biden) › evidence quote 1: this evidence quote is not in the article
     |
  39 |       - "scheduled to meet President Joe Biden on Tuesday"
     |         ^
    expected: words copied exactly from one paragraph of the article
    found:    "scheduled to meet President Joe Biden on Tuesday"
    fix:      The words "scheduled to meet President Joe Biden on" are in ¶2; the quote differs after them. The sentence there reads: "His comments were made in an interview with the Associated Press before a planned trip to Washington, where he’s scheduled to meet President Joe Biden on Monday for a fourth round of strategic talks."`
			),
			at(
				'several-errors',
				'43:9',
				`question 4 (troop-level) › id: duplicate id \`troop-level\`, already used by question 1 on line 8
     |
  43 |   - id: troop-level
     |         ^
    expected: a different id for every question
    found:    \`troop-level\` twice
    fix:      Rename this one, e.g. \`troop-level-2\`.`
			)
		]);
	});

	it('returns no bank while there is any error, so no question is dropped silently', () => {
		for (const name of ['duplicate-id', 'evidence-ambiguous', 'preset-too-many']) {
			const parsed = checkFixture(name);
			expect(parsed.bank).toBeUndefined();
			expect(parsed.issues.length).toBeGreaterThan(0);
		}
	});
});

describe('other bank checks', () => {
	const paragraphs = shippedParagraphs();
	const QUESTION = `  - id: no-deadline
    type: true-false
    prompt: Al Kadhimi announced a firm deadline for US troops to leave Iraq.
    answer: false
    explanation: He spoke without announcing a deadline for a US troop departure.
    evidence:
      - "without announcing a deadline for a US troop departure"
    difficulty: easy
    skills: [recall]
`;
	const check = (source: string, slug: string = SLUG) =>
		parseBank(source, 'q.yaml', { slug, paragraphs });
	const bank = (head: string, questions = QUESTION) =>
		`module: ${SLUG}\n${head}questions:\n${questions}`;
	const issuesOf = (source: string) => check(source).issues;

	it('accepts the base question used below', () => {
		const parsed = check(bank(''));
		expect(parsed.issues).toEqual([]);
		expect(parsed.bank?.questions[0]?.evidence[0]?.paragraph).toBe('p-3');
	});

	it('reports a module key that does not match the file name', () => {
		const parsed = check(bank('').replace(`module: ${SLUG}`, 'module: other-module'));
		expect(parsed.issues.map(formatIssue)).toEqual([
			`q.yaml:1:9  module: this file is for module \`other-module\` but is named after \`${SLUG}\`
    expected: module: ${SLUG}
    found:    module: other-module
    fix:      Write \`module: ${SLUG}\`, or rename the file to match an existing content folder.`
		]);
	});

	it('reports a misspelt quiz type in a preset with "Did you mean"', () => {
		const parsed = check(
			bank('quizzes:\n  - id: q\n    title: Q\n    count: 1\n    types: [singel]\n')
		);
		expect(parsed.issues.map((i) => [i.line, i.column, i.path, i.fix])).toEqual([
			[6, 13, 'quizzes[0].types[0]', 'Did you mean `single`?']
		]);
	});

	it('reports a duplicate quiz id', () => {
		const parsed = check(
			bank(
				'quizzes:\n  - id: q\n    title: Q\n    count: 1\n  - id: q\n    title: R\n    count: 1\n'
			)
		);
		expect(parsed.issues.map((i) => [i.line, i.path, i.message])).toEqual([
			[6, 'quizzes[1].id', 'duplicate quiz id `q`']
		]);
	});

	it('reports a misspelt top-level key with "Did you mean `quizzes`?"', () => {
		const parsed = check(bank('quizes: []\n'));
		expect(parsed.issues.map((i) => [i.line, i.column, i.message, i.fix])).toEqual([
			[2, 1, 'unknown key `quizes`', 'Did you mean `quizzes`?']
		]);
	});

	it('reports `answer: yes` in a true-false question as not true or false', () => {
		const parsed = check(bank('', QUESTION.replace('answer: false', 'answer: yes')));
		expect(parsed.issues.map(formatIssue)).toEqual([
			`q.yaml:6:13  question 1 (no-deadline) › answer: \`answer\` should be true or false
    expected: true or false
    found:    the text "yes"
    fix:      Write \`answer: true\` or \`answer: false\`.`
		]);
	});

	it('reports a question that is not a block of key: value lines', () => {
		const parsed = check(bank('', `${QUESTION}  - just a sentence\n`));
		expect(parsed.issues.map((i) => [i.line, i.path, i.message])).toEqual([
			[12, 'questions[1]', 'this question is not a block of "key: value" lines']
		]);
	});

	it('explains a bad id like other messages: key once, expected, found and fix', () => {
		const parsed = check(bank('', QUESTION.replace('id: no-deadline', 'id: No Deadline')));
		expect(parsed.issues.map(formatIssue)).toEqual([
			`q.yaml:3:9  question 1 (No Deadline) › id: \`id\` is not written the expected way
    expected: Use lowercase letters, digits and single hyphens only, e.g. \`troop-level\`
    found:    the text "No Deadline"
    fix:      Rewrite \`id\` as described under expected.`
		]);
	});

	it('sends an unknown key with no likely spelling to questions/README.md', () => {
		const parsed = check(bank('', `${QUESTION}    colour: red\n`));
		expect(parsed.issues.map(formatIssue)).toEqual([
			`q.yaml:12:5  question 1 (no-deadline) › colour: unknown key \`colour\`
    found:    \`colour\`
    fix:      Remove it, or check the spelling against questions/README.md.`
		]);
	});

	it('reports tabs on two lines once each, and nothing after them', () => {
		const source = bank(
			'',
			QUESTION.replace('    type:', '\ttype:').replace('    answer:', '\tanswer:')
		);
		expect(issuesOf(source).map((i) => [i.line, i.column, i.message])).toEqual([
			[4, 1, 'a tab is used for indentation'],
			[6, 1, 'a tab is used for indentation']
		]);
	});

	it('reports two YAML slips on one line once', () => {
		const source = bank('', QUESTION.replace(/prompt: .*/, 'prompt: "Biden" "Harris" "Trump"'));
		expect(issuesOf(source).map((i) => [i.line, i.column, i.message])).toEqual([
			[5, 21, 'YAML cannot read this: Unexpected double-quoted-scalar at node end']
		]);
	});

	// A key that exists elsewhere in the format but not at this level says so, and the
	// "missing" message for the level it belongs to is kept.
	it('does not answer a misplaced key with "Did you mean" the same key', () => {
		const misindented = `  - id: troop-level
    type: single
    prompt: About how many US troops were in Iraq when the article was written?
    options:
      - text: About 600
      - text: About 2,500
        correct: true
        explanation: The American troop presence has remained at about 2,500 since late last year.
    evidence:
      - "has remained at about 2,500 since late last year"
    difficulty: easy
    skills: [recall]
`;
		const otherType = QUESTION.replace('type: true-false', 'type: short-answer').replace(
			'answer: false',
			'answers: [no]\n    answer: false'
		);
		for (const questions of [misindented, otherType]) {
			const issues = issuesOf(bank('', questions));
			expect(issues.length).toBeGreaterThan(0);
			for (const { message, fix } of issues) {
				const key = /^unknown key `(\w+)`$/.exec(message)?.[1];
				expect(fix).not.toBe(`Did you mean \`${key}\`?`);
			}
		}
	});

	it('accepts a single skill written without brackets', () => {
		expect(
			check(bank('', QUESTION.replace('[recall]', 'recall'))).bank?.questions[0]?.skills
		).toEqual(['recall']);
	});

	it('accepts evidence typed with straight quotes where the article has curly ones', () => {
		const parsed = check(
			bank('', QUESTION.replace(/"without[^"]*"/, `"Iraq's prime minister says"`))
		);
		expect(parsed.issues).toEqual([]);
		expect(parsed.bank?.questions[0]?.evidence[0]).toMatchObject({
			quote: 'Iraq’s prime minister says',
			paragraph: 'p-1'
		});
	});
});

describe('messages point at commands and files that exist', () => {
	const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
	const sources = Object.fromEntries(
		[
			'src/lib/server/content.ts',
			'src/lib/content/article.ts',
			'src/lib/glossary/load.ts',
			'src/lib/validation/zod-issues.ts',
			'src/lib/validation/yaml.ts',
			'src/lib/bank/parse.ts',
			'scripts/questions-check.ts'
		].map((path) => [path, read(path)])
	);
	const all = Object.values(sources).join('\n');
	const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: object }).scripts);
	const npmRuns = (text: string) => [...text.matchAll(/`npm run ([\w:-]+)`/g)].map((m) => m[1]!);
	const readme = read('README.md');

	it('finds `npm run ...` commands in message text', () => {
		expect(npmRuns('Run `npm run questions:check` again.')).toEqual(['questions:check']);
	});

	it('no message in src/ names `npm run new-module` (there is no such script)', () => {
		const named = Object.entries(sources)
			.filter(([path, text]) => path.startsWith('src/') && npmRuns(text).includes('new-module'))
			.map(([path]) => path);
		expect(named).toEqual([]);
		expect(sources['src/lib/server/content.ts']).toContain('see “Adding an article” in README.md.');
	});

	it('every `npm run ...` named in a message exists in package.json', () => {
		expect([...new Set(npmRuns(all))].filter((c) => !scripts.includes(c))).toEqual([]);
	});

	it('the README files named in fixes exist', () => {
		const files = [
			...new Set([...all.matchAll(/\b((?:[\w-]+\/)*README\.md)\b/g)].map((m) => m[1]!))
		];
		expect(files.sort()).toEqual(['README.md', 'questions/README.md']);
		for (const file of files) expect(existsSync(join(ROOT, file)), file).toBe(true);
	});

	it('the README.md sections and examples named in fixes exist', () => {
		const examples = [...all.matchAll(/the ([\w.-]+) example in README\.md/g)].map((m) => m[1]!);
		expect([...new Set(examples)].sort()).toEqual(['article.md', 'glossary.yaml']);
		for (const name of examples) {
			const section = readme.split(`\n### ${name}\n`)[1]?.split('\n##')[0];
			expect(section, name).toMatch(/```(markdown|yaml)\n/);
		}
		const sections = [...all.matchAll(/“([^”]+)” in README\.md/g)].map((m) => m[1]!);
		expect([...new Set(sections)]).toEqual(['Adding an article']);
		for (const title of sections) expect(readme).toContain(`\n## ${title}\n`);
	});
});

describe('typed values stay exactly as written', () => {
	const paragraphs = shippedParagraphs();
	const source = `module: ${SLUG}
questions:
  - id: troop-number
    type: short-answer
    prompt: How many US troops?
    answers:
      - no
      - 1984
      - 0123
      - 1.10
      - ~
      - 2,500
      - null
      - 1e3
      - true
    explanation: About 2,500.
    evidence:
      - "has remained at about 2,500 since late last year"
    difficulty: easy
    skills: [recall]
  - id: troop-blank
    type: fill-blank
    prompt: Complete.
    text: About {1} troops, {2}.
    blanks:
      - [no, 1984, 0123, 1.10, ~, "2,500"]
      - - 2,500
        - 007
    explanation: About 2,500.
    evidence:
      - "The American troop presence has remained at about 2,500"
    difficulty: easy
    skills: [recall]
`;
	const parsed = parseBank(source, 'q.yaml', { slug: SLUG, paragraphs });

	it('keeps short-answer answers no, 1984, 0123, 1.10, ~, 2,500 as text', () => {
		expect(parsed.issues).toEqual([]);
		const question = parsed.bank!.questions[0] as ShortAnswerQuestion;
		expect(question.answers).toEqual([
			'no',
			'1984',
			'0123',
			'1.10',
			'~',
			'2,500',
			'null',
			'1e3',
			'true'
		]);
	});

	it('keeps fill-blank answers as text', () => {
		const question = parsed.bank!.questions[1] as FillBlankQuestion;
		expect(question.blanks).toEqual([
			['no', '1984', '0123', '1.10', '~', '2,500'],
			['2,500', '007']
		]);
	});
});

describe('the questions:check CLI', () => {
	const tsx = join(ROOT, 'node_modules/.bin/tsx');
	const script = join(ROOT, 'scripts/questions-check.ts');
	const run = (args: string[]) =>
		new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
			const child = spawn(tsx, [script, ...args], { cwd: ROOT, env: { ...process.env } });
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (chunk) => (stdout += chunk));
			child.stderr.on('data', (chunk) => (stderr += chunk));
			child.on('close', (status) => done({ status, stdout, stderr }));
		});

	let shipped: Awaited<ReturnType<typeof run>>;
	let bad: Awaited<ReturnType<typeof run>>;

	beforeAll(async () => {
		// The CLI takes the module from a file's `module:` line, so fixtures are checked where they
		// are. Two runs in parallel keep this fast: the shipped bank, and three bad files at once.
		[shipped, bad] = await Promise.all([
			run([]),
			run([
				fixtureFile('duplicate-id'),
				fixtureFile('unknown-module'),
				'questions/no-such-file.yaml'
			])
		]);
	}, 30_000);

	const noStack = (text: string) => expect(text).not.toMatch(/^\s{4}at /m);

	it('exits 0 and says "no problems" for the shipped bank', () => {
		expect(shipped.stderr).toBe('');
		expect(shipped.status).toBe(0);
		const count = shippedModule().bank!.questions.length;
		expect(shipped.stdout.trim()).toBe(
			`✔ 1 module checked (${SLUG}): ${count} questions, no problems.`
		);
	});

	it('exits 1 with every problem on stderr, paths relative to the cwd, and no stack trace', () => {
		expect(bad.status).toBe(1);
		expect(bad.stdout).toBe('');
		expect(bad.stderr.split('\n')[0]).toBe(
			`3 errors in ${fixtureFile('duplicate-id')}, ${fixtureFile('unknown-module')}, questions/no-such-file.yaml`
		);
		expect(bad.stderr).not.toContain(ROOT);
		noStack(bad.stderr);
	});

	it('checks a fixture by its `module:` line and reports its duplicate id', () => {
		expect(bad.stderr).toContain(
			`${fixtureFile('duplicate-id')}:18:9  question 2 (troop-level) › id: duplicate id \`troop-level\`, already used by question 1 on line 4
     |
  18 |   - id: troop-level
     |         ^
    expected: a different id for every question
    found:    \`troop-level\` twice
    fix:      Rename this one, e.g. \`troop-level-2\`.`
		);
	});

	it('reports a file that does not exist, without a stack trace', () => {
		expect(bad.stderr).toContain(
			'questions/no-such-file.yaml:1:1  no such file\n    fix:      Check the path.'
		);
	});

	it('names the module of the `module:` line when that module does not exist', () => {
		expect(bad.stderr).toContain(
			`${fixtureFile('unknown-module')}:2:9  there is no module \`kadhimi-us-troops-2022\` for this question file
    expected: a folder content/kadhimi-us-troops-2022/ with article.md and glossary.yaml`
		);
	});

	it('gives a fix for an unknown module that names no missing script and no file rename', () => {
		const block = bad.stderr.split('\n\n').find((b) => b.includes('kadhimi-us-troops-2022'))!;
		expect(block).not.toContain('npm run new-module');
		expect(block).not.toContain('Name the file after its module folder');
	});
});
