/**
 * Read-aloud settings (kept on the device with the student's other settings) and the choice of a
 * voice among those the device has.
 */

/** The speeds offered, as the utterance's rate (1 is the voice's normal pace). */
export const SPEECH_RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
export const DEFAULT_RATE = 1;

export interface SpeechSettings {
	/** Between the slowest and fastest offered. */
	rate?: number;
	/** The voice chosen for each language (its voiceURI), by the article's `lang` as written. */
	voices?: Record<string, string>;
}

const isText = (value: unknown, max: number): value is string =>
	typeof value === 'string' && value.length > 0 && value.length <= max;

/** Whether a stored value is read-aloud settings Lectern can use (it comes from IndexedDB or a backup). */
export function isSpeechSettings(value: unknown): value is SpeechSettings {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const { rate, voices } = value as Record<string, unknown>;
	const rateOk =
		rate === undefined ||
		(typeof rate === 'number' &&
			rate >= SPEECH_RATES[0] &&
			rate <= SPEECH_RATES[SPEECH_RATES.length - 1]!);
	const voicesOk =
		voices === undefined ||
		(typeof voices === 'object' &&
			voices !== null &&
			!Array.isArray(voices) &&
			Object.entries(voices).every(([lang, uri]) => isText(lang, 35) && isText(uri, 500)));
	return rateOk && voicesOk;
}

/** The few fields of a SpeechSynthesisVoice read here. */
export interface VoiceInfo {
	voiceURI: string;
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

const primary = (lang: string) => lang.toLowerCase().replace('_', '-').split('-')[0]!;

/**
 * The device's voices for a language, those of its exact region first ("en-GB" for an article in
 * `en-GB`, then the other English ones). Only voices on the device: a network voice sends the
 * text away and fails offline.
 */
export function voicesFor<V extends VoiceInfo>(voices: readonly V[], lang: string): V[] {
	const wanted = lang.toLowerCase().replace('_', '-');
	const exact = (v: V) => (v.lang.toLowerCase().replace('_', '-') === wanted ? 0 : 1);
	return voices
		.filter((v) => v.localService && primary(v.lang) === primary(lang))
		.sort((a, b) => exact(a) - exact(b));
}

/** The voice to read with: the one chosen, while the device still has it; else its default one. */
export function chooseVoice<V extends VoiceInfo>(
	voices: readonly V[],
	lang: string,
	chosen?: string
): V | undefined {
	const usable = voicesFor(voices, lang);
	return usable.find((v) => v.voiceURI === chosen) ?? usable.find((v) => v.default) ?? usable[0];
}

/** The stored speed, or the default when unset. */
export const rateOf = (settings: SpeechSettings | undefined): number =>
	settings?.rate ?? DEFAULT_RATE;
