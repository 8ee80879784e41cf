import { describe, expect, it } from 'vitest';
import { queueFrom, sentences, startBlock } from '../../src/lib/reading/speech-queue';
import { spokenList } from '../../src/lib/reading/speech-list';
import {
	chooseVoice,
	isSpeechSettings,
	rateOf,
	voicesFor,
	type VoiceInfo
} from '../../src/lib/reading/speech-settings';
import { SCHEMA_VERSION, checkSettings } from '../../src/lib/progress/records';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';

const cut = (text: string) => sentences(text).map(({ start, end }) => text.slice(start, end));

describe('read-aloud sentences', () => {
	it('splits a paragraph into sentences without the spaces between them', () => {
		expect(cut('Iraq wants help. It does not want troops!  Why? Ask him.')).toEqual([
			'Iraq wants help.',
			'It does not want troops!',
			'Why?',
			'Ask him.'
		]);
	});

	it('does not end a sentence at a decimal point or inside a quotation', () => {
		expect(cut('About 2.5 thousand troops remain. “We are ready,” he said.')).toEqual([
			'About 2.5 thousand troops remain.',
			'“We are ready,” he said.'
		]);
	});

	it('skips stretches with nothing to say', () => {
		expect(cut(' — ')).toEqual([]);
		expect(cut('')).toEqual([]);
	});
});

describe('what is read from a paragraph on', () => {
	const blocks = [
		{ id: 'title', text: 'A headline' },
		{ id: 'p-1', text: 'First one. Second one.' },
		{ id: 'p-2', text: 'Third.' }
	];

	it('reads every sentence of the chosen block and the blocks after it, in order', () => {
		expect(queueFrom(blocks, 'p-1')).toEqual([
			{ block: 'p-1', start: 0, end: 10, text: 'First one.' },
			{ block: 'p-1', start: 11, end: 22, text: 'Second one.' },
			{ block: 'p-2', start: 0, end: 6, text: 'Third.' }
		]);
	});

	it('starts at the top when the block is unknown', () => {
		expect(queueFrom(blocks, 'p-9').map((s) => s.text)).toEqual([
			'A headline',
			'First one.',
			'Second one.',
			'Third.'
		]);
	});
});

describe('where reading starts', () => {
	const boxes = [
		{ id: 'p-1', top: -300, bottom: 40 },
		{ id: 'p-2', top: 40, bottom: 300 },
		{ id: 'p-3', top: 300, bottom: 900 }
	];
	const view = { top: 56, bottom: 800 };

	it('is the paragraph with focus, wherever it is', () => {
		expect(startBlock(boxes, view, 'p-3')).toBe('p-3');
	});

	it('is the first paragraph showing below the sticky bar', () => {
		expect(startBlock(boxes, view)).toBe('p-2');
		// A paragraph whose last lines still show counts.
		expect(startBlock(boxes, { top: 0, bottom: 800 })).toBe('p-1');
	});

	it('is nothing when the article is off screen', () => {
		expect(startBlock(boxes, { top: 1000, bottom: 1800 })).toBeUndefined();
	});
});

describe('read-aloud settings', () => {
	it.each([
		['a speed', { rate: 1.5 }],
		['a voice per language', { voices: { en: 'urn:moz-tts:speechd:English', 'en-GB': 'Daniel' } }],
		['nothing set', {}]
	])('accepts %s', (_, value) => expect(isSpeechSettings(value)).toBe(true));

	it.each([
		['a speed too fast', { rate: 10 }],
		['a speed that is not a number', { rate: 'fast' }],
		['voices as a list', { voices: ['Daniel'] }],
		['an empty voice', { voices: { en: '' } }],
		['not an object', 'fast']
	])('refuses %s', (_, value) => expect(isSpeechSettings(value)).toBe(false));

	it('refuses a settings record with damaged speech settings, and keeps good ones', async () => {
		expect(checkSettings({ v: SCHEMA_VERSION, cardFront: 'term', speech: { rate: 0 } })).toEqual({
			ok: false,
			newer: false
		});
		const store = new ProgressStore(memoryStore(), true);
		await store.saveSettings({ speech: { rate: 1.25 } });
		await store.saveSettings({ name: 'Ana' });
		expect(await store.settings()).toEqual({
			cardFront: 'term',
			name: 'Ana',
			speech: { rate: 1.25 }
		});
	});

	it('reads at normal speed when none is set', () => {
		expect(rateOf(undefined)).toBe(1);
		expect(rateOf({ rate: 0.75 })).toBe(0.75);
	});
});

describe('choosing a voice', () => {
	const voice = (voiceURI: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({
		voiceURI,
		name: voiceURI,
		lang,
		localService: true,
		default: false,
		...extra
	});
	const voices = [
		voice('Amélie', 'fr-CA'),
		voice('Daniel', 'en-GB'),
		voice('Samantha', 'en-US', { default: true }),
		voice('Google US English', 'en-US', { localService: false }),
		voice('Moira', 'en_IE')
	];

	it("offers the device's own voices for the article's language, its region first", () => {
		expect(voicesFor(voices, 'en').map((v) => v.name)).toEqual(['Daniel', 'Samantha', 'Moira']);
		expect(voicesFor(voices, 'en-US').map((v) => v.name)).toEqual(['Samantha', 'Daniel', 'Moira']);
		expect(voicesFor(voices, 'de')).toEqual([]);
	});

	it('uses the chosen voice while the device has it, else the default one', () => {
		expect(chooseVoice(voices, 'en', 'Moira')?.name).toBe('Moira');
		expect(chooseVoice(voices, 'en', 'Gone')?.name).toBe('Samantha');
		expect(chooseVoice(voices, 'fr')?.name).toBe('Amélie');
		expect(chooseVoice(voices, 'de')).toBeUndefined();
	});
});

describe('a question and its options read as one text', () => {
	it('ends each part with a full stop where it has no punctuation, so the voice pauses', () => {
		expect(
			spokenList(['How many troops are in Iraq?', ' 2,500 ', 'About “3,000”.', '', 'None'])
		).toBe('How many troops are in Iraq? 2,500. About “3,000”. None.');
	});
});
