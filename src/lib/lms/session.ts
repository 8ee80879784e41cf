import type { Scorm12Api } from './api';
import { checkValue, genericElement, timespan, type InteractionType } from './data-model';

/** What the student is told about the LMS connection. */
export type LmsStatus =
	| { state: 'absent' }
	| { state: 'connected' }
	| { state: 'error'; message: string };

/** SCORM 1.2's error codes (RTE 3.3.2.2), for an LMS whose LMSGetErrorString says nothing. */
const ERROR_WORDS: Record<string, string> = {
	'101': 'general exception',
	'201': 'invalid argument',
	'202': 'element cannot have children',
	'203': 'element is not an array',
	'301': 'not initialized',
	'401': 'not implemented',
	'402': 'invalid set value, element is a keyword',
	'403': 'element is read only',
	'404': 'element is write only',
	'405': 'incorrect data type'
};

/** What an element holds, in a student's words. */
function describe(element: string): string {
	const generic = genericElement(element);
	if (generic.startsWith('cmi.interactions.')) return 'an answer';
	if (generic.startsWith('cmi.core.score.')) return 'your score';
	if (generic === 'cmi.core.lesson_status') return 'whether you have finished';
	if (generic === 'cmi.suspend_data') return 'where you are in the quiz';
	if (generic === 'cmi.core.session_time') return 'the time you spent';
	return element;
}

/**
 * One SCORM 1.2 session: LMSInitialize to LMSFinish. Every call's failure is turned into words
 * for the student (onstatus) and never swallowed; values are checked before they are sent.
 */
export class LmsSession {
	status: LmsStatus;
	private started = 0;
	private finished = false;

	constructor(
		private readonly api: Scorm12Api | undefined,
		private readonly onstatus: (status: LmsStatus) => void,
		private readonly now: () => number = Date.now
	) {
		this.status = { state: 'absent' };
	}

	get connected(): boolean {
		return !!this.api && this.started > 0 && !this.finished;
	}

	private report(status: LmsStatus) {
		// The first error stays on screen: a later success does not mean the lost value arrived.
		if (this.status.state === 'error') return;
		this.status = status;
		this.onstatus(status);
	}

	/** The LMS's last error in words, e.g. "error 405: incorrect data type". */
	private lastError(): string {
		const api = this.api!;
		let code = '';
		let words = '';
		try {
			code = String(api.LMSGetLastError());
			words = String(api.LMSGetErrorString(code) ?? '');
		} catch {
			// An LMS whose error calls fail still failed: say so without the details.
		}
		words ||= ERROR_WORDS[code] ?? 'no reason given';
		return code && code !== '0' ? `error ${code}: ${words}` : words;
	}

	private call(what: () => string): boolean {
		try {
			return String(what()) === 'true';
		} catch {
			return false;
		}
	}

	start(): boolean {
		if (!this.api) {
			this.report({ state: 'absent' });
			return false;
		}
		if (this.started) return this.connected;
		if (!this.call(() => this.api!.LMSInitialize(''))) {
			this.report({
				state: 'error',
				message: `Your school’s LMS would not start this module (${this.lastError()}), so your results are not being sent. Close this window and open the module from the LMS again.`
			});
			return false;
		}
		this.started = this.now();
		this.report({ state: 'connected' });
		return true;
	}

	get(element: string): string {
		if (!this.connected) return '';
		try {
			return String(this.api!.LMSGetValue(element) ?? '');
		} catch {
			return '';
		}
	}

	/** Sets a value, checked first against SCORM 1.2's limits; false (and the student told) if it was not. */
	set(element: string, value: string, interactionType?: InteractionType): boolean {
		if (!this.connected) return false;
		const problem = checkValue(element, value, interactionType);
		if (problem) {
			this.report({
				state: 'error',
				message: `Lectern could not send ${describe(element)} to your school’s LMS: ${problem}. Tell your teacher.`
			});
			return false;
		}
		if (this.call(() => this.api!.LMSSetValue(element, value))) return true;
		this.report({
			state: 'error',
			message: `Your school’s LMS did not accept ${describe(element)} (${this.lastError()}). Your teacher may not see it: tell them.`
		});
		return false;
	}

	/** Sends what was set so far, with the time spent (LMSs add it up at the end). */
	commit(): boolean {
		if (!this.connected) return false;
		this.set('cmi.core.session_time', timespan(this.now() - this.started));
		if (this.call(() => this.api!.LMSCommit(''))) return true;
		this.report({
			state: 'error',
			message: `Your school’s LMS could not save your work (${this.lastError()}). Keep this window open and tell your teacher.`
		});
		return false;
	}

	finish(): void {
		if (!this.connected) return;
		this.set('cmi.core.session_time', timespan(this.now() - this.started));
		const ok = this.call(() => this.api!.LMSFinish(''));
		this.finished = true;
		if (!ok)
			this.report({
				state: 'error',
				message: `Your school’s LMS did not close the session properly (${this.lastError()}).`
			});
	}
}
