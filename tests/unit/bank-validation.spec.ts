import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBank } from '../../src/lib/bank/parse';
import type { FillBlankQuestion, ShortAnswerQuestion } from '../../src/lib/bank/types';
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
				'5:80',
				`a closing quote or bracket is missing
    fix:      Close the quote or bracket that opens on this line.`
			)
		]);
	});

	it('reports a tab used for indentation at its line', () => {
		const issues = formatted(checkFixture('tab-indent'));
		expect(issues[0]).toBe(
			at(
				'tab-indent',
				'6:1',
				`a tab is used for indentation
    fix:      Indent with spaces only (two per level); set your editor to insert spaces.`
			)
		);
	});

	// BUG (misleading): one tab on line 6 of tab-indent.yaml produces 7 messages. After the right
	// one (6:1 "a tab is used for indentation") come two "a key runs over more than one line" at
	// 6:10 and four "the indentation of this line does not fit" at lines 8, 9, 11 and 12, which are
	// correctly indented. A teacher would "fix" good lines. Expected: only the tab is reported.
	it.fails('reports a single tab once, without follow-on errors on correct lines', () => {
		expect(checkFixture('tab-indent').issues).toHaveLength(1);
	});

	it('reports a duplicate key at the second occurrence', () => {
		const { issues } = checkFixture('duplicate-key');
		expect(issues).toHaveLength(1);
		expect(formatIssue(issues[0]!)).toBe(
			at(
				'duplicate-key',
				'18:5',
				`this key appears twice in the same block
    fix:      Keep one of the two; a later one would silently replace the first.`
			)
		);
	});

	// BUG (poor message): duplicate-key.yaml has `prompt` on lines 15 and 18 of questions[1].
	// The message "this key appears twice in the same block" has no path and names neither the
	// key nor the line of the first one. Expected something like
	//   duplicate-key.yaml:18:5  questions[1]: `prompt` appears twice (first on line 15)
	it.fails('names the repeated key and the question it is in', () => {
		const [issue] = checkFixture('duplicate-key').issues;
		expect(issue!.message).toContain('`prompt`');
		expect(issue!.path).toContain('questions[1]');
	});

	it('reports a duplicate id at its line', () => {
		expect(formatted(checkFixture('duplicate-id'))).toEqual([
			at(
				'duplicate-id',
				'18:9',
				`questions[1]: duplicate id \`troop-level\`, already used by questions[0]
    expected: a different id for every question
    found:    \`troop-level\` twice
    fix:      Rename this one, e.g. \`troop-level-2\`.`
			)
		]);
	});

	it('reports a misspelt key `explenation` with "Did you mean `explanation`?"', () => {
		const issues = formatted(checkFixture('unknown-key'));
		expect(issues).toContain(
			at(
				'unknown-key',
				'8:5',
				`questions[0] (no-deadline).explenation: unknown key \`explenation\`
    found:    \`explenation\`
    fix:      Did you mean \`explanation\`?`
			)
		);
		// Today the same typo is also reported as a missing `explanation` at the question's start.
		expect(issues).toEqual([
			at(
				'unknown-key',
				'4:5',
				`questions[0] (no-deadline): missing \`explanation\`
    expected: text
    found:    nothing
    fix:      Add the line \`explanation: ...\` to this item.`
			),
			issues[1]
		]);
	});

	// BUG (misleading): one misspelt key gives two errors; the first one, "missing `explanation`
	// ... Add the line `explanation: ...`", tells the teacher to add a line they already wrote.
	// Expected: one message, the "unknown key `explenation` ... Did you mean `explanation`?" one
	// (or the "missing" one should mention the misspelt key).
	it.fails('reports a misspelt required key once, not also as missing', () => {
		expect(checkFixture('unknown-key').issues).toHaveLength(1);
	});

	it('reports an unknown question type with "Did you mean `single`?"', () => {
		expect(formatted(checkFixture('unknown-type'))).toEqual([
			at(
				'unknown-type',
				'5:11',
				`questions[0]: unknown question type \`singel\`
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
				`questions[0] (troop-level).options: a \`single\` question needs exactly one correct option
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
				`questions[0] (troop-level).options: a \`single\` question needs exactly one correct option
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
				`questions[0] (still-ask-for).options: a \`multiple\` question needs at least one correct option
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
				`questions[0] (troop-level).options[3].text: option 4 repeats option 2 ("about 2500")
    expected: every option different
    found:    "about 2500" twice
    fix:      Change or remove one of the two.`
			)
		]);
	});

	it('reports an order question with fewer than three items', () => {
		expect(formatted(checkFixture('order-too-few'))).toEqual([
			at(
				'order-too-few',
				'8:7',
				`questions[0] (protest-sequence).items: \`items\` needs at least 3 items
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
				`questions[0] (who-is-who).pairs[2].right: right item 3 repeats right item 2 ("Iraq’s foreign minister")
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
				`questions[0] (troops-blank).text: the gaps in \`text\` and the lists in \`blanks\` do not agree
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
				`questions[0] (no-deadline).prompt: \`prompt\` is empty
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
				`questions[0]: this evidence quote is not in the article
    expected: words copied exactly from one paragraph of the article
    found:    "the US and Iraq have held at least two rounds of strategic talks"
    fix:      The words "the US and Iraq have held at least" are in ¶14; the quote differs after them. Copy it again from the article.`
			)
		]);
	});

	it('reports evidence found in more than one paragraph, naming them', () => {
		expect(formatted(checkFixture('evidence-ambiguous'))).toEqual([
			at(
				'evidence-ambiguous',
				'10:9',
				`questions[0]: this evidence quote appears in more than one paragraph
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
				`quizzes[0].count: quiz \`quick\` asks for 5 questions but only 2 match its filters
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
				`questions[1] (meet-biden): missing \`explanation\`
    expected: text
    found:    nothing
    fix:      Add the line \`explanation: ...\` to this item.`
			)
		]);
	});

	it('reports errors in several questions in one run, in file order', () => {
		const parsed = checkFixture('several-errors');
		expect(parsed.bank).toBeUndefined();
		expect(formatted(parsed)).toEqual([
			at(
				'several-errors',
				'12:7',
				`questions[0] (troop-level).options: a \`single\` question needs exactly one correct option
    expected: exactly one option with \`correct: true\`
    found:    2 options marked correct
    fix:      Keep \`correct: true\` on one option only, or change \`type\` to \`multiple\`.`
			),
			at(
				'several-errors',
				'23:5',
				`questions[1] (no-deadline): missing \`explanation\`
    expected: text
    found:    nothing
    fix:      Add the line \`explanation: ...\` to this item.`
			),
			at(
				'several-errors',
				'27:5',
				`questions[1] (no-deadline).explenation: unknown key \`explenation\`
    found:    \`explenation\`
    fix:      Did you mean \`explanation\`?`
			),
			at(
				'several-errors',
				'39:9',
				`questions[2]: this evidence quote is not in the article
    expected: words copied exactly from one paragraph of the article
    found:    "scheduled to meet President Joe Biden on Tuesday"
    fix:      The words "scheduled to meet President Joe Biden on" are in ¶2; the quote differs after them. Copy it again from the article.`
			)
		]);
	});

	// BUG (error hidden): src/lib/bank/parse.ts checks duplicate ids only among questions that
	// passed their schema. In several-errors.yaml, questions[3] (line 43) reuses the id
	// `troop-level` of questions[0], but questions[0] has another error (two correct options), so
	// the duplicate id is not reported. The teacher fixes the four listed errors, runs the check
	// again and only then learns about the fifth. Expected: a "duplicate id `troop-level`" issue
	// at 43:9 in the same run (ids can be read from any question that has a valid `id`).
	it.fails('reports a duplicate id even when the first question has other errors', () => {
		expect(formatted(checkFixture('several-errors'))).toContainEqual(
			expect.stringContaining('several-errors.yaml:43:9  questions[3]: duplicate id `troop-level`')
		);
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
			`q.yaml:6:13  questions[0] (no-deadline).answer: \`answer\` should be true or false
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

	// BUG (poor message), same cause as the bad date in article.spec.ts: the `default:` branch of
	// zod-issues.ts prints
	//   q.yaml:3:9  questions[0] (No Deadline).id: `id`: Use lowercase letters, digits and single ...
	//       found:    the text "No Deadline"
	// The key is named twice and there is no expected/fix line (e.g. "fix: write `no-deadline`").
	it.fails('explains a bad id without repeating the key, with a fix', () => {
		const parsed = check(bank('', QUESTION.replace('id: no-deadline', 'id: No Deadline')));
		const [issue] = parsed.issues;
		expect(issue!.message).not.toMatch(/^`id`:/);
		expect(issue!.fix).toBeTruthy();
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
	const sources = [
		'src/lib/server/content.ts',
		'src/lib/content/article.ts',
		'src/lib/validation/zod-issues.ts',
		'src/lib/bank/parse.ts',
		'scripts/questions-check.ts'
	].map((path) => readFileSync(join(ROOT, path), 'utf8'));
	const scripts = Object.keys(
		(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts
	);
	const commands = [
		...new Set(sources.flatMap((s) => [...s.matchAll(/`npm run ([\w:-]+)`/g)].map((m) => m[1]!)))
	];

	it('finds the commands that fix messages mention', () => {
		expect(commands.length).toBeGreaterThan(0);
	});

	// BUG: "this file is missing ... `npm run new-module` creates both" (src/lib/server/content.ts)
	// and "create the module with `npm run new-module`" (scripts/questions-check.ts) name a script
	// that package.json does not have.
	it.fails('every `npm run ...` named in a fix exists in package.json', () => {
		expect(commands.filter((c) => !scripts.includes(c))).toEqual([]);
	});

	it('the README files named in fixes exist', () => {
		const files = [
			...new Set(
				sources.flatMap((s) => [...s.matchAll(/\b((?:[\w-]+\/)*README\.md)\b/g)].map((m) => m[1]!))
			)
		];
		expect(files.sort()).toEqual(['README.md', 'questions/README.md']);
		for (const file of files) expect(existsSync(join(ROOT, file)), file).toBe(true);
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

	let dir: string;
	let shipped: Awaited<ReturnType<typeof run>>;
	let bad: Awaited<ReturnType<typeof run>>;

	beforeAll(async () => {
		// The CLI takes the module from the file name, so a fixture is checked as a copy named
		// after the module (see the it.fails test below). Two runs in parallel keep this fast:
		// the shipped bank, and three bad files at once.
		dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'));
		copyFileSync(join(ROOT, fixtureFile('duplicate-id')), join(dir, `${SLUG}.yaml`));
		[shipped, bad] = await Promise.all([
			run([]),
			run([join(dir, `${SLUG}.yaml`), fixtureFile('duplicate-id'), 'questions/no-such-file.yaml'])
		]);
	}, 30_000);

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const noStack = (text: string) => expect(text).not.toMatch(/^\s{4}at /m);

	it('exits 0 and says "no problems" for the shipped bank', () => {
		expect(shipped.stderr).toBe('');
		expect(shipped.status).toBe(0);
		const count = shippedModule().bank!.questions.length;
		expect(shipped.stdout.trim()).toBe(
			`✔ 1 module checked (${SLUG}): ${count} questions, no problems.`
		);
	});

	it('exits 1 with the duplicate-id message on stderr and no stack trace', () => {
		expect(bad.status).toBe(1);
		expect(bad.stdout).toBe('');
		expect(bad.stderr).toMatch(/^3 errors in .*kadhimi-us-troops-2021\.yaml, /);
		expect(bad.stderr).toContain(
			`${SLUG}.yaml:18:9  questions[1]: duplicate id \`troop-level\`, already used by questions[0]
    expected: a different id for every question
    found:    \`troop-level\` twice
    fix:      Rename this one, e.g. \`troop-level-2\`.`
		);
		noStack(bad.stderr);
	});

	it('reports a file that does not exist, without a stack trace', () => {
		expect(bad.stderr).toContain(
			'no-such-file.yaml:1:1  no such file\n    fix:      Check the path.'
		);
	});

	it('names a fixture named after its case as having no module (current behaviour)', () => {
		expect(bad.stderr).toContain(
			'duplicate-id.yaml:1:1  there is no module `duplicate-id` for this question file'
		);
	});

	// LIMITATION/BUG: scripts/questions-check.ts takes the module slug from the file name and
	// ignores the file's own `module:` key, so
	//   npx tsx scripts/questions-check.ts tests/fixtures/questions/duplicate-id.yaml
	// prints "there is no module `duplicate-id` for this question file" (exit 1) and never checks
	// the file. Expected: use `module: kadhimi-us-troops-2021` from the file when the name is not a
	// module, and report the duplicate id.
	it.fails('checks a fixture file by its `module:` key and reports its duplicate id', () => {
		expect(bad.stderr).toContain(
			'duplicate-id.yaml:18:9  questions[1]: duplicate id `troop-level`'
		);
	});
});
