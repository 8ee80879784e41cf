/**
 * Writing a CLI's `--out` file: a path that cannot be written stops the CLI with what is wrong
 * with that path (a file where a folder should be, a folder, no permission), never a stack trace.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fail } from './cli';

/** The nearest part of `path` above it that exists and is a file, where a folder is needed. */
function fileInTheWay(path: string): string | undefined {
	for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
		if (existsSync(dir)) return statSync(dir).isDirectory() ? undefined : dir;
	}
	return undefined;
}

/**
 * What is wrong with `path` as a file to write, from the path itself or from the error writing
 * it failed with; undefined when nothing is known to be wrong. `example` is a file name to suggest.
 */
export function outProblem(path: string, example: string, error?: unknown): string | undefined {
	const blocking = fileInTheWay(path);
	if (blocking) return `${blocking} is a file, not a folder, so nothing can be written inside it`;
	if (existsSync(path) && statSync(path).isDirectory()) {
		return `it is a folder: give a file name inside it, e.g. ${join(path, example)}`;
	}
	if (error === undefined) return undefined;
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EACCES' || code === 'EPERM') return 'you have no permission to write there';
	if (code === 'EROFS') return 'that disk is read-only';
	if (code === 'ENOSPC') return 'the disk is full';
	return error instanceof Error ? error.message : String(error);
}

const stop = (path: string, reason: string): never =>
	fail(`--out ${path} cannot be written: ${reason}.\nChoose another --out path.`);

/** Stops before any work is done when `--out` is a folder or lies inside a file. */
export function checkOut(path: string, example: string): void {
	const problem = outProblem(path, example);
	if (problem) stop(path, problem);
}

/** Writes the file, creating its folders. */
export function writeOut(path: string, text: string, example: string): void {
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	} catch (error) {
		stop(path, outProblem(path, example, error)!);
	}
}
