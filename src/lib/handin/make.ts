import type { Question } from '../question-types/registry';
import type { Response, Score } from '../quiz/score';
import { HANDIN_FORMAT, fromWire, type HandIn, type HandInAnswer } from './format';
import { bankVersion, questionHash } from './hash';

/** What a finished quiz run holds that a hand-in needs (QuizRun has it all). */
export interface FinishedRun {
	bank: { questions: readonly Question[] };
	entries: readonly { question: Question }[];
	responses: Readonly<Record<string, Response | undefined>>;
	scores: Readonly<Record<string, Score | undefined>>;
	startedAt: number;
	/** When each answer was checked (ms). */
	checkedAt: Readonly<Record<string, number | undefined>>;
}

/** A hand-in without the name: what is kept with a finished attempt, so it can be handed in later. */
export type AttemptDetail = Omit<HandIn, 'name'>;

const copy = (response: Response | undefined): Response | null =>
	response ? (JSON.parse(JSON.stringify(response)) as Response) : null;

export function attemptDetail(
	run: FinishedRun,
	module: string,
	link: string,
	title: string,
	finishedAt = Date.now()
): AttemptDetail {
	const answers: HandInAnswer[] = run.entries.map(({ question }) => {
		const result = run.scores[question.id];
		const checked = run.checkedAt[question.id];
		return {
			id: question.id,
			hash: questionHash(question),
			// Only an answer that was checked counts; an untouched one is "nothing given".
			// A plain copy: a quiz run's responses are reactive proxies, which storage cannot clone.
			response: result ? copy(run.responses[question.id]) : null,
			credit: result?.score ?? 0,
			at: checked === undefined ? null : Math.max(0, Math.round((checked - run.startedAt) / 1000))
		};
	});
	return {
		format: HANDIN_FORMAT,
		module,
		version: bankVersion(run.bank.questions),
		link,
		title,
		startedAt: run.startedAt,
		finishedAt,
		answers
	};
}

/** A kept detail read back from storage, checked like any hand-in (storage can be damaged too). */
export function readDetail(value: unknown): AttemptDetail | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const d = value as Record<string, unknown>;
	const answers: unknown[] = Array.isArray(d.answers) ? d.answers : [];
	const handIn = fromWire({
		f: d.format,
		m: d.module,
		v: d.version,
		l: d.link,
		t: d.title,
		n: '',
		s: d.startedAt,
		e: d.finishedAt,
		q: answers.map((a) => {
			const x = (a ?? {}) as Record<string, unknown>;
			return [x.id, x.hash, x.credit, x.response ?? 0, x.at];
		})
	});
	if (!handIn) return undefined;
	const detail: Partial<HandIn> = handIn;
	delete detail.name;
	return detail as AttemptDetail;
}

export function handInOf(detail: AttemptDetail, name: string): HandIn {
	return { ...detail, name: name.trim() };
}
