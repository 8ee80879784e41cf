/** Tells other open tabs that progress changed, so their pages update without a reload. */
const NAME = 'lectern-progress';

/** 'erased': everything was removed; a tab must not write back what it still holds in memory. */
type Message = 'changed' | 'erased';

function announce(message: Message): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(NAME);
	channel.postMessage(message);
	channel.close();
}

function listen(listener: (message: Message) => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(NAME);
	channel.onmessage = (event: MessageEvent<Message>) => listener(event.data);
	return () => channel.close();
}

export const announceChange = () => announce('changed');
export const announceErase = () => announce('erased');

/** Any change made in another tab, an erase included. */
export const onChange = (listener: () => void) => listen(() => listener());

/** Progress erased in another tab. */
export const onErase = (listener: () => void) =>
	listen((message) => {
		if (message === 'erased') listener();
	});
