/**
 * The one place that reads teacher files from disk, at build time (and in the CLIs).
 * A module is a folder `content/<slug>/` with article.md and glossary.yaml, plus an
 * optional `questions/<slug>.yaml`. Folders are configurable for tests and other sites:
 * LECTERN_CONTENT_DIR and LECTERN_QUESTIONS_DIR.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArticle } from '../content/article';
import { markedTerms } from '../content/inline';
import type { Article } from '../content/types';
import type { GlossaryEntry } from '../glossary/types';
import { parseGlossary } from '../glossary/load';
import { compileMatcher } from '../glossary/match';
import { parseBank } from '../bank/parse';
import type { QuestionInput } from '../question-types/registry.build';
import type { Bank } from '../bank/types';
import { articleWarnings, markdownSlips } from '../content/markdown-slips';
import { ContentError, sortIssues, withLineText, type ValidationIssue } from '../validation/issues';
import { yamlWarnings } from '../validation/warnings';

export interface StudyModule {
	slug: string;
	article: Article;
	glossary: GlossaryEntry[];
	bank?: Bank;
}

export function contentDir(): string {
	return resolve(process.env.LECTERN_CONTENT_DIR ?? 'content');
}

export function questionsDir(): string {
	return resolve(process.env.LECTERN_QUESTIONS_DIR ?? 'questions');
}

/** Paths in messages are relative to where the teacher runs the command, so editors can open them. */
const display = (path: string) => relative(process.cwd(), path) || path;

function read(path: string): string {
	return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

export function moduleSlugs(): string[] {
	const dir = contentDir();
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
		.sort();
}

export interface ModuleResult {
	module?: StudyModule;
	/** The bank's questions as written, kept out of StudyModule so pages never receive them. */
	questions?: QuestionInput[];
	/** Errors: the module is built only when there are none. */
	issues: ValidationIssue[];
	/** Text students would see wrongly (raw HTML, text cut by `#`...): the module is still built. */
	warnings: ValidationIssue[];
}

/** LECTERN_STRICT=1 (for CI) makes warnings errors, in the build as in `questions:check --strict`. */
export function strictWarnings(): boolean {
	return /^(1|true|yes)$/i.test(process.env.LECTERN_STRICT ?? '');
}

/** Reads one module and checks everything in it; never throws for bad content. */
export function readModule(slug: string, bankFile?: string): ModuleResult {
	const dir = join(contentDir(), slug);
	const articlePath = join(dir, 'article.md');
	const glossaryPath = join(dir, 'glossary.yaml');
	const issues: ValidationIssue[] = [];
	for (const path of [articlePath, glossaryPath]) {
		if (!existsSync(path)) {
			issues.push({
				file: display(path),
				line: 1,
				column: 1,
				path: '',
				message: 'this file is missing',
				fix: 'Every folder in content/ needs article.md and glossary.yaml: see “Adding an article” in README.md.'
			});
		}
	}
	if (issues.length) return { issues, warnings: [] };

	// Every file is checked whatever the others hold, so one run lists every problem.
	const sources = new Map<string, string>();
	const load = (path: string) => {
		const text = read(path);
		sources.set(display(path), text);
		return text;
	};
	const warnings: ValidationIssue[] = [];
	const glossarySource = load(glossaryPath);
	const glossary = parseGlossary(glossarySource, display(glossaryPath));
	issues.push(...glossary.issues);
	warnings.push(...yamlWarnings(glossarySource, display(glossaryPath), markdownSlips));
	const matcher = compileMatcher(
		glossary.entries.map((e) => ({ id: e.id, forms: [e.term, ...e.aliases] }))
	);
	const articleSource = load(articlePath);
	const parsedArticle = parseArticle(articleSource, display(articlePath), slug, matcher);
	issues.push(...parsedArticle.issues);
	warnings.push(...articleWarnings(articleSource, display(articlePath)));
	const article = parsedArticle.article;

	let bank: Bank | undefined;
	let questions: QuestionInput[] | undefined;
	const bankPath = bankFile ?? join(questionsDir(), `${slug}.yaml`);
	// Evidence needs only the article's paragraphs, which are read even when the article has errors.
	if (parsedArticle.paragraphs && existsSync(bankPath)) {
		const bankSource = load(bankPath);
		const parsedBank = parseBank(bankSource, display(bankPath), {
			slug,
			paragraphs: parsedArticle.paragraphs,
			glossary: glossary.entries
		});
		issues.push(...parsedBank.issues);
		const paragraphs = parsedArticle.paragraphs;
		// “…” around a whole question text is a quotation when the article opens one with its words.
		const quotes = (inner: string) => {
			const opening = `“${inner.split(/\s+/).slice(0, 4).join(' ')}`;
			return paragraphs.some((p) => p.text.includes(opening));
		};
		warnings.push(...yamlWarnings(bankSource, display(bankPath), markdownSlips, quotes));
		bank = parsedBank.bank;
		questions = parsedBank.inputs;
	}
	// Each message shows its line as written.
	const framed = (list: ValidationIssue[]) =>
		withLineText(sortIssues(list), (file) => sources.get(file));
	if (issues.length || !article) return { issues: framed(issues), warnings: framed(warnings) };

	for (const block of article.blocks) {
		if (block.kind !== 'paragraph') continue;
		for (const term of markedTerms(block.inline)) {
			glossary.entries.find((e) => e.id === term)?.occurrences.push(block.id);
		}
	}
	return {
		issues,
		warnings: framed(warnings),
		questions,
		module: { slug, article, glossary: glossary.entries, bank }
	};
}

let cache: StudyModule[] | undefined;

/**
 * Every module and every problem in them, without throwing. `issues` are what stops the build:
 * the errors, and the warnings too under LECTERN_STRICT=1.
 */
export function readModules(): {
	modules: StudyModule[];
	issues: ValidationIssue[];
	warnings: ValidationIssue[];
} {
	const issues: ValidationIssue[] = [];
	const warnings: ValidationIssue[] = [];
	const modules: StudyModule[] = [];
	for (const slug of moduleSlugs()) {
		const result = readModule(slug);
		issues.push(...result.issues);
		warnings.push(...result.warnings);
		if (result.module) modules.push(result.module);
	}
	if (strictWarnings()) return { modules, issues: [...issues, ...warnings], warnings: [] };
	return { modules, issues, warnings };
}

/** Every module, fully checked. Bad content stops the build with every problem listed. */
export function loadModules(): StudyModule[] {
	// Under `npm run dev` files are read again on every request, so a saved edit shows at once.
	if (cache && !import.meta.env?.DEV) return cache;
	const { modules, issues } = readModules();
	if (issues.length) throw new ContentError(issues);
	cache = modules;
	return modules;
}

export function getModule(slug: string): StudyModule | undefined {
	return loadModules().find((m) => m.slug === slug);
}

/** For `entries` in each module page: every module is prerendered, linked or not. */
export function moduleEntries(): { slug: string }[] {
	return loadModules().map((m) => ({ slug: m.slug }));
}
