import { questionKey, type QuestionInfo, type Received } from './types';

/**
 * How an answer in a hand-in relates to the bank now: `current` (the question as it is),
 * `outdated` (the question was changed since: its hash differs) or `unknown` (no such question
 * in the module any more). Only current answers go into the statistics.
 */
export type AnswerStatus = 'current' | 'outdated' | 'unknown';

export interface Cell {
	credit: number;
	status: AnswerStatus;
	seconds: number | null;
}

export interface ClassRow {
	key: string;
	name: string;
	module: string;
	link: string;
	title: string;
	finishedAt: number;
	/** Time taken, when the hand-in says when the attempt started. */
	seconds: number | null;
	/** By questionKey(). */
	cells: Map<string, Cell>;
	points: number;
	possible: number;
	percent: number;
	/** A later attempt by the same name on the same quiz link replaces this one in the statistics. */
	replaced: boolean;
	/** Answers to questions changed since (or removed): kept and shown, left out of the statistics. */
	outdated: number;
}

const sameName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** One row per hand-in, newest attempt per student and quiz link counted. */
export function classRows(
	received: readonly Received[],
	questions: ReadonlyMap<string, QuestionInfo>
): ClassRow[] {
	const latest = new Map<string, Received>();
	for (const r of received) {
		const who = JSON.stringify([r.handIn.module, r.handIn.link, sameName(r.handIn.name)]);
		const seen = latest.get(who);
		if (!seen || seen.handIn.finishedAt < r.handIn.finishedAt) latest.set(who, r);
	}
	const counted = new Set([...latest.values()].map((r) => r.key));
	return received.map(({ key, handIn }) => {
		const cells = new Map<string, Cell>();
		let points = 0;
		let outdated = 0;
		for (const answer of handIn.answers) {
			const qk = questionKey(handIn.module, answer.id);
			const info = questions.get(qk);
			const status: AnswerStatus = !info
				? 'unknown'
				: info.hash === answer.hash
					? 'current'
					: 'outdated';
			if (status !== 'current') outdated++;
			cells.set(qk, { credit: answer.credit, status, seconds: answer.at });
			points += answer.credit;
		}
		const possible = handIn.answers.length;
		const last = Math.max(0, ...handIn.answers.map((a) => a.at ?? 0));
		const seconds =
			handIn.startedAt !== null
				? Math.max(0, Math.round((handIn.finishedAt - handIn.startedAt) / 1000))
				: last || null;
		return {
			key,
			name: handIn.name,
			module: handIn.module,
			link: handIn.link,
			title: handIn.title,
			finishedAt: handIn.finishedAt,
			seconds,
			cells,
			points: Math.round(points * 1000) / 1000,
			possible,
			percent: possible ? Math.round((points / possible) * 1000) / 10 : 0,
			replaced: !counted.has(key),
			outdated
		};
	});
}

/** The quiz links among the rows, each with its title and how many hand-ins it has. */
export function quizLinks(
	rows: readonly ClassRow[]
): { id: string; title: string; count: number }[] {
	const links = new Map<string, { id: string; title: string; count: number }>();
	for (const row of rows) {
		const id = `${row.module}?${row.link}`;
		const link = links.get(id) ?? { id, title: row.title, count: 0 };
		link.count++;
		links.set(id, link);
	}
	return [...links.values()].sort(
		(a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)
	);
}

export const linkOf = (row: ClassRow) => `${row.module}?${row.link}`;

/** The questions the rows answered, in bank order (module, then place in the bank). */
export function questionColumns(
	rows: readonly ClassRow[],
	questions: ReadonlyMap<string, QuestionInfo>
): string[] {
	const keys = new Set<string>();
	for (const row of rows) for (const key of row.cells.keys()) keys.add(key);
	const place = (key: string) => questions.get(key)?.number ?? Number.MAX_SAFE_INTEGER;
	return [...keys].sort((a, b) => {
		const [ma = ''] = a.split('/');
		const [mb = ''] = b.split('/');
		return ma.localeCompare(mb) || place(a) - place(b) || a.localeCompare(b);
	});
}
