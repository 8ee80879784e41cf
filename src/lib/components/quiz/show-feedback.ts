/**
 * Brings feedback just shown into view and starts keyboard and screen-reader users at its
 * verdict. On a phone it lands below the fold, under the sticky Back/Next bar (its scroll margin
 * clears the bar). At once, never smoothly: where the quiz is short the bar moves with the page,
 * and a press on Next or See results during a smooth scroll landed on a moving button and was
 * lost (the press and the release fell on different points).
 */
export function showFeedback(box: HTMLElement, verdict: HTMLElement): void {
	verdict.focus({ preventScroll: true });
	box.scrollIntoView({ block: 'nearest' });
}
