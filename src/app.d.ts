// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** The message is the validator's report on the teacher's files. */
			issues?: boolean;
		}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** A quiz link's `seed` that was not one, replaced by a new seed (the quiz says so). */
			badSeed?: string;
		}
		// interface Platform {}
	}
}

export {};
