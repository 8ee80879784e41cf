import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/lib/bank/parse';
import { formatIssue } from '../../src/lib/validation/issues';
import {
	DEFAULT_SPACING_WORDS,
	currentCheckpoint,
	defaultCheckpoints,
	partsUpTo,
	placement,
	planCheckpoints
} from '../../src/lib/reading/guided-plan';
import { guidedReading } from '../../src/lib/reading/guided-link';
import { markEvidence } from '../../src/lib/reading/guided-marks';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';
import { SCHEMA_VERSION } from '../../src/lib/progress/records';
import { words } from '../../src/lib/text/words';
import { SLUG, shippedModule, shippedParagraphs } from './helpers';

const paragraphs = shippedParagraphs();
const blocks = shippedModule().article.blocks;
const bank = shippedModule().bank!;

/** A question file of one question (quoting ¶3 and ¶5), with the lines given after its skills. */
const file = (extra = '', preset = '') => `module: ${SLUG}
${preset}questions:
  - id: two-places
    type: true-false
    prompt: Both?
    answer: true
    explanation: Yes.
    evidence:
      - "${paragraphs[4]!.text.slice(0, 40)}"
      - "${paragraphs[2]!.text.slice(0, 40)}"
    difficulty: easy
    skills: [recall]
${extra}`;
const parse = (source: string) => parseBank(source, 'q.yaml', { slug: SLUG, paragraphs });

describe('where a checkpoint question is asked', () => {
	it('follows the last paragraph its evidence quotes, in the article’s order', () => {
		const question = parse(file()).bank!.questions[0]!;
		expect(question.evidence.map((e) => e.paragraph)).toEqual(['p-5', 'p-3']);
		expect(placement(question, blocks)).toBe('p-5');
	});

	it('follows the paragraph a `checkpoint:` pins it to, written as a number or an id', () => {
		for (const pin of ['2', 'p-2', '"¶2"']) {
			const question = parse(file(`    checkpoint: ${pin}\n`)).bank!.questions[0]!;
			expect(question.checkpoint).toBe('p-2');
			expect(placement(question, blocks)).toBe('p-2');
		}
	});

	it('reports a pin to a paragraph the article does not have at its line, with the fix', () => {
		const parsed = parse(file('    checkpoint: 99\n'));
		expect(parsed.bank).toBeUndefined();
		expect(parsed.issues.map(formatIssue)).toEqual([
			expect.stringContaining(
				`q.yaml:13:17  question 1 (two-places) › checkpoint: \`checkpoint\` pins this question after paragraph 99, which the article does not have (it has ${paragraphs.length})`
			)
		]);
		expect(parsed.issues[0]!.fix).toContain(`from 1 to ${paragraphs.length}`);
	});

	it('reports a checkpoint that is neither true, false nor a paragraph', () => {
		const parsed = parse(file('    checkpoint: after the quote\n'));
		expect(parsed.issues.map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([
			'13:17 `checkpoint` is neither true, false nor a paragraph number'
		]);
	});

	it('keeps a bank without checkpoints as it was: no `checkpoint` field', () => {
		expect(parse(file()).bank!.questions[0]).not.toHaveProperty('checkpoint');
		expect(parse(file('    checkpoint: false\n')).bank!.questions[0]!.checkpoint).toBe(false);
	});

	it('reads a preset’s `mode: guided`, and counts only questions that may be checkpoints', () => {
		const preset = `quizzes:
  - id: guided
    title: Read with questions
    count: 1
    mode: guided
`;
		expect(parse(file('', preset)).bank!.presets[0]!.mode).toBe('guided');
		const parsed = parse(file('    checkpoint: false\n', preset));
		expect(parsed.issues.map((i) => i.message)).toEqual([
			'quiz `guided` asks for 1 questions but only 0 match its filters'
		]);
	});
});

describe('which questions guide the reading', () => {
	const question = (id: string, paragraph: string, checkpoint?: boolean | string) => ({
		id,
		evidence: [{ quote: '', paragraph, start: 0, end: 1, sentence: '' }],
		...(checkpoint === undefined ? {} : { checkpoint })
	});

	it('by default, the first question placed at a paragraph once enough has been read since the last', () => {
		const ids = defaultCheckpoints(bank.questions, blocks);
		const plan = planCheckpoints(
			bank.questions.filter((q) => ids.includes(q.id)),
			blocks
		);
		expect(plan.length).toBeGreaterThan(4);
		expect(plan.every((c) => c.ids.length === 1)).toBe(true);
		// Every part before a checkpoint is at least DEFAULT_SPACING_WORDS long.
		for (const part of partsUpTo(plan, blocks, plan.length - 1)) {
			const read = part.blocks.map((b) => words(b.text).length).reduce((a, b) => a + b);
			expect(read).toBeGreaterThanOrEqual(DEFAULT_SPACING_WORDS);
		}
	});

	it('only those the file chose, once any is chosen; never one marked false', () => {
		const questions = [
			question('a', 'p-2'),
			question('b', 'p-9', true),
			question('c', 'p-4', 'p-6'),
			question('d', 'p-20', false)
		];
		expect(defaultCheckpoints(questions, blocks)).toEqual(['b', 'c']);
		expect(defaultCheckpoints([question('d', 'p-20', false)], blocks)).toEqual([]);
	});

	it('asks questions at one paragraph together, in the article’s order', () => {
		const plan = planCheckpoints(
			[question('late', 'p-9'), question('early', 'p-2'), question('also-late', 'p-9')],
			blocks
		);
		expect(plan).toEqual([
			{ paragraph: 'p-2', ids: ['early'] },
			{ paragraph: 'p-9', ids: ['late', 'also-late'] }
		]);
	});

	it('shows the text up to the checkpoint being asked, and the rest once all are settled', () => {
		const plan = planCheckpoints([question('a', 'p-2'), question('b', 'p-9')], blocks);
		const last = (k: number) =>
			partsUpTo(plan, blocks, k)
				.flatMap((p) => p.blocks)
				.at(-1)!.id;
		expect(currentCheckpoint(plan, () => false)).toBe(0);
		expect(last(0)).toBe('p-2');
		expect(currentCheckpoint(plan, (id) => id === 'a')).toBe(1);
		expect(last(1)).toBe('p-9');
		expect(currentCheckpoint(plan, () => true)).toBe(2);
		expect(partsUpTo(plan, blocks, 2).flatMap((p) => p.blocks)).toHaveLength(blocks.length);
	});

	it('a preset link keeps its seed and asks its questions in the article’s order', () => {
		const url = new URL('http://x/m/guided/?preset=quick&seed=abc');
		const reading = guidedReading(bank, blocks, url);
		if ('error' in reading) throw new Error(reading.error);
		expect(reading.url).toBe(url.href);
		expect(reading.quiz.items.map((i) => i.id)).toEqual(reading.plan.flatMap((c) => c.ids));
		expect(reading.rules.tries).toBe(2);
		expect(guidedReading(bank, blocks, new URL('http://x/?preset=nope'))).toHaveProperty('error');
	});

	it('marks the evidence of a question whose answer was shown', () => {
		const evidence = bank.questions[0]!.evidence;
		const marked = markEvidence(blocks, [evidence]);
		const block = marked.find((b) => b.id === evidence[0]!.paragraph)!;
		expect(JSON.stringify(block)).toContain('"kind":"mark"');
	});
});

describe('a guided reading kept on the device', () => {
	const saved = {
		module: SLUG,
		link: '',
		title: 'Guided reading',
		index: 0,
		responses: { a: { type: 'true-false' as const, value: true } },
		scores: { a: { score: 1, correct: true, notes: [] } },
		updatedAt: 1
	};

	it('is saved under its own key and found again, apart from a quiz of the same link', async () => {
		const kv = memoryStore();
		const store = new ProgressStore(kv, true);
		await store.saveProgress(saved, undefined, 'guided');
		expect(await kv.get(`guided:${SLUG}:`)).toMatchObject({ v: SCHEMA_VERSION, link: '' });
		expect(await store.loadProgress(SLUG, '')).toBeUndefined();
		expect((await store.loadProgress(SLUG, '', 'guided'))?.scores).toEqual(saved.scores);
		await store.forgetGuided(SLUG, '');
		expect(await store.loadProgress(SLUG, '', 'guided')).toBeUndefined();
	});

	it('sets a damaged record aside, and leaves one from a newer Lectern as it is', async () => {
		const kv = memoryStore();
		await kv.set(`guided:${SLUG}:`, { v: SCHEMA_VERSION, module: SLUG, index: 'two' });
		await kv.set(`guided:${SLUG}:preset=x`, { ...saved, v: SCHEMA_VERSION + 1 });
		const store = new ProgressStore(kv, true);
		expect(await store.loadProgress(SLUG, '', 'guided')).toBeUndefined();
		expect(store.damaged).toBe(1);
		const refused = await store.saveProgress({ ...saved, link: 'preset=x' }, undefined, 'guided');
		expect(refused.ok).toBe(false);
		expect(await kv.get(`guided:${SLUG}:preset=x`)).toMatchObject({ v: SCHEMA_VERSION + 1 });
	});
});
