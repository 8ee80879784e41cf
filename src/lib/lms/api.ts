/** The SCORM 1.2 run-time API an LMS puts on a window above the module (RTE 3.3). */
export interface Scorm12Api {
	LMSInitialize(parameter: ''): string;
	LMSFinish(parameter: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(parameter: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
	LMSGetDiagnostic(code: string): string;
}

/** How far up ADL's own discovery algorithm looks before giving up. */
const MAX_LEVELS = 500;

interface Frame {
	API?: unknown;
	parent: Frame | null;
	opener?: Frame | null;
}

function isApi(value: unknown): value is Scorm12Api {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as Scorm12Api).LMSInitialize === 'function' &&
		typeof (value as Scorm12Api).LMSSetValue === 'function'
	);
}

/** A window's `API`, or undefined where another origin's window may not be read. */
function apiOf(frame: Frame): Scorm12Api | undefined {
	try {
		return isApi(frame.API) ? frame.API : undefined;
	} catch {
		return undefined;
	}
}

function parentOf(frame: Frame): Frame | null {
	try {
		return frame.parent;
	} catch {
		return null;
	}
}

function searchUp(start: Frame): Scorm12Api | undefined {
	let frame = start;
	for (let level = 0; level <= MAX_LEVELS; level++) {
		const api = apiOf(frame);
		if (api) return api;
		const parent = parentOf(frame);
		if (!parent || parent === frame) return undefined;
		frame = parent;
	}
	return undefined;
}

/**
 * Finds the LMS's API the standard way: this window and its parents (up to 500 levels), then
 * the window that opened this one and its parents, as LMSs that launch in a new window expect.
 */
export function findApi(start: Frame): Scorm12Api | undefined {
	const found = searchUp(start);
	if (found) return found;
	let opener: Frame | null | undefined;
	try {
		opener = start.opener;
	} catch {
		opener = undefined;
	}
	return opener ? searchUp(opener) : undefined;
}
