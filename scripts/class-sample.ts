/**
 * Synthetic hand-ins for the class results bench and screenshots: students of varied ability
 * taking one quiz link of a module, made with the app's own hand-in code.
 */
import type { Bank } from '../src/lib/bank/types';
import type { Question } from '../src/lib/question-types/registry';
import { encodeHandIn } from '../src/lib/handin/encode';
import type { HandIn } from '../src/lib/handin/format';
import { bankVersion, questionHash } from '../src/lib/handin/hash';
import { createRandom } from '../src/lib/quiz/random';
import type { Response } from '../src/lib/quiz/score';

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Esi', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jae'];
const LAST = ['Pérez', 'Okafor', 'Martin', 'Novak', 'Mensah', 'Haddad', 'Berg', 'Sato', 'Rossi'];

/** A response of the right kind: the right option, or a wrong one, for choice questions. */
function response(question: Question, right: boolean, random: () => number): Response | null {
	const pick = (indexes: number[]) => indexes[Math.floor(random() * indexes.length)] ?? 0;
	switch (question.type) {
		case 'single': {
			const correct = question.options.findIndex((o) => o.correct);
			const wrong = question.options.map((_, i) => i).filter((i) => i !== correct);
			return { type: 'single', option: right ? correct : pick(wrong) };
		}
		case 'multiple': {
			const options = question.options.map((o, i) => [o.correct, i] as const);
			const correct = options.filter(([c]) => c).map(([, i]) => i);
			const wrong = options.filter(([c]) => !c).map(([, i]) => i);
			return { type: 'multiple', options: right ? correct : [correct[0]!, pick(wrong)] };
		}
		case 'true-false':
			return { type: 'true-false', value: right ? question.answer : !question.answer };
		case 'short-answer':
			return { type: 'short-answer', value: right ? question.answers[0]! : 'not sure' };
		default:
			return null;
	}
}

export function sampleHandIns(bank: Bank, count: number, questionCount = 8): string[] {
	const random = createRandom('class-sample');
	const questions = bank.questions.slice(0, questionCount);
	const version = bankVersion(bank.questions);
	const start = Date.UTC(2026, 10, 20, 9, 0);
	return Array.from({ length: count }, (_, s) => {
		const ability = 0.25 + random() * 0.7;
		const seconds = 120 + Math.floor(random() * 400);
		const handIn: HandIn = {
			format: 1,
			module: bank.module,
			version,
			link: 'preset=quick&seed=class1',
			title: 'Quick check',
			name: `${FIRST[s % FIRST.length]} ${LAST[Math.floor(s / FIRST.length) % LAST.length]}${s >= 90 ? ` ${Math.floor(s / 90) + 1}` : ''}`,
			startedAt: start + s * 1000,
			finishedAt: start + s * 1000 + seconds * 1000,
			answers: questions.map((question, i) => {
				// Later questions a little harder, so the item analysis has something to say.
				const right = random() < ability - i * 0.05;
				return {
					id: question.id,
					hash: questionHash(question),
					response: response(question, right, random),
					credit: right ? 1 : 0,
					at: Math.round(((i + 1) * seconds) / questions.length)
				};
			})
		};
		return encodeHandIn(handIn);
	});
}
