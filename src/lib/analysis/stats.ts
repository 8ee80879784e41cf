/** The few statistics item analysis needs, written out so each follows Moodle's definition. */

export function mean(values: readonly number[]): number {
	let sum = 0;
	for (const value of values) sum += value;
	return values.length ? sum / values.length : NaN;
}

/**
 * Pearson's correlation coefficient, or null when it is not defined: fewer than two pairs, or
 * one side that does not vary (everyone got the question right, say).
 */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
	const n = Math.min(xs.length, ys.length);
	if (n < 2) return null;
	const mx = mean(xs.slice(0, n));
	const my = mean(ys.slice(0, n));
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - mx;
		const dy = ys[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	// Sums of squares this small are rounding noise around zero: no variation.
	if (sxx < 1e-12 || syy < 1e-12) return null;
	return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
