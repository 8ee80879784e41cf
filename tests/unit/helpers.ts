/** Shared set-up for the unit tests: the shipped module, read once, and fixture paths. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBank, type ParsedBank } from '../../src/lib/bank/parse';
import type { Bank } from '../../src/lib/bank/types';
import type { Paragraph } from '../../src/lib/content/types';
import type { Question } from '../../src/lib/question-types/registry';
import { readModule, type StudyModule } from '../../src/lib/server/content';
import { formatIssue } from '../../src/lib/validation/issues';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const SLUG = 'kadhimi-us-troops-2021';
export const FIXTURES = join(ROOT, 'tests/fixtures');

let shipped: StudyModule | undefined;

/** The shipped module (article, glossary and bank), checked by the real loader. */
export function shippedModule(): StudyModule {
	if (shipped) return shipped;
	const result = readModule(SLUG);
	if (!result.module) {
		throw new Error(
			`the shipped module does not load:\n${result.issues.map(formatIssue).join('\n')}`
		);
	}
	shipped = result.module;
	return shipped;
}

export function shippedParagraphs(): Paragraph[] {
	return shippedModule().article.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
}

/** Path of a bad question-bank fixture, relative to the project root as a teacher would type it. */
export const fixtureFile = (name: string) => `tests/fixtures/questions/${name}.yaml`;

/** Runs the real validator on a fixture against the real article. */
export function checkFixture(name: string): ParsedBank {
	const file = fixtureFile(name);
	return parseBank(readFileSync(join(ROOT, file), 'utf8'), file, {
		slug: SLUG,
		paragraphs: shippedParagraphs()
	});
}

/** Every issue formatted as the CLI prints it, one block per issue. */
export const formatted = (parsed: ParsedBank) => parsed.issues.map(formatIssue);

export interface ScriptRun {
	status: number | null;
	stdout: string;
	stderr: string;
	/** Both streams, as a teacher sees them in the terminal. */
	out: string;
}

/** Runs `scripts/<script>.ts` as `npm run` would, with extra environment variables. */
export function runScript(
	script: string,
	args: string[],
	env: Record<string, string> = {}
): ScriptRun {
	const result = spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		encoding: 'utf8'
	});
	return {
		status: result.status,
		stdout: result.stdout,
		stderr: result.stderr,
		out: result.stdout + result.stderr
	};
}

/** The fields every built question has, for a test question named `id`. */
export const questionBase = (id: string) => ({
	id,
	prompt: id,
	promptText: id,
	explanation: '',
	explanationText: '',
	evidence: [],
	difficulty: 'easy' as const,
	skills: ['recall' as const],
	shuffle: false
});

/** A true-false question named `id`, its answer true. */
export const trueFalse = (id: string): Question => ({
	...questionBase(id),
	type: 'true-false',
	answer: true
});

/** A bank of true-false questions in module `m`, and a quiz of them in order (seed `s`). */
export function trueFalseQuiz(ids: string[]) {
	const questions = ids.map(trueFalse);
	const bank: Bank = { module: 'm', presets: [], questions };
	const quiz = { seed: 's', items: questions.map((q) => ({ id: q.id, order: [] })) };
	return { bank, quiz };
}
