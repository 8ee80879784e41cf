/**
 * The page's side of kept modules: it asks the service worker, which owns the caches. Without a
 * worker (an old browser, a private window that refuses one) nothing is kept and keeping fails.
 */
import type { KeepResult, KeptModule, OfflineRequest } from './messages';

export type { KeepResult, KeptModule };

async function ask<T>(request: OfflineRequest): Promise<T> {
	const registration = await navigator.serviceWorker?.ready;
	const worker = registration?.active;
	if (!worker) throw new Error('No service worker');
	return new Promise<T>((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = ({ data }) => resolve(data as T);
		worker.postMessage(request, [channel.port2]);
	});
}

export const keepModule = (slug: string) =>
	ask<KeepResult>({ type: 'keep', slug }).catch(
		(): KeepResult => ({ ok: false, reason: 'network' })
	);

export const removeModule = (slug: string) => ask<{ ok: true }>({ type: 'remove', slug });

/**
 * How the service worker's last keeping of `slug` went (waiting for it if under way): null when
 * it has not kept it since it started, or there is no worker to ask.
 */
export const lastKeep = (slug: string) =>
	ask<KeepResult | null>({ type: 'keeping', slug }).catch(() => null);

export const keptModules = () => ask<KeptModule[]>({ type: 'kept' }).catch(() => []);

/** How much this site stores on the device in all (caches, IndexedDB), if the browser says. */
export async function storageUsed(): Promise<number | undefined> {
	return (await navigator.storage?.estimate?.())?.usage;
}

/** “1.2 MB”, “340 KB”. */
export function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${(bytes / 1024 / 1024).toFixed(1)} MB`
		: `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
