/** Tells other open tabs that progress changed, so their pages update without a reload. */
const NAME = 'lectern-progress';

export function announceChange(): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(NAME);
	channel.postMessage('changed');
	channel.close();
}

export function onChange(listener: () => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(NAME);
	channel.onmessage = () => listener();
	return () => channel.close();
}
