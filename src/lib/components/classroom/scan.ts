/**
 * Reads a QR code from a picture: a camera frame or an image file go through the same steps,
 * so a test that decodes a screenshot tests what the camera does. BarcodeDetector where the
 * browser has one for QR codes (Android, macOS, ChromeOS), jsQR everywhere else.
 */
interface Detector {
	detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
	new (options: { formats: string[] }): Detector;
	getSupportedFormats(): Promise<string[]>;
}

let detector: Promise<Detector | undefined> | undefined;

function nativeDetector(): Promise<Detector | undefined> {
	detector ??= (async () => {
		const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
		if (!Native) return undefined;
		try {
			const formats = await Native.getSupportedFormats();
			return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : undefined;
		} catch {
			return undefined;
		}
	})();
	return detector;
}

/** Long sides above this are scaled down: jsQR's time grows with the pixels, not the code. */
const MAX_SIDE = 1200;
const SCALES = [1, 0.75, 0.5];

let canvas: HTMLCanvasElement | undefined;

/** The text of the first QR code in the picture, or undefined when there is none to read. */
export async function decodeQr(
	source: CanvasImageSource,
	width: number,
	height: number
): Promise<string | undefined> {
	if (!width || !height) return undefined;
	const native = await nativeDetector();
	if (native) {
		try {
			const [found] = await native.detect(source);
			if (found) return found.rawValue;
		} catch {
			// Some sources the native detector refuses: jsQR reads them below.
		}
	}
	const { default: jsQR } = await import('jsqr');
	const fit = Math.min(1, MAX_SIDE / Math.max(width, height));
	// jsQR misses some dense codes at one scale and reads them at another (a module 3.7 pixels
	// wide, say): a few scales are tried, largest first.
	for (const scale of SCALES) {
		const w = Math.round(width * fit * scale);
		const h = Math.round(height * fit * scale);
		if (Math.min(w, h) < 100) break;
		canvas ??= document.createElement('canvas');
		canvas.width = w;
		canvas.height = h;
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) return undefined;
		context.drawImage(source, 0, 0, w, h);
		// Both ways round: a code shown light on dark (a phone in dark mode) reads too.
		const found = jsQR(context.getImageData(0, 0, w, h).data, w, h, {
			inversionAttempts: 'attemptBoth'
		});
		if (found?.data) return found.data;
	}
	return undefined;
}

/** An image file (a photo or screenshot of a code) through the same steps. */
export async function decodeQrFile(file: Blob): Promise<string | undefined> {
	const bitmap = await createImageBitmap(file).catch(() => undefined);
	if (!bitmap) return undefined;
	try {
		return await decodeQr(bitmap, bitmap.width, bitmap.height);
	} finally {
		bitmap.close();
	}
}
