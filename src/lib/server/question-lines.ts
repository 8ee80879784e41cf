import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYaml } from '../validation/yaml';
import { questionsDir } from './content';

/**
 * Where each question of a module is written: the bank file (as a teacher would type its path)
 * and the line of each question's `- id:`, so class results can say which line to fix.
 */
export function questionLines(slug: string): { file: string; lines: Map<string, number> } {
	const path = join(questionsDir(), `${slug}.yaml`);
	const file = relative(process.cwd(), path) || path;
	const lines = new Map<string, number>();
	if (!existsSync(path)) return { file, lines };
	const yaml = parseYaml(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), file);
	const questions = (yaml.value as { questions?: unknown })?.questions;
	if (!Array.isArray(questions)) return { file, lines };
	questions.forEach((q: { id?: unknown }, i) => {
		if (typeof q?.id === 'string') lines.set(q.id, yaml.locate(['questions', i]).line);
	});
	return { file, lines };
}
