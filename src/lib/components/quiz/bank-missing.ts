import type { BankMissing } from '$lib/quiz/bank-file';

/** What the player and the worksheet say when the module's questions could not be had. */
export const bankMissing = (why: BankMissing): string =>
	why === 'gone'
		? 'This module has no questions any more.'
		: 'The questions could not be loaded: this module is not kept on this device, and there is no connection. Connect to the internet and reload the page.';
