import type { HandIn } from '../handin/format';
import type { ClassRow } from './class';
import { correlation, mean } from './stats';
import { questionKey, type QuestionInfo, type Received } from './types';

export interface OptionCount {
	label: string;
	correct: boolean;
	count: number;
}

export interface ItemStats {
	key: string;
	info: QuestionInfo;
	/** Attempts counted: current answers in counted (not replaced) hand-ins. */
	n: number;
	/** Moodle's facility index: mean credit, 0 to 1. */
	facility: number | null;
	/** Moodle's discrimination index: correlation of this question's credit with the rest of the attempt. */
	discrimination: number | null;
	/** For choice questions: how many chose each option; `blank`: how many gave nothing. */
	options?: OptionCount[];
	blank: number;
	/** Answers to an older version of the question (or hand-ins replaced by a later attempt): not counted. */
	outdated: number;
	flags: string[];
}

export const FACILITY_HIGH = 0.9;
export const FACILITY_LOW = 0.2;
export const DISCRIMINATION_LOW = 0.2;

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Which options a response chose (bank indexes; true-false: 0 is True, 1 is False). */
function chosen(response: HandIn['answers'][number]['response']): number[] {
	if (!response) return [];
	switch (response.type) {
		case 'single':
			return response.option === null ? [] : [response.option];
		case 'multiple':
			return [...new Set(response.options)];
		case 'true-false':
			return response.value === null ? [] : [response.value ? 0 : 1];
		default:
			return [];
	}
}

/** The flags of one question, each a reason in words. */
function flagsOf(stats: Omit<ItemStats, 'flags'>): string[] {
	const flags: string[] = [];
	const { facility, discrimination, options } = stats;
	if (facility !== null && facility > FACILITY_HIGH)
		flags.push(
			`Very easy: facility ${percent(facility)}, above ${percent(FACILITY_HIGH)}. Nearly everyone got it right, so it tells you little.`
		);
	if (facility !== null && facility < FACILITY_LOW)
		flags.push(
			`Very hard: facility ${percent(facility)}, below ${percent(FACILITY_LOW)}. Check that the answer key is right and the question is clear.`
		);
	if (discrimination !== null && discrimination < 0)
		flags.push(
			`Negative discrimination (${discrimination.toFixed(2)}): students who did well on the rest of the quiz did worse on this question. Check the answer key.`
		);
	else if (discrimination !== null && discrimination < DISCRIMINATION_LOW)
		flags.push(
			`Low discrimination (${discrimination.toFixed(2)}, below ${DISCRIMINATION_LOW}): it does not tell students who did well on the rest of the quiz from those who did not.`
		);
	if (options) {
		const right = options.filter((o) => o.correct);
		const leastRight = Math.min(...right.map((o) => o.count));
		for (const o of options) {
			if (!o.correct && right.length && o.count > leastRight) {
				const r = right.find((x) => x.count === leastRight)!;
				flags.push(
					`A wrong option was chosen more often than the right one: “${o.label}” (wrong) by ${o.count}, “${r.label}” (right) by ${r.count}. Is it misleading, or is the key wrong?`
				);
			}
		}
	}
	return flags;
}

/**
 * Item analysis of the counted rows, with Moodle's definitions: the facility index is the mean
 * credit; the discrimination index is the correlation between the credit for the question and
 * the credit for the rest of the attempt (the mean of its other current answers, so quizzes of
 * different lengths can be pooled). Answers to a question changed since are left out.
 */
export function itemAnalysis(
	rows: readonly ClassRow[],
	received: ReadonlyMap<string, Received>,
	questions: ReadonlyMap<string, QuestionInfo>
): ItemStats[] {
	const credits = new Map<string, number[]>();
	/** Pairs of (credit, rest of the attempt), for attempts with other current answers. */
	const pairs = new Map<string, [number[], number[]]>();
	const counts = new Map<string, number[]>();
	const blanks = new Map<string, number>();
	const outdated = new Map<string, number>();
	const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

	for (const row of rows) {
		const current = [...row.cells].filter(([, cell]) => cell.status === 'current');
		if (row.replaced) {
			for (const [key] of current) bump(outdated, key);
			continue;
		}
		for (const [key, cell] of row.cells) if (cell.status === 'outdated') bump(outdated, key);
		const total = current.reduce((sum, [, cell]) => sum + cell.credit, 0);
		const handIn = received.get(row.key)?.handIn;
		for (const [key, cell] of current) {
			const list = credits.get(key) ?? [];
			list.push(cell.credit);
			credits.set(key, list);
			if (current.length > 1) {
				const pair = pairs.get(key) ?? [[], []];
				pair[0].push(cell.credit);
				pair[1].push((total - cell.credit) / (current.length - 1));
				pairs.set(key, pair);
			}
			const info = questions.get(key);
			if (info?.options && handIn) {
				const answer = handIn.answers.find((a) => questionKey(handIn.module, a.id) === key);
				const picks = chosen(answer?.response ?? null);
				if (!picks.length) bump(blanks, key);
				const tally = counts.get(key) ?? info.options.map(() => 0);
				for (const i of picks) if (i < tally.length) tally[i]!++;
				counts.set(key, tally);
			} else if (handIn) {
				const answer = handIn.answers.find((a) => questionKey(handIn.module, a.id) === key);
				if (!answer?.response) bump(blanks, key);
			}
		}
	}

	const keys = new Set([...credits.keys(), ...outdated.keys()]);
	const out: ItemStats[] = [];
	for (const key of keys) {
		const info = questions.get(key);
		if (!info) continue;
		const xs = credits.get(key) ?? [];
		const pair = pairs.get(key);
		const tally = counts.get(key);
		const stats = {
			key,
			info,
			n: xs.length,
			facility: xs.length ? mean(xs) : null,
			discrimination: pair ? correlation(pair[0], pair[1]) : null,
			options: info.options?.map((o, i) => ({ ...o, count: tally?.[i] ?? 0 })),
			blank: blanks.get(key) ?? 0,
			outdated: outdated.get(key) ?? 0
		};
		out.push({ ...stats, flags: xs.length ? flagsOf(stats) : [] });
	}
	return out.sort(
		(a, b) => a.info.module.localeCompare(b.info.module) || a.info.number - b.info.number
	);
}
