import { checkResponse, type Question } from '../question-types/registry';
import { score, type Response, type Score } from '../quiz/score';
import { totals } from '../quiz/session';
import { settle, type TryState } from '../quiz/tries';
import { clockTime, timespan, type LessonStatus } from './data-model';
import { interactionFor, type Interaction } from './interactions';
import type { LmsSession } from './session';
import { decodeSuspend, encodeSuspend, type SuspendState } from './suspend';

/** Where the graded quiz is, as the quiz run reports it after every change. */
export interface QuizProgress {
	index: number;
	responses: Record<string, Response>;
	scores: Record<string, Score>;
	/** Questions between tries, or with hints shown, not final yet. */
	tries?: Record<string, TryState>;
}

const DONE: readonly string[] = ['passed', 'failed', 'completed'];

/**
 * Reports the graded quiz to the LMS: one interaction per question as it is checked, where the
 * student is (suspend data), and on finishing the score and passed/failed against the mastery
 * score (or completed, when there is none). Commits after each answer.
 */
export class QuizReporter {
	private readonly questions: Map<string, Question>;
	private readonly order: string[];
	/** Time each question has been on screen, for its latency. */
	private readonly seen = new Map<string, number>();
	private current: string | undefined;
	private since: number;
	private finished = false;

	constructor(
		private readonly session: LmsSession,
		private readonly quiz: { preset: string; seed: string; questions: Question[] },
		private readonly pass: number | undefined,
		private readonly now: () => number = Date.now
	) {
		this.questions = new Map(quiz.questions.map((q) => [q.id, q]));
		this.order = quiz.questions.map((q) => q.id);
		this.since = now();
	}

	/** The saved state of this quiz (same preset) from an earlier session, if there is one. */
	saved(): SuspendState | undefined {
		const state = decodeSuspend(this.session.get('cmi.suspend_data'));
		return state?.preset === this.quiz.preset ? state : undefined;
	}

	/**
	 * The saved answers as the quiz run takes them back: checked ones scored again, with the credit
	 * kept where tries or hints cost part of the point; questions between tries with the tries used.
	 */
	resume(state: SuspendState): QuizProgress {
		const scores: Record<string, Score> = {};
		const tries: Record<string, TryState> = {};
		for (const [id, response] of Object.entries(state.responses)) {
			const question = this.questions.get(id);
			// Only the type of an answer is checked as it is read (suspend.ts): here, every field.
			if (!question || !checkResponse(question, response)) continue;
			const fresh = score(question, response);
			const credit = state.credit[id];
			const waiting = state.between[id];
			if (state.checked.includes(id))
				scores[id] = credit
					? settle(
							{ used: 0, best: credit.score, hints: credit.hints ?? 0, changed: false },
							credit.tries ?? 1,
							fresh
						)
					: fresh;
			else if (waiting) tries[id] = { ...waiting, last: fresh, changed: false };
		}
		return {
			index: state.index,
			responses: state.responses,
			scores,
			...(Object.keys(tries).length ? { tries } : {})
		};
	}

	/** The mastery score: the LMS's (from the package's manifest), else the one built in. */
	private mastery(): number | undefined {
		const given = this.session.get('cmi.student_data.mastery_score');
		return given !== '' && Number.isFinite(Number(given)) ? Number(given) : this.pass;
	}

	private lookAt(index: number) {
		const at = this.now();
		if (this.current)
			this.seen.set(this.current, (this.seen.get(this.current) ?? 0) + at - this.since);
		this.current = this.order[index];
		this.since = at;
	}

	private save(progress: QuizProgress) {
		const { data } = encodeSuspend({
			preset: this.quiz.preset,
			seed: this.quiz.seed,
			index: progress.index,
			responses: progress.responses,
			checked: Object.keys(progress.scores),
			credit: Object.fromEntries(
				Object.entries(progress.scores)
					.filter(([, s]) => s.tries || s.hints)
					.map(([id, s]) => [id, { score: s.score, tries: s.tries, hints: s.hints }])
			),
			between: Object.fromEntries(
				Object.entries(progress.tries ?? {})
					.filter(([, t]) => t.used > 0 || t.hints > 0)
					.map(([id, t]) => [id, { used: t.used, best: t.best, hints: t.hints }])
			),
			finished: this.finished
		});
		this.session.set('cmi.suspend_data', data);
	}

	private markInProgress() {
		const status = this.session.get('cmi.core.lesson_status');
		// A quiz taken again after a result must not take the result back to "incomplete".
		if (!DONE.includes(status)) this.session.set('cmi.core.lesson_status', 'incomplete');
	}

	private send(interaction: Interaction) {
		const n = Number(this.session.get('cmi.interactions._count')) || 0;
		const at = `cmi.interactions.${n}`;
		if (!this.session.set(`${at}.id`, interaction.id)) return;
		this.session.set(`${at}.type`, interaction.type);
		this.session.set(`${at}.time`, clockTime(new Date(this.now())));
		this.session.set(`${at}.weighting`, interaction.weighting);
		this.session.set(`${at}.student_response`, interaction.student_response, interaction.type);
		this.session.set(`${at}.result`, interaction.result);
		if (interaction.latency) this.session.set(`${at}.latency`, interaction.latency);
		this.session.set(
			`${at}.correct_responses.0.pattern`,
			interaction.correct_response,
			interaction.type
		);
	}

	/** After every change the run reports: where the student is, kept without a commit. */
	progress(progress: QuizProgress) {
		if (this.finished) return;
		if (this.order[progress.index] !== this.current) this.lookAt(progress.index);
		this.save(progress);
	}

	/** A question checked: its interaction, the status, where the student is; then a commit. */
	answer(id: string, progress: QuizProgress) {
		const question = this.questions.get(id);
		if (!question || this.finished) return;
		this.lookAt(progress.index);
		this.send(
			interactionFor(
				question,
				progress.responses[id],
				progress.scores[id],
				timespan(this.seen.get(id) ?? 0)
			)
		);
		this.markInProgress();
		this.save(progress);
		this.session.commit();
	}

	/** The quiz finished: unanswered questions, the score and the result; then a commit. */
	finish(progress: QuizProgress) {
		if (this.finished) return;
		for (const id of this.order) {
			const question = this.questions.get(id)!;
			if (!progress.scores[id]) this.send(interactionFor(question, undefined, undefined));
		}
		const percent = totals(this.order, progress.scores).percent;
		this.session.set('cmi.core.score.min', '0');
		this.session.set('cmi.core.score.max', '100');
		this.session.set('cmi.core.score.raw', String(percent));
		const mastery = this.mastery();
		const status: LessonStatus =
			mastery === undefined ? 'completed' : percent >= mastery ? 'passed' : 'failed';
		this.session.set('cmi.core.lesson_status', status);
		this.finished = true;
		this.save(progress);
		this.session.set('cmi.core.exit', '');
		this.session.commit();
	}

	/** Leaving mid-quiz: the LMS keeps the suspend data for the next session. */
	leave() {
		if (!this.finished) this.session.set('cmi.core.exit', 'suspend');
	}
}
