// No ts-fsrs here: stored settings are checked by records.ts, which the quiz player loads.

/** FSRS's own default, and Anki's. */
export const DEFAULT_RETENTION = 0.9;

/**
 * Review the student can pace, as Anki's deck options: a daily limit of new words and of reviews,
 * and the desired retention FSRS schedules for. Kept in the student's settings on the device.
 */
export interface Pacing {
	/** New glossary words a day. */
	newWords: number;
	/** Reviews a day, of words and of questions (each counted on its own). */
	reviews: number;
	/** The chance of still remembering an item when it falls due (FSRS's desired retention). */
	retention: number;
}

export const DEFAULT_PACING: Pacing = {
	newWords: 10,
	reviews: 50,
	retention: DEFAULT_RETENTION
};

export const PACING_LIMITS = {
	newWords: { min: 1, max: 100 },
	reviews: { min: 1, max: 500 },
	retention: { min: 0.7, max: 0.97 }
} as const;

/** Whether a stored value is one the settings allow (whole counts; retention a share). */
export function isPacingValue(key: keyof Pacing, value: unknown): boolean {
	const { min, max } = PACING_LIMITS[key];
	return (
		typeof value === 'number' &&
		Number.isFinite(value) &&
		value >= min &&
		value <= max &&
		(key === 'retention' || Number.isInteger(value))
	);
}
