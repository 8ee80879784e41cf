/**
 * Registers the service worker and reports when a new version is waiting. The new worker
 * takes over only when the reader accepts (applyUpdate), then the page reloads once.
 */
export interface OfflineHooks {
	onUpdateReady: (apply: () => void) => void;
}

export function registerServiceWorker(url: string, type: WorkerType, hooks: OfflineHooks): void {
	if (!('serviceWorker' in navigator)) return;
	const container = navigator.serviceWorker;
	const hadController = !!container.controller;
	let reloading = false;
	container.addEventListener('controllerchange', () => {
		// The first install takes control silently; later ones reload into the new version.
		if (!hadController || reloading) return;
		reloading = true;
		location.reload();
	});

	container
		.register(url, { type })
		.then((registration) => {
			const offer = (worker: ServiceWorker) =>
				hooks.onUpdateReady(() => worker.postMessage('skip-waiting'));
			if (registration.waiting && container.controller) offer(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed' && container.controller) offer(worker);
				});
			});
		})
		.catch(() => {
			// Without a worker the site still works online; nothing to tell the reader.
		});
}
