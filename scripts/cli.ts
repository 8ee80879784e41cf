/** What the teacher-facing CLIs share: reading their arguments, and stopping with a message. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints the message (no stack trace) and exits with status 1. */
export function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

/** Positional arguments and options; an unknown or incomplete option stops with the usage. */
export function readArgs<T extends NonNullable<ParseArgsConfig['options']>>(
	options: T,
	usage: string
) {
	try {
		return parseArgs({
			args: process.argv.slice(2),
			options,
			allowPositionals: true,
			strict: true
		});
	} catch (error) {
		fail(`${(error as Error).message}\n${usage}`);
	}
}
