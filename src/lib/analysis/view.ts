import { classRows, linkOf, questionColumns, quizLinks, type ClassRow } from './class';
import { itemAnalysis, type ItemStats } from './items';
import { questionKey, type QuestionInfo, type Received } from './types';

/** What the table can be sorted by: a fixed column, or a question (its questionKey()). */
export type SortKey = 'name' | 'points' | 'percent' | 'seconds' | 'finishedAt' | string;

export interface ClassView {
	links: { id: string; title: string; count: number }[];
	rows: ClassRow[];
	columns: string[];
	items: ItemStats[];
	/** Counted rows (the latest attempt of each student on each link). */
	counted: number;
}

export function questionIndex(modules: readonly { questions: QuestionInfo[] }[]) {
	return new Map(
		modules.flatMap((m) => m.questions.map((q) => [questionKey(q.module, q.id), q] as const))
	);
}

const FIXED: Record<string, (row: ClassRow) => number | string> = {
	name: (row) => row.name.toLocaleLowerCase(),
	points: (row) => row.points,
	percent: (row) => row.percent,
	seconds: (row) => row.seconds ?? -1,
	finishedAt: (row) => row.finishedAt
};

/** The class as the page shows it: filtered to one quiz link (or all), sorted, analysed. */
export function classView(
	received: readonly Received[],
	questions: ReadonlyMap<string, QuestionInfo>,
	link: string,
	sort: { key: SortKey; descending: boolean }
): ClassView {
	const all = classRows(received, questions);
	const rows = link ? all.filter((row) => linkOf(row) === link) : all;
	const value = FIXED[sort.key] ?? ((row: ClassRow) => row.cells.get(sort.key)?.credit ?? -1);
	const sign = sort.descending ? -1 : 1;
	rows.sort((a, b) => {
		const x = value(a);
		const y = value(b);
		const order =
			typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
		return sign * order || a.name.localeCompare(b.name) || a.finishedAt - b.finishedAt;
	});
	const byKey = new Map(received.map((r) => [r.key, r]));
	return {
		links: quizLinks(all),
		rows,
		columns: questionColumns(rows, questions),
		items: itemAnalysis(rows, byKey, questions),
		counted: rows.filter((row) => !row.replaced).length
	};
}

/** Seconds as a teacher reads a duration: "4:05", "1:02:10". */
export function formatDuration(seconds: number | null): string {
	if (seconds === null) return '–';
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = String(seconds % 60).padStart(2, '0');
	return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Credit as the table shows it: 1, 0.5, 0.33. */
export const formatCredit = (credit: number) => String(Math.round(credit * 100) / 100);
