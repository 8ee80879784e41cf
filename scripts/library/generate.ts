/**
 * A synthetic library for tests and `npm run bench:library`: `count` modules, each with its own
 * text (sentences drawn from a word list with a seeded random generator, so gzip figures are
 * honest), a glossary of words its article uses, tags and a small question bank whose evidence
 * quotes the article. Same seed, same files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORDS } from './words';
import { createRandom } from '../../src/lib/quiz/random';

export const TAGS = ['politics', 'science', 'history', 'economy', 'climate', 'culture', 'health'];

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
/** YAML single-quoted scalar: every generated string is safe inside one. */
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

export interface GeneratedModule {
	slug: string;
	title: string;
	published: string;
	tags: string[];
	/** Words of its glossary, each used in the article. */
	terms: string[];
}

/** The module's text and files, numbered from 1 (its number picks its words, date and tags). */
export function generateModule(
	number: number,
	seed = 1
): GeneratedModule & { files: Record<string, string> } {
	const next = createRandom(`${seed}:${number}`);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const sentence = (length: number) => {
		const words = Array.from({ length }, () => pick(WORDS));
		return `${capital(words.join(' '))}.`;
	};
	const titleWords = [pick(WORDS), pick(WORDS), pick(WORDS)];
	const slug = `m${String(number).padStart(4, '0')}-${titleWords.slice(0, 2).join('-')}`;
	const title = `${capital(titleWords.join(' '))} (${number})`;
	// Newest first on the home page: module 1 is the newest, one a day before.
	const date = new Date(Date.UTC(2026, 10, 30) - (number - 1) * 86_400_000);
	const published = date.toISOString().slice(0, 10);
	const tags = [...new Set([pick(TAGS), pick(TAGS)])];

	const paragraphs = Array.from({ length: 6 + Math.floor(next() * 5) }, () =>
		Array.from({ length: 3 + Math.floor(next() * 3) }, () =>
			sentence(8 + Math.floor(next() * 9))
		).join(' ')
	);
	const used = [
		...new Set(
			paragraphs
				.join(' ')
				.toLowerCase()
				.match(/[a-z]+/g)
		)
	];
	const terms: string[] = [];
	while (terms.length < 6) {
		const word = pick(used);
		if (!terms.includes(word)) terms.push(word);
	}
	const firstSentence = (p: string) => p.slice(0, p.indexOf('.') + 1);
	const evidence = (p: string) => firstSentence(p).split(' ').slice(0, 5).join(' ');

	const article = [
		'---',
		`title: ${quote(title)}`,
		`standfirst: ${quote(sentence(12))}`,
		'source:',
		`  name: ${quote(`The ${capital(pick(WORDS))} ${capital(pick(WORDS))}`)}`,
		`published: ${published}`,
		`added: ${published}`,
		`tags: [${tags.join(', ')}]`,
		`credit: ${quote('Synthetic text for tests and benchmarks.')}`,
		'---',
		'',
		paragraphs.join('\n\n'),
		''
	].join('\n');
	const glossary = [
		'terms:',
		...terms.flatMap((term) => [
			`  - term: ${term}`,
			'    category: word',
			`    definition: ${quote(sentence(10))}`
		]),
		''
	].join('\n');
	const [p1, p2, p3] = paragraphs as [string, string, string];
	const questions = [
		`module: ${slug}`,
		'questions:',
		'  - id: first-words',
		'    type: single',
		`    prompt: ${quote(`How does the article begin? ${sentence(5)}`)}`,
		'    options:',
		`      - text: ${quote(evidence(p1))}`,
		'        correct: true',
		`      - text: ${quote(sentence(5))}`,
		`    explanation: ${quote(sentence(9))}`,
		`    evidence: [${quote(evidence(p1))}]`,
		'    difficulty: easy',
		'    skills: [recall]',
		'  - id: second',
		'    type: true-false',
		`    prompt: ${quote(`The second paragraph begins: ${evidence(p2)}`)}`,
		'    answer: true',
		`    explanation: ${quote(sentence(9))}`,
		`    evidence: [${quote(evidence(p2))}]`,
		'    difficulty: medium',
		'    skills: [inference]',
		'  - id: word',
		'    type: short-answer',
		`    prompt: ${quote(`Which word opens the third paragraph? ${sentence(4)}`)}`,
		`    answers: [${quote(p3.split(' ')[0]!)}]`,
		`    explanation: ${quote(sentence(9))}`,
		`    evidence: [${quote(evidence(p3))}]`,
		'    difficulty: easy',
		'    skills: [vocabulary]',
		''
	].join('\n');
	return {
		slug,
		title,
		published,
		tags,
		terms,
		files: {
			[`content/${slug}/article.md`]: article,
			[`content/${slug}/glossary.yaml`]: glossary,
			[`questions/${slug}.yaml`]: questions
		}
	};
}

/** Writes `count` modules to `dir`/content and `dir`/questions (emptied first). */
export function generateLibrary(dir: string, count: number, seed = 1): GeneratedModule[] {
	for (const folder of ['content', 'questions']) {
		rmSync(join(dir, folder), { recursive: true, force: true });
		mkdirSync(join(dir, folder), { recursive: true });
	}
	const modules: GeneratedModule[] = [];
	for (let n = 1; n <= count; n++) {
		const { files, ...module } = generateModule(n, seed);
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		modules.push(module);
	}
	return modules;
}
