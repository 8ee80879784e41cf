import type { QuestionInfo } from '$lib/analysis/types';
import type { Question } from '$lib/question-types/registry';
import { bankVersion, questionHash } from '$lib/handin/hash';
import { loadModules } from '$lib/server/content';
import { questionLines } from '$lib/server/question-lines';

function options(question: Question): QuestionInfo['options'] {
	if (question.type === 'single' || question.type === 'multiple')
		return question.options.map((o) => ({ label: o.text, correct: o.correct }));
	if (question.type === 'true-false')
		return [
			{ label: 'True', correct: question.answer },
			{ label: 'False', correct: !question.answer }
		];
	return undefined;
}

/** Every module's questions as the class results need them: hashes, options, file and line. */
export function load() {
	return {
		modules: loadModules()
			.filter((m) => m.bank)
			.map((m) => {
				const { file, lines } = questionLines(m.slug);
				const questions = m.bank!.questions;
				return {
					slug: m.slug,
					title: m.article.meta.title,
					version: bankVersion(questions),
					questions: questions.map(
						(q, i): QuestionInfo => ({
							module: m.slug,
							id: q.id,
							number: i + 1,
							type: q.type,
							text: q.promptText,
							hash: questionHash(q),
							options: options(q),
							file,
							line: lines.get(q.id) ?? 1
						})
					)
				};
			})
	};
}
