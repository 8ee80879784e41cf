import type { Page } from '@playwright/test';

/** What a keyboard user sees of the focused element (issue 20: WCAG 2.4.11, 1.4.11, 2.4.3). */
export interface FocusReport {
	/** Focus is on the page itself (dropped), not on a control. */
	body: boolean;
	/** The start of the focused element's HTML, to name it in a failure. */
	what: string;
	/** Its accessible name as a user hears it (aria-label, else its text). */
	name: string;
	tag: string;
	/** `type` of an input or button. */
	type: string;
	disabled: boolean;
	/** A checkbox or radio that is checked, a select with an answer, a text box with text. */
	filled: boolean;
	/** Pixels of its height covered by a sticky or fixed element that does not contain it. */
	hidden: number;
	/** The element covering it. */
	hiddenBy: string;
	/** Contrast of its focus ring against what lies behind the ring; null: no ring drawn. */
	ratio: number | null;
	/** The ring's colour and the colour behind it, to explain a low ratio. */
	ring: string;
	behind: string;
	/** Focus went backwards in the page since the last report (Tab) or forwards (Shift+Tab). */
	wrapped: boolean;
}

/**
 * Reports on the focused element, in one round trip: is it covered by a sticky or fixed bar (its
 * rectangle against theirs), and how does its focus ring contrast with what is behind it.
 *
 * The ring is the element's outline, or an ancestor's drawn for it (`.pick:has(select:focus-visible)`),
 * or its box-shadow. What is behind is found at the middle of the ring's stroke on each side, with
 * the backgrounds of the elements painted there composited down to the first opaque one, so a ring
 * over the header, a card or a highlighted row is judged against that and not against the page.
 * `direction` tells which way focus moved, to notice a walk that has gone round the page.
 */
export function inspectFocus(page: Page, direction: 'forward' | 'backward'): Promise<FocusReport> {
	return page.evaluate((direction) => {
		type RGBA = [number, number, number, number];
		const w = window as unknown as { __lastFocus?: Element };
		const el = document.activeElement as HTMLElement | null;
		const last = w.__lastFocus;
		w.__lastFocus = el ?? undefined;
		const none = {
			what: 'body',
			name: '',
			tag: 'body',
			type: '',
			disabled: false,
			filled: false,
			hidden: 0,
			hiddenBy: '',
			ratio: null,
			ring: '',
			behind: ''
		};
		if (!el || el === document.body || el === document.documentElement)
			return { ...none, body: true, wrapped: true };
		const order = last && last !== el && last.isConnected ? el.compareDocumentPosition(last) : 0;
		const wrapped =
			direction === 'forward'
				? !!(order & Node.DOCUMENT_POSITION_FOLLOWING)
				: !!(order & Node.DOCUMENT_POSITION_PRECEDING);

		// ---- covered by a sticky or fixed element
		const box = el.getBoundingClientRect();
		let hidden = 0;
		let hiddenBy = '';
		for (const bar of document.body.querySelectorAll<HTMLElement>('*')) {
			const style = getComputedStyle(bar);
			if (style.position !== 'sticky' && style.position !== 'fixed') continue;
			// A bar inside the focused element (the module tabs in <main>) does not hide it.
			if (bar.contains(el) || el.contains(bar) || style.visibility === 'hidden') continue;
			const cover = bar.getBoundingClientRect();
			// A sticky bar only covers once it sticks: it then lies over the content scrolled under it.
			const overlap = Math.min(box.bottom, cover.bottom) - Math.max(box.top, cover.top);
			const across = Math.min(box.right, cover.right) - Math.max(box.left, cover.left);
			if (overlap > 0 && across > 0 && overlap > hidden) {
				hidden = overlap;
				hiddenBy = bar.outerHTML.slice(0, 60);
			}
		}

		// ---- focus ring contrast
		const parse = (color: string): RGBA | null => {
			const srgb = color.match(/^color\(srgb ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)(?: \/ ([\d.]+))?\)/);
			if (srgb) return [+srgb[1]! * 255, +srgb[2]! * 255, +srgb[3]! * 255, srgb[4] ? +srgb[4] : 1];
			const rgb = color.match(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:(?:,| \/) ([\d.]+))?\)/);
			if (rgb) return [+rgb[1]!, +rgb[2]!, +rgb[3]!, rgb[4] ? +rgb[4] : 1];
			return null;
		};
		const over = (top: RGBA, under: RGBA): RGBA => {
			const a = top[3];
			return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as RGBA;
		};
		const luminance = ([r, g, b]: RGBA) => {
			const lin = (v: number) => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
		};
		const contrast = (a: RGBA, b: RGBA) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (hi! + 0.05) / (lo! + 0.05);
		};
		const outlined = (e: Element) => {
			const s = getComputedStyle(e);
			return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
		};
		let ringEl: Element | null = outlined(el) ? el : null;
		for (let up = el.parentElement, n = 0; !ringEl && up && n < 4; up = up.parentElement, n++)
			if (up.matches(':has(:focus-visible)') && outlined(up)) ringEl = up;
		let ringColor: RGBA | null = null;
		let reach = 0;
		if (ringEl) {
			const s = getComputedStyle(ringEl);
			ringColor = parse(s.outlineColor);
			reach = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth) / 2;
		} else {
			const shadow = getComputedStyle(el).boxShadow;
			const spread = shadow.match(/\) (-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px/);
			if (shadow !== 'none' && spread && +spread[4]! > 0) {
				ringEl = el;
				ringColor = parse(shadow);
				reach = +spread[4]! / 2;
			}
		}
		const canvas = parse(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
		/** The colour painted at (x, y) under everything inside the ring's element. */
		const behindAt = (x: number, y: number, ring: Element): RGBA => {
			const layers: RGBA[] = [];
			for (const e of document.elementsFromPoint(x, y)) {
				if (e === ring || ring.contains(e)) continue;
				const bg = parse(getComputedStyle(e).backgroundColor);
				if (!bg || bg[3] === 0) continue;
				layers.push(bg);
				if (bg[3] === 1) break;
			}
			return layers.reduceRight((under, top) => over(top, under), canvas);
		};
		let ratio: number | null = null;
		let ring = '';
		let behind = '';
		if (ringEl && ringColor) {
			const r = ringEl.getBoundingClientRect();
			const points = [
				[r.left + r.width / 2, r.top - reach],
				[r.left + r.width / 2, r.bottom + reach],
				[r.left - reach, r.top + r.height / 2],
				[r.right + reach, r.top + r.height / 2]
			].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
			// Off screen on every side: judge it against its parents, as it will show once scrolled to.
			const backs = points.length ? points.map(([x, y]) => behindAt(x!, y!, ringEl)) : [canvas];
			for (const back of backs) {
				const shown = over(ringColor, back);
				const value = contrast(shown, back);
				if (ratio === null || value < ratio) {
					ratio = value;
					ring = `rgb(${shown.slice(0, 3).map(Math.round).join(' ')})`;
					behind = `rgb(${back.slice(0, 3).map(Math.round).join(' ')})`;
				}
			}
		}

		const filled =
			el instanceof HTMLSelectElement
				? el.selectedIndex > 0
				: el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
					? el.checked
					: 'value' in el && !!el.value;
		return {
			body: false,
			what: el.outerHTML.slice(0, 100),
			name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
			tag: el.tagName.toLowerCase(),
			type: el.getAttribute('type') ?? '',
			disabled: (el as HTMLButtonElement).disabled ?? false,
			filled,
			hidden,
			hiddenBy,
			ratio,
			ring,
			behind,
			wrapped
		};
	}, direction);
}
