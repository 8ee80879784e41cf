/**
 * The article's glossary toggletips, one at a time across the page. Loaded on the first tap,
 * click or Enter on a term (ArticleView's one listener): reading the article needs none of it.
 * A term is `button.term[aria-controls]` beside its empty `role="status"` region; the bubble is
 * put into the region, so a screen reader announces the definition.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

export interface TipContent {
	term: string;
	/** Rendered at build time from Markdown with HTML off. */
	definitionHtml: string;
	href: string;
}

let close: ((refocus?: boolean) => void) | undefined;

/** Opens the term's definition, or closes it when it is the one open. */
export function toggle(button: HTMLButtonElement, content: TipContent): void {
	const wasOpen = button.getAttribute('aria-expanded') === 'true';
	close?.();
	if (!wasOpen) open(button, content);
}

function open(button: HTMLButtonElement, content: TipContent): void {
	const region = document.getElementById(button.getAttribute('aria-controls') ?? '');
	const wrap = button.parentElement;
	if (!region || !wrap) return;

	const bubble = document.createElement('span');
	bubble.className = 'tip';
	const headword = document.createElement('strong');
	headword.className = 'headword';
	headword.textContent = content.term;
	const definition = document.createElement('span');
	definition.className = 'definition';
	definition.innerHTML = content.definitionHtml;
	const more = document.createElement('a');
	more.className = 'more';
	more.href = content.href;
	more.textContent = 'More in the glossary';
	bubble.append(headword, ' ', definition, ' ', more);
	region.replaceChildren(bubble);
	button.setAttribute('aria-expanded', 'true');
	offerListening(bubble, `${content.term}. ${definition.textContent ?? ''}`, button);

	const stopPositioning = autoUpdate(button, bubble, () => {
		computePosition(button, bubble, {
			strategy: 'fixed',
			// Above the term first: it covers lines already read rather than the next ones,
			// and on a phone the finger is not over it. Below when the sticky bar is in the way.
			placement: 'top-start',
			middleware: [
				offset(6),
				flip({ padding: { top: 64, right: 8, bottom: 8, left: 8 } }),
				shift({ padding: 8 }),
				size({
					padding: 8,
					// At 400% zoom a definition can be taller than the room left: it scrolls.
					apply({ availableWidth, availableHeight }) {
						bubble.style.maxWidth = `${Math.min(availableWidth, 352)}px`;
						bubble.style.maxHeight = `${availableHeight}px`;
					}
				})
			]
		}).then(({ x, y }) => {
			bubble.style.left = `${x}px`;
			bubble.style.top = `${y}px`;
			bubble.style.visibility = 'visible';
		});
	});

	const onKey = (event: KeyboardEvent) => {
		if (event.key === 'Escape') shut(true);
	};
	// A tap anywhere but the term and the bubble's links closes it: on a phone the bubble
	// covers words the reader may be reaching for.
	const onPointer = (event: PointerEvent) => {
		const target = event.target as Element;
		if (button.contains(target)) return;
		if (bubble.contains(target) && target.closest('a, button')) return;
		shut();
	};
	// Tabbing on past the term and its bubble closes it, so it never lingers over the next lines.
	const onFocusOut = (event: FocusEvent) => {
		const next = event.relatedTarget as Node | null;
		if (next && !wrap.contains(next)) shut();
	};
	document.addEventListener('keydown', onKey);
	document.addEventListener('pointerdown', onPointer);
	wrap.addEventListener('focusout', onFocusOut);

	/** Only Escape hands focus back to the term. */
	function shut(refocus = false) {
		stopPositioning();
		document.removeEventListener('keydown', onKey);
		document.removeEventListener('pointerdown', onPointer);
		wrap!.removeEventListener('focusout', onFocusOut);
		stopListening?.();
		region!.replaceChildren();
		button.setAttribute('aria-expanded', 'false');
		if (close === shut) close = undefined;
		if (refocus) button.focus();
	}
	close = shut;
	// This code loads on the first press: if focus moved on to another control meanwhile, the
	// focusout above has passed, so the bubble would linger over the lines that follow.
	const focused = document.activeElement;
	if (focused && focused !== document.body && !wrap.contains(focused)) shut();
}

let stopListening: (() => void) | undefined;

/**
 * A "Listen" button at the end of the bubble when the device has a voice for the article's
 * language (read-aloud's code loads then, off the article's first load).
 */
function offerListening(bubble: HTMLElement, text: string, term: HTMLElement): void {
	const lang = term.closest<HTMLElement>('[lang]')?.lang || 'en';
	import('../speech/speaker').then(async ({ voicesForLang, listen }) => {
		if (!(await voicesForLang(lang)).length || !bubble.isConnected) return;
		const listenButton = document.createElement('button');
		listenButton.type = 'button';
		listenButton.className = 'listen';
		listenButton.setAttribute('aria-pressed', 'false');
		listenButton.setAttribute('aria-label', 'Listen to the definition');
		const show = (playing: boolean) => {
			listenButton.setAttribute('aria-pressed', String(playing));
			listenButton.textContent = playing ? '■ Listen' : '▶ Listen';
		};
		show(false);
		listenButton.addEventListener('click', async () => {
			if (listenButton.getAttribute('aria-pressed') === 'true') return stopListening?.();
			show(true);
			stopListening = await listen(text, lang, () => {
				show(false);
				stopListening = undefined;
			});
		});
		bubble.append(listenButton);
	});
}
