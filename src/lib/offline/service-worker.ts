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
	// Whether a worker served this page before the latest change of controller. Read at each
	// change, not once: the tab that installed the first worker is controlled by it from then on.
	let controlled = !!container.controller;
	let reloading = false;
	container.addEventListener('controllerchange', () => {
		const wasControlled = controlled;
		controlled = !!container.controller;
		// The first install takes control silently; a new version (accepted here or in another
		// tab, which deleted the old version's files) reloads the page into it.
		if (!wasControlled || reloading) return;
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
