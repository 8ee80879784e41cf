/**
 * What a run over Moodle's own GIFT files found (issue 14): each case here failed before its fix.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBank } from '../../src/lib/bank/parse';
import { bankToGift } from '../../src/lib/gift/export';
import { parseGift } from '../../src/lib/gift/parse';
import { EVIDENCE_PLACEHOLDER, giftToBank } from '../../src/lib/gift/to-bank';
import { UniqueIds } from '../../src/lib/gift/unique-ids';
import { bankYaml } from '../../src/lib/gift/write-yaml';
import type { QuestionInput } from '../../src/lib/question-types/registry.build';
import { outProblem } from '../../scripts/out-path';
import { ROOT, SLUG, runScript, shippedParagraphs } from './helpers';

const importGift = (source: string, file = 'q.gift') => {
	const parsed = parseGift(source, file);
	return { parsed, ...giftToBank(parsed.items, file) };
};
const questionsOf = (source: string) => importGift(source).questions.map((q) => q.question);
const notesOf = (source: string) =>
	importGift(source).changed.map((n) => `${n.line} ${n.path}: ${n.message}`);

/** The imported questions as a bank the checker reads, with the evidence filled in. */
function checkImported(source: string) {
	const { questions } = importGift(source);
	const yaml = bankYaml(questions, {
		module: SLUG,
		source: 'q.gift',
		schema: './schema.json',
		skipped: 0
	})
		.replaceAll(EVIDENCE_PLACEHOLDER, 'has remained at about 2,500 since late last year')
		.replaceAll('explanation: ""', 'explanation: Because.');
	return parseBank(yaml, 'q.yaml', { slug: SLUG, paragraphs: shippedParagraphs() });
}

const base = {
	explanation: 'Because.',
	evidence: ['has remained at about 2,500 since late last year'],
	difficulty: 'easy' as const,
	skills: ['recall' as const]
};

describe('1. `*` in a short answer is Moodle’s wildcard', () => {
	it('keeps `{=Galil*}` as a pattern accepting anything starting “Galil”, and says so', () => {
		expect(questionsOf('Where did Jesus grow up? {=Galil*}')).toMatchObject([
			{ type: 'short-answer', answers: ['Galil'], patterns: ['Galil*'] }
		]);
		expect(notesOf('Where did Jesus grow up? {=Galil*}')).toEqual([
			'1 where-did-jesus-grow-up: Moodle’s wildcard `*` (any characters) in “Galil*” is kept under `patterns`: “Galil*” accepts any answer starting “Galil”'
		]);
	});

	it('keeps the full answers to show students, and the pattern beside them; the bank passes the checks', () => {
		const source = 'Where? {=Galilee =Galil*}';
		expect(questionsOf(source)).toMatchObject([{ answers: ['Galilee'], patterns: ['Galil*'] }]);
		const checked = checkImported(source);
		expect(checked.issues).toEqual([]);
		expect(checked.bank?.questions[0]).toMatchObject({
			answers: ['Galilee'],
			patterns: ['Galil*']
		});
	});

	it('reads `\\*` as an asterisk, not a wildcard', () => {
		expect(questionsOf('What is 5 times 3 written in code? {=5\\*3}')).toMatchObject([
			{ answers: ['5*3'] }
		]);
		expect(questionsOf('What is 5 times 3 written in code? {=5\\*3}')[0]).not.toHaveProperty(
			'patterns'
		);
	});

	it('reports a wildcard a fill-blank gap cannot keep, and Moodle’s catch-all `=%0%*#…`', () => {
		expect(notesOf('Jesus grew up in {=Galil*} with his family.')).toEqual([
			'1 jesus-grew-up-in-with-his: Moodle’s wildcard `*` in “Galil*” cannot be kept: a fill-blank gap has no patterns, so it now accepts only “Galil”'
		]);
		expect(
			notesOf('::Best animal::Which is the best animal?{\n=Frog\n=%0%*#Completely wrong\n}')
		).toEqual([
			'3 best-animal: the catch-all answer “*” (0% credit, with its feedback “Completely wrong”) was left out'
		]);
	});

	it('skips a question whose only right answer is `*`, rather than accept everything', () => {
		const result = importGift('Anything? {=*}');
		expect(result.questions).toEqual([]);
		expect(result.skipped.map((s) => s.message)).toEqual([
			'no answer is right but “*”, which accepts anything'
		]);
	});

	it('on export, escapes a literal `*` and writes a pattern’s `*` as the wildcard, and reads both back', () => {
		const question = {
			...base,
			id: 'code',
			type: 'short-answer',
			prompt: 'Write 5 times 3 as code.',
			answers: ['5*3'],
			patterns: ['5 \\* 3*']
		} as unknown as QuestionInput;
		const { gift } = bankToGift(SLUG, [
			question,
			{ ...question, id: 'place', answers: ['Galilee'], patterns: ['Galil*'] } as QuestionInput
		]);
		expect(gift).toContain('\t=5\\*3\n');
		expect(gift).toContain('\t=Galil*\n');
		expect(questionsOf(gift)).toMatchObject([
			{ id: 'code', answers: ['5*3'] },
			{ id: 'place', answers: ['Galilee'], patterns: ['Galil*'] }
		]);
	});

	it('refuses a pattern with no `*`, or one that accepts anything', () => {
		const yaml = `module: ${SLUG}
questions:
  - id: place
    type: short-answer
    prompt: Where?
    answers: [Galilee]
    patterns: [Galileo, "*"]
    explanation: Because.
    evidence: ["has remained at about 2,500 since late last year"]
    difficulty: easy
    skills: [recall]
`;
		const checked = parseBank(yaml, 'q.yaml', { slug: SLUG, paragraphs: shippedParagraphs() });
		expect(checked.issues.map((i) => `${i.line} ${i.message}`)).toEqual([
			'7 this pattern has no `*`, so it is one exact answer',
			'7 this pattern accepts any answer at all'
		]);
	});
});

describe('2. a wrong option whose text starts with a weight survives export', () => {
	const question = {
		...base,
		id: 'voters',
		type: 'single',
		prompt: 'How many voters took part?',
		options: [{ text: '%50% of voters' }, { text: '%40% of voters', correct: true }]
	} satisfies QuestionInput;

	it('writes an explicit `~%0%` weight before it', () => {
		const { gift } = bankToGift(SLUG, [question]);
		expect(gift).toContain('\t~%0%\\%50\\% of voters\n'.replaceAll('\\%', '%'));
		expect(gift).toContain('\t=%40% of voters\n');
	});

	it('reads back as the same options, with no partial credit', () => {
		const { questions, changed } = importGift(bankToGift(SLUG, [question]).gift);
		expect(questions[0]?.question).toMatchObject({ options: question.options });
		expect(changed).toEqual([]);
	});
});

describe('3. line endings: CR only (old Mac), CRLF and LF read alike', () => {
	const file = readFileSync(join(ROOT, 'tests/fixtures/gift/moodle-examples.gift'), 'utf8');
	const broken = 'Fine? {T}\n\n// a comment\n::Broken::Which group? {\n=a\n\n}\n';
	const read = (eol: string) => {
		const result = importGift(file.replace(/\n/g, eol));
		const issues = importGift(broken.replace(/\n/g, eol));
		return {
			questions: result.questions.map((q) => [q.line, q.question]),
			skipped: result.skipped.map((s) => `${s.line}: ${s.message}`),
			issues: issues.parsed.issues.map((i) => `${i.line}:${i.column} ${i.message}`)
		};
	};

	it('gives the same questions, at the same lines, whatever the line endings', () => {
		const lf = read('\n');
		expect(lf.questions).toHaveLength(22);
		expect(lf.issues).toEqual([
			'4:24 the answer block opened here is not closed',
			'7:1 this `}` closes no answer block'
		]);
		expect(read('\r')).toEqual(lf);
		expect(read('\r\n')).toEqual(lf);
	});
});

describe('4. Moodle’s `// [id:…] [tag:…]` comments', () => {
	const result = importGift(
		readFileSync(join(ROOT, 'tests/fixtures/gift/moodle-id-tags.gift'), 'utf8'),
		'tags.gift'
	);

	it('keeps the ID number as the id when it is free, and tags naming skills or a difficulty', () => {
		expect(
			result.questions.map((q) => [
				q.line,
				q.question.id,
				q.question.difficulty,
				q.question.skills.join(', ')
			])
		).toEqual([
			[5, 'troop-level', 'easy', 'recall'],
			[10, 'q-17', 'medium', 'cause-effect, main-idea'],
			[17, 'troop-level-again', 'medium', 'recall'],
			[20, 'q-17-2', 'medium', 'recall']
		]);
		expect(result.questions.map((q) => q.guessed)).toEqual([
			{ difficulty: false, skills: false },
			{ difficulty: true, skills: false },
			{ difficulty: true, skills: true },
			{ difficulty: true, skills: true }
		]);
	});

	it('reports an ID number it changed or could not use, and tags naming no skill, at their lines', () => {
		expect(result.changed.map((n) => `${n.line} ${n.path}: ${n.message}`)).toEqual([
			'8 q-17: the Moodle ID number “Q 17” became the id `q-17`',
			'9 q-17: the tags “week3”, “exam]s” name no Lectern skill or difficulty, so they were left out',
			'16 troop-level-again: the Moodle ID number “troop-level” is already the id of the question at line 5, so this one is `troop-level-again`'
		]);
	});
});

// The CLIs start tsx: seconds each on a busy 2-core machine.
describe(
	'6. an --out that cannot be written is explained, with no stack trace',
	{ timeout: 60_000 },
	() => {
		const dir = mkdtempSync(join(tmpdir(), 'lectern-gift-out-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));
		const file = join(dir, 'notes.txt');
		writeFileSync(file, 'not a folder');
		const gift = 'tests/fixtures/gift/moodle-examples.gift';
		const expectExplained = (run: ReturnType<typeof runScript>, message: string) => {
			expect(run.status).toBe(1);
			expect(run.out).toContain(message);
			expect(run.out).not.toMatch(/\n\s+at |Error:|node:internal/);
		};

		it('on import: a path through a file (ENOTDIR, EEXIST) and a folder (EISDIR)', () => {
			expectExplained(
				runScript('questions-import', [gift, '--out', join(file, 'week-3.yaml')]),
				`--out ${join(file, 'week-3.yaml')} cannot be written: ${file} is a file, not a folder, so nothing can be written inside it.`
			);
			expectExplained(
				runScript('questions-import', [gift, '--out', join(file, 'deeper', 'week-3.yaml')]),
				`${file} is a file, not a folder`
			);
			expectExplained(
				runScript('questions-import', [gift, '--out', dir]),
				`--out ${dir} cannot be written: it is a folder: give a file name inside it, e.g. ${join(dir, 'week-3.yaml')}.`
			);
		});

		it('on export: a path through a file', () => {
			expectExplained(
				runScript('questions-export', [SLUG, '--out', join(file, 'week-3.gift')]),
				`${file} is a file, not a folder`
			);
		});

		it('says when there is no permission or no room (which a test run as root cannot provoke)', () => {
			const error = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
			const path = join(dir, 'week-3.gift');
			expect(outProblem(path, 'week-3.gift', error('EACCES'))).toBe(
				'you have no permission to write there'
			);
			expect(outProblem(path, 'week-3.gift', error('EPERM'))).toBe(
				'you have no permission to write there'
			);
			expect(outProblem(path, 'week-3.gift', error('ENOSPC'))).toBe('the disk is full');
			expect(outProblem(path, 'week-3.gift')).toBeUndefined();
		});
	}
);

describe('7. duplicate titles are made unique in linear time', () => {
	it('looks each id up a bounded number of times, however many copies share a title', () => {
		let lookups = 0;
		const taken = new (class extends Set<string> {
			override has(id: string) {
				lookups++;
				return super.has(id);
			}
		})();
		const ids = new UniqueIds(taken);
		const made = Array.from({ length: 20_000 }, () => ids.unique('same'));
		expect(made.slice(0, 3)).toEqual(['same', 'same-2', 'same-3']);
		expect(made.at(-1)).toBe('same-20000');
		expect(new Set(made).size).toBe(20_000);
		// Searching up from 2 for each copy would look up about 200 million ids.
		expect(lookups).toBeLessThanOrEqual(20_000);
	});

	it('skips numbers other questions already have', () => {
		const ids = new UniqueIds();
		expect(ids.claim('same-2')).toBe(true);
		expect(ids.claim('same-2')).toBe(false);
		expect(['same', 'same', 'same'].map((b) => ids.unique(b))).toEqual([
			'same',
			'same-3',
			'same-4'
		]);
	});

	// Titles, not time, are asserted: the work is bounded above; a busy machine may take seconds.
	it(
		'imports 20,000 copies of one question with ids same, same-2, … same-20000',
		{ timeout: 30_000 },
		() => {
			const { questions } = importGift('Same? {T}\n\n'.repeat(20_000));
			expect(questions.map((q) => q.question.id)).toEqual(
				Array.from({ length: 20_000 }, (_, i) => (i ? `same-${i + 1}` : 'same'))
			);
		}
	);
});

describe('a numerical question with exact numbers becomes a short answer', () => {
	it('converts `{#4}` and `{#4:0}`, and says how the number is now compared', () => {
		expect(questionsOf('2 + 2? {#4}\n\n::Sum::3 + 3? {#6:0}')).toMatchObject([
			{ type: 'short-answer', answers: ['4'] },
			{ id: 'sum', type: 'short-answer', answers: ['6'] }
		]);
		expect(notesOf('2 + 2? {#4}')).toEqual([
			'1 2-2: a numerical question with one exact number (“4”) became a short answer'
		]);
		expect(notesOf('2 + 2? {#4~#Count again.}')).toEqual([
			'1 2-2: a numerical question with one exact number (“4”) became a short answer',
			'1 2-2: the feedback for any other number (“Count again.”) cannot be kept'
		]);
	});

	it('leaves out partial credit, as for typed answers, and still skips a tolerance or a range', () => {
		expect(questionsOf('Year? {#=1822 =%50%1821}')).toMatchObject([{ answers: ['1822'] }]);
		expect(notesOf('Year? {#=1822 =%50%1821}')).toContain(
			'1 year: the answer “1821” (50% credit) was left out'
		);
		const result = importGift('Born? {#1822:5}\n\nPi? {#3.141..3.142}');
		expect(result.questions).toEqual([]);
		expect(result.skipped.map((s) => `${s.line}: ${s.message}`)).toEqual([
			'1: Lectern has no numerical question with a tolerance or a range',
			'3: Lectern has no numerical question with a tolerance or a range'
		]);
	});
});

describe('HTML bold, italic and links become Markdown', () => {
	it('writes **bold**, *italic* and [text](url) for http(s) and mailto links', () => {
		expect(
			questionsOf(
				'[html]<p>Is <b>placate</b> a <i>verb</i>? See <a href="https://en.wiktionary.org/wiki/placate">Wiktionary</a> or <a href="mailto:t@school.org">ask</a>.</p>{T}'
			)[0]
		).toMatchObject({
			prompt:
				'Is **placate** a *verb*? See [Wiktionary](https://en.wiktionary.org/wiki/placate) or [ask](mailto:t@school.org).'
		});
	});

	it('keeps only the text of a javascript: link or a link into Moodle, and of other tags, and says so', () => {
		const source =
			'[html]Read <a href="javascript:alert(1)">this</a> and <a href="/mod/page/view.php?id=3">that</a>, <span class="x">then</span> answer.{T}';
		expect(questionsOf(source)[0]).toMatchObject({
			prompt: 'Read this and that, then answer.'
		});
		expect(notesOf(source)).toEqual([
			'1 read-this-and-that-then-answer: HTML formatting other than bold, italic and web or mail links was removed from this text (its words are kept)'
		]);
		expect(importGift(source).changed[0]?.found).toBe(
			'removed “<a href="javascript:alert(1)">”, “<a href="/mod/page/view.php?id=3">”, “<span class="x">”'
		);
	});
});
