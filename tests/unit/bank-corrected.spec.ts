/**
 * Issue 17's independent read of the shipped bank against the article: every right answer it
 * found rejected is accepted now, the weak evidence cites the sentences that hold the answer,
 * and the reworded texts say what the article says.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/question-types/registry';
import { score } from '../../src/lib/quiz/score';
import { shippedModule } from './helpers';

const questions = shippedModule().bank!.questions;
const byId = (id: string): Question => {
	const question = questions.find((q) => q.id === id);
	if (!question) throw new Error(`no question ${id}`);
	return question;
};
/** The typed answer scored as a student would see it checked. */
const typed = (id: string, value: string) => {
	const question = byId(id);
	return question.type === 'fill-blank'
		? score(question, { type: 'fill-blank', values: [value] })
		: score(question, { type: 'short-answer', value });
};

describe('the shipped bank accepts the right answers it used to reject', () => {
	it.each([
		['talks-round', 'fourth round'],
		['talks-round', 'the fourth'],
		['talks-round', '4th round'],
		['foreign-minister', 'the foreign minister'],
		['foreign-minister', 'Foreign Minister Fuad Hussein'],
		['hashimi-arrest', 'an employee of the Interior Ministry'],
		['hashimi-arrest', 'an Interior Ministry worker'],
		['hashimi-arrest', 'a ministry employee'],
		['predecessor-resigned', 'the protests'],
		['predecessor-resigned', 'the mass anti-government protests'],
		['predecessor-resigned', 'demonstrations'],
		['bombing-claim', 'the Islamic State'],
		['bombing-claim', 'Daesh'],
		['election-date', '10 Oct'],
		['election-date', 'Oct 10th'],
		['election-date', 'October 10 2021']
	])('%s accepts “%s”', (id, value) => {
		expect(typed(id, value)).toMatchObject({ correct: true });
	});

	it.each([
		['talks-round', 'fourteenth'],
		['talks-round', 'third round'],
		['election-date', 'October 11'],
		['election-date', '10 November'],
		['bombing-claim', 'Al Qaeda'],
		['foreign-minister', 'the'],
		['predecessor-resigned', 'elections']
	])('%s still rejects “%s”', (id, value) => {
		expect(typed(id, value).correct).toBe(false);
	});

	it('says which rule accepted an answer', () => {
		expect(typed('bombing-claim', 'Daesh').notes).toEqual(['Accepted: another name for ISIS.']);
		expect(typed('election-date', '10 Oct').notes).toEqual([
			'Accepted: same date as “October 10”.'
		]);
		expect(typed('talks-round', '4th').notes).toEqual(['Accepted: same number as “fourth”.']);
	});
});

describe('the shipped bank cites the sentences that hold its answers', () => {
	const sentences = (id: string) => byId(id).evidence.map((e) => e.sentence);

	it('who-is-who: a sentence names Al Kadhimi, and one says Biden is to meet him', () => {
		expect(sentences('who-is-who')).toEqual(
			expect.arrayContaining([
				expect.stringContaining('Mustafa Al Kadhimi said'),
				expect.stringContaining('scheduled to meet President Joe Biden on Monday')
			])
		);
	});

	it('still-ask-for: “We will ask the American side to continue to support our forces”', () => {
		expect(sentences('still-ask-for').join(' ')).toContain(
			'We will ask the American side to continue to support our forces'
		);
	});

	it('talks-order: the drone strike “on Iraqi soil last year”, before the talks', () => {
		expect(sentences('talks-order').join(' ')).toContain('on Iraqi soil last year');
	});
});

describe('the shipped bank’s reworded texts', () => {
	it('economic-order no longer puts the crisis before the reforms it came with', () => {
		const q = byId('economic-order');
		expect(q.type === 'order' && q.items.map((item) => item.text)).toEqual([
			'Oil prices fell',
			'In a disastrous financial crisis, ambitious reforms took aim at the bloated public sector',
			'Political opposition watered the reforms down'
		]);
	});

	it('placate-meaning quotes the whole sentence', () => {
		expect(byId('placate-meaning').promptText).toContain(
			'placate Shiite parties but will have little effect on the ground.”'
		);
	});

	it('election-date says its sentence is shortened', () => {
		expect(byId('election-date').promptText).toBe(
			'Complete this sentence, shortened from the article.'
		);
	});

	it('chief-limitation gives the explanation to the article, not to the critics', () => {
		expect(byId('chief-limitation').promptText).toMatch(/the article explains/);
	});

	it('the glossary says the Nasiriyah fire killed “at least 60”', () => {
		const fires = shippedModule().glossary.find((e) => e.term === 'hospital fires')!;
		expect(fires.definitionText).toContain('Nasiriyah in July killed at least 60');
	});
});
