/** What a page asks the service worker about kept modules, and what it answers. */
export type OfflineRequest =
	| { type: 'keep'; slug: string }
	| { type: 'remove'; slug: string }
	| { type: 'kept' }
	/** How the last keeping of `slug` went (awaited if under way); null: none since the worker started. */
	| { type: 'keeping'; slug: string };

/** `storage-full`: the device refused the files; `gone`: the module is no longer in the library. */
export type KeepResult = { ok: true } | { ok: false; reason: 'storage-full' | 'network' | 'gone' };

/** A module on this device: its files' size, and whether the library still has it. */
export interface KeptModule {
	slug: string;
	title: string;
	bytes: number;
	gone: boolean;
}
