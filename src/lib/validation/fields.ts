import { z } from 'zod';

/**
 * Text as the teacher typed it. YAML reads numbers as text already (see yaml.ts);
 * `true`/`false` written where text is expected are taken as the words.
 */
export const text = () =>
	z.preprocess(
		(value) => (typeof value === 'boolean' ? String(value) : value),
		z.string().trim().min(1)
	);

/** A whole number typed in YAML (which reads it as text, see yaml.ts). */
export const wholeNumber = () =>
	z.preprocess(
		(value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
		z.number().int().min(1).max(1000)
	);

/** A whole percentage, 0 to 100, typed in YAML. */
export const percentage = () =>
	z.preprocess(
		(value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
		z.number().int().min(0).max(100)
	);

/** Always a list, so `skills: recall` is not a trap. */
export const listOf = <T extends z.ZodType>(item: T, min = 0) =>
	z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(item).min(min));

/** A date as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
export const isoDate = () =>
	z.string().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2})?$/, {
		error: 'Expected a date written YYYY-MM-DD, optionally with a time: YYYY-MM-DDTHH:MM'
	});

export const slug = () =>
	z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: 'Use lowercase letters, digits and single hyphens only, e.g. `troop-level`'
	});
