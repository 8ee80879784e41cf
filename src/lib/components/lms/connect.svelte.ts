import { mount } from 'svelte';
import { goto } from '$app/navigation';
import { pageHref } from '$lib/paths';
import { findApi } from '$lib/lms/api';
import { readPackageConfig, type PackageConfig } from '$lib/lms/config';
import { QuizReporter, type QuizProgress } from '$lib/lms/quiz-report';
import { LmsSession, type LmsStatus } from '$lib/lms/session';
import type { Question } from '$lib/question-types/registry';
import type { Score } from '$lib/quiz/score';
import LmsNotice from './LmsNotice.svelte';

/**
 * The SCORM package's link to the school's LMS; loaded only in that build (VITE_LECTERN_LMS),
 * by the root layout (the session, for the whole visit) and by the quiz page (the graded quiz).
 */
interface Connection {
	config: PackageConfig;
	session: LmsSession;
	reporter?: QuizReporter;
}

let connection: Connection | undefined;

/**
 * What the LMS needs of a quiz run (the quiz's QuizRun has it): described here rather than
 * imported, so the quiz and the LMS stay apart.
 */
interface Keeper {
	progress(snapshot: QuizProgress, now?: boolean): void;
	answer(id: string, score: Score): void;
	finish(run: never): void;
}
interface QuizRun {
	readonly entries: { question: Question }[];
	scores: Record<string, Score>;
	finished: boolean;
	keeper: Keeper | undefined;
	snapshot(): QuizProgress;
	restore(saved: QuizProgress): void;
}

/** Opens the LMS session once per window and shows what it means for the student's results. */
export function startLms(): Connection | undefined {
	if (connection) return connection;
	const config = readPackageConfig(import.meta.env.VITE_LECTERN_LMS);
	if (!config) return undefined;
	const quizHref = () =>
		`${pageHref('/[slug]/quiz/play', { slug: config.module })}?preset=${config.preset}`;
	const props = $state({
		status: { state: 'absent' } as LmsStatus,
		quizTitle: config.title,
		quizHref: quizHref(),
		// Inside the app, so the LMS session lives on: a full page load would end it.
		onquiz: (event: MouseEvent) => {
			event.preventDefault();
			goto(quizHref());
		}
	});
	// The scripts run, so the notice for a package opened as files (the export adds it) is wrong.
	document.getElementById('lectern-files-notice')?.remove();
	const session = new LmsSession(findApi(window), (status) => (props.status = status));
	connection = { config, session };
	mount(LmsNotice, { target: document.body, anchor: document.body.firstChild ?? undefined, props });
	if (session.start()) {
		const status = session.get('cmi.core.lesson_status');
		if (status === 'not attempted' || status === '') {
			session.set('cmi.core.lesson_status', 'incomplete');
			session.commit();
		}
	}
	// Leaving: the LMS keeps where the student was, and adds up the time spent.
	addEventListener('pagehide', () => {
		connection?.reporter?.leave();
		session.finish();
	});
	return connection;
}

const progressOf = (run: QuizRun): QuizProgress => run.snapshot();

/**
 * Reports a quiz run to the LMS when it is the graded quiz. Resuming on another computer first
 * goes to the saved seed (the same questions), by `navigate`; the page then opens that run.
 */
export function reportQuiz(run: QuizRun, url: URL, navigate: (href: string) => void): void {
	const lms = startLms();
	if (!lms || !lms.session.connected) return;
	const seed = url.searchParams.get('seed');
	if (url.searchParams.get('preset') !== lms.config.preset || !seed) return;
	if (reporting.has(run)) return;

	const reporter = new QuizReporter(
		lms.session,
		{ preset: lms.config.preset, seed, questions: run.entries.map((e) => e.question) },
		lms.config.pass
	);
	const saved = reporter.saved();
	const untouched = Object.keys(run.scores).length === 0 && !run.finished;
	if (saved && !saved.finished && saved.seed !== seed && untouched) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a link to go to, never reactive
		const resumed = new URL(url);
		resumed.searchParams.set('seed', saved.seed);
		navigate(resumed.href);
		return;
	}
	reporting.add(run);
	lms.reporter = reporter;
	if (saved && !saved.finished && saved.seed === seed && untouched)
		run.restore(reporter.resume(saved));
	reporter.progress(progressOf(run));
	teeKeeper(run, {
		progress: (snapshot) => reporter.progress(snapshot),
		answer: (id) => reporter.answer(id, progressOf(run)),
		finish: () => reporter.finish(progressOf(run))
	});
}

const reporting = new WeakSet<QuizRun>();

/**
 * Adds the LMS beside whatever keeper the run has (the device's progress store), now or set later:
 * the quiz itself knows nothing of the LMS.
 */
function teeKeeper(run: QuizRun, lms: Keeper) {
	let device: Keeper | undefined = run.keeper;
	const both: Keeper = {
		progress: (snapshot, now) => {
			device?.progress(snapshot, now);
			lms.progress(snapshot);
		},
		answer: (id, score) => {
			device?.answer(id, score);
			lms.answer(id, score);
		},
		finish: (finished) => {
			device?.finish(finished);
			lms.finish(finished);
		}
	};
	Object.defineProperty(run, 'keeper', {
		configurable: true,
		get: () => both,
		set: (keeper: Keeper | undefined) => (device = keeper)
	});
}
