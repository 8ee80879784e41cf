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

/** A share between 0 and 1 typed in YAML, as a decimal (`0.25`) or a fraction (`1/3`). */
export const share = () =>
	z.preprocess((value) => {
		if (typeof value !== 'string') return value;
		const fraction = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
		if (fraction) return Number(fraction[2]) ? Number(fraction[1]) / Number(fraction[2]) : value;
		return /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : value;
	}, z.number().min(0).max(1));

/** A small whole number typed in YAML, from `min` to `max`. */
export const count = (min: number, max: number) =>
	z.preprocess(
		(value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
		z.number().int().min(min).max(max)
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

/** A BCP 47 language tag (`en`, `en-GB`, `pt-BR`), as the browser's `lang` attribute takes it. */
export const languageTag = () =>
	z
		.string()
		.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, {
			error: 'Expected a language tag such as `en`, `en-GB` or `fr`'
		})
		.refine(
			(tag) => {
				try {
					return Intl.getCanonicalLocales(tag).length === 1;
				} catch {
					return false;
				}
			},
			{ error: 'Expected a language tag such as `en`, `en-GB` or `fr`' }
		);
