/**
 * Read-aloud through the browser's own speechSynthesis: one utterance per sentence, the sentence
 * being read highlighted (CSS Custom Highlight API: no markup changed, nothing inline for the CSP)
 * and kept on screen. Only one thing is read at a time across the page: the article, or a
 * "Listen" button's text.
 */
import {
	queueFrom,
	startBlock,
	type ReadableBlock,
	type Sentence
} from '$lib/reading/speech-queue';
import { chooseVoice, rateOf, voicesFor } from '$lib/reading/speech-settings';

const HIGHLIGHT = 'read-aloud';

/** The device's voices. Chromium lists them only after `voiceschanged`: wait a little for it. */
export function deviceVoices(): Promise<SpeechSynthesisVoice[]> {
	const synth = globalThis.speechSynthesis;
	if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return Promise.resolve([]);
	const now = synth.getVoices();
	if (now.length) return Promise.resolve(now);
	return new Promise((resolve) => {
		const done = () => {
			synth.removeEventListener('voiceschanged', done);
			clearTimeout(timer);
			resolve(synth.getVoices());
		};
		const timer = setTimeout(done, 1500);
		synth.addEventListener('voiceschanged', done);
	});
}

/** The voices this device has for a language (on the device itself: see voicesFor). */
export const voicesForLang = async (lang: string) => voicesFor(await deviceVoices(), lang);

/** The voice and speed the student chose, read from the settings kept on the device. */
export async function voiceSettings(lang: string) {
	const [voices, settings] = await Promise.all([
		deviceVoices(),
		import('$lib/progress/browser')
			.then(({ openProgress }) => openProgress())
			.then((store) => store.settings())
			.then((s) => s.speech)
			.catch(() => undefined)
	]);
	return {
		voice: chooseVoice(voices, lang, settings?.voices?.[lang]),
		rate: rateOf(settings)
	};
}

/** Whatever is reading now (the article or a listen button), so that starting one stops the other. */
let active: { stop(): void } | undefined;

export type ReaderState = 'idle' | 'reading' | 'paused';

interface Options {
	lang: string;
	voice?: SpeechSynthesisVoice;
	rate: number;
	onstate: (state: ReaderState) => void;
	/** Called as each sentence starts, with the element it is in. */
	onsentence?: (element: HTMLElement) => void;
}

/** A block's text as a reader sees it, with where each text node starts in it. */
function textOf(element: HTMLElement): { text: string; nodes: { node: Text; start: number }[] } {
	const nodes: { node: Text; start: number }[] = [];
	let text = '';
	const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
		// Not the ¶ links, an open definition, or the listen buttons.
		acceptNode: (node) =>
			node.parentElement?.closest('.anchor, .region, .no-speech')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT
	});
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		nodes.push({ node: node as Text, start: text.length });
		text += node.nodeValue ?? '';
	}
	return { text, nodes };
}

/** The DOM range of characters start..end of a block's text. */
function rangeOf(element: HTMLElement, start: number, end: number): Range | undefined {
	const { nodes } = textOf(element);
	const at = (offset: number, isEnd: boolean) => {
		const found = nodes.findLast((n) =>
			isEnd ? n.start < offset : n.start <= offset && offset <= n.start + n.node.length
		);
		return found && ([found.node, offset - found.start] as const);
	};
	const from = at(start, false);
	const to = at(end, true);
	if (!from || !to) return undefined;
	const range = document.createRange();
	range.setStart(...from);
	range.setEnd(...to);
	return range;
}

function highlight(range: Range | undefined): void {
	if (typeof CSS === 'undefined' || !CSS.highlights) return;
	if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
	else CSS.highlights.delete(HIGHLIGHT);
}

/** Scrolls the sentence into the middle of the screen when it is not in view (clear of the bars). */
function keepInView(range: Range): void {
	const box = range.getBoundingClientRect();
	const top = 64;
	const bottom = innerHeight - 96;
	if (box.top >= top && box.bottom <= bottom) return;
	const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
	scrollBy({ top: box.top - innerHeight / 3, behavior: smooth ? 'smooth' : 'auto' });
}

/**
 * Reads the article from a block on, a sentence at a time. Pausing cancels the speech and keeps
 * the place (speechSynthesis.pause() stops for good on some Android voices); resuming reads the
 * paused sentence again from its start.
 */
export class ArticleReader {
	private queue: Sentence[] = [];
	private elements = new Map<string, HTMLElement>();
	private index = 0;
	private utterance: SpeechSynthesisUtterance | undefined;
	state: ReaderState = 'idle';

	constructor(
		private readonly root: HTMLElement,
		private options: Options
	) {}

	/** New voice or speed: used from the next sentence on. */
	configure(voice: SpeechSynthesisVoice | undefined, rate: number): void {
		this.options = { ...this.options, voice, rate };
	}

	/** The blocks read, in order: headline, standfirst, paragraphs, pull quotes, headings. */
	private blocks(): ReadableBlock[] {
		this.elements.clear();
		return [
			...this.root.querySelectorAll<HTMLElement>('h1, .standfirst, .para, .pull, h2, h3')
		].map((element, i) => {
			const id = element.id || `block-${i}`;
			this.elements.set(id, element);
			return { id, text: textOf(element).text };
		});
	}

	/** Reads from the block with focus, or the first in view. */
	play(): void {
		const blocks = this.blocks();
		const focused = document.activeElement?.closest<HTMLElement>(
			'h1, .standfirst, .para, .pull, h2, h3'
		);
		const boxes = [...this.elements].map(([id, element]) => {
			const { top, bottom } = element.getBoundingClientRect();
			return { id, top, bottom };
		});
		const from = startBlock(
			boxes,
			{ top: 56, bottom: innerHeight },
			focused && this.root.contains(focused)
				? [...this.elements].find(([, e]) => e === focused)?.[0]
				: undefined
		);
		this.queue = queueFrom(blocks, from, this.options.lang);
		this.index = 0;
		this.start();
	}

	pause(): void {
		if (this.state !== 'reading') return;
		this.silence();
		this.set('paused');
	}

	resume(): void {
		if (this.state !== 'paused') return;
		this.start();
	}

	stop(): void {
		if (this.state === 'idle') return;
		this.silence();
		highlight(undefined);
		this.set('idle');
	}

	private start(): void {
		if (active !== this) active?.stop();
		// The one reading now, for whatever starts next to stop.
		// eslint-disable-next-line @typescript-eslint/no-this-alias
		active = this;
		this.set('reading');
		this.speak();
	}

	private silence(): void {
		this.utterance = undefined;
		speechSynthesis.cancel();
	}

	private set(state: ReaderState): void {
		this.state = state;
		if (state === 'idle' && active === this) active = undefined;
		this.options.onstate(state);
	}

	private speak(): void {
		const sentence = this.queue[this.index];
		if (!sentence) {
			this.stop();
			return;
		}
		const { lang, voice, rate } = this.options;
		const utterance = new SpeechSynthesisUtterance(sentence.text);
		utterance.lang = voice?.lang ?? lang;
		if (voice) utterance.voice = voice;
		utterance.rate = rate;
		// Kept in a field: Chromium drops the events of an utterance nothing refers to.
		this.utterance = utterance;
		let shown = false;
		const show = () => {
			if (shown || this.utterance !== utterance) return;
			shown = true;
			const element = this.elements.get(sentence.block);
			const range = element && rangeOf(element, sentence.start, sentence.end);
			highlight(range);
			if (range) keepInView(range);
			if (element) this.options.onsentence?.(element);
		};
		// The first word boundary marks the sentence too: some engines are late with `start`.
		utterance.onstart = show;
		utterance.onboundary = show;
		utterance.onend = () => {
			if (this.utterance !== utterance) return;
			this.index++;
			this.speak();
		};
		utterance.onerror = (event) => {
			if (this.utterance !== utterance) return;
			// A voice that fails on one sentence: go on with the next rather than stall.
			if (event.error === 'interrupted' || event.error === 'canceled') return;
			this.index++;
			this.speak();
		};
		speechSynthesis.speak(utterance);
	}
}

/**
 * Reads a short text (a definition, a question and its options) once. `onend` is called when it
 * ends or is stopped (by another reading starting, or `stop`). Returns the stop function.
 */
export async function listen(text: string, lang: string, onend: () => void): Promise<() => void> {
	const { voice, rate } = await voiceSettings(lang);
	active?.stop();
	speechSynthesis.cancel();
	let utterance: SpeechSynthesisUtterance | undefined = new SpeechSynthesisUtterance(text);
	const finish = () => {
		if (!utterance) return;
		utterance = undefined;
		if (active === self) active = undefined;
		onend();
	};
	const self = {
		stop: () => {
			const was = utterance;
			finish();
			if (was) speechSynthesis.cancel();
		}
	};
	utterance.lang = voice?.lang ?? lang;
	if (voice) utterance.voice = voice;
	utterance.rate = rate;
	utterance.onend = utterance.onerror = finish;
	active = self;
	speechSynthesis.speak(utterance);
	return self.stop;
}
