import { describe, expect, it } from 'vitest';
import { matchTyped, type OtherName } from '../../src/lib/question-types/typed-answer';
import { glossaryNames } from '../../src/lib/question-types/build-kit';
import { numbersAsDigits, withoutArticle } from '../../src/lib/text/answer-forms';
import { readDate } from '../../src/lib/text/answer-dates';
import { score } from '../../src/lib/quiz/score';
import { parseBank } from '../../src/lib/bank/parse';
import { checkFixture, formatted, SLUG, shippedModule, shippedParagraphs } from './helpers';
import { fillBlank, shortAnswer } from './questions';

/** Whether `typed` is accepted against `accepted`, and the note the student reads. */
const judge = (typed: string, accepted: string[], names: OtherName[] = []) =>
	matchTyped(typed, accepted, names);

describe('typed answers: a leading article does not count', () => {
	it.each([
		['the foreign minister', ['foreign minister'], 'the'],
		['foreign minister', ['the foreign minister'], 'the'],
		['an Interior Ministry worker', ['Interior Ministry worker'], 'an'],
		['a ministry employee', ['ministry employee'], 'a'],
		['The protests', ['protests'], 'the']
	])('“%s” for %j, noting “%s”', (typed, accepted, article) => {
		expect(judge(typed, accepted)).toEqual({
			ok: true,
			note: `Accepted: with or without “${article}”.`
		});
	});

	it('“the” alone is not an answer, nor “a” or “an”', () => {
		expect(withoutArticle('the')).toBe('the');
		expect(judge('the', ['the foreign minister']).ok).toBe(false);
		expect(judge('a', ['a ministry employee']).ok).toBe(false);
	});

	it('an article inside a name still works: “The Hague”', () => {
		expect(judge('The Hague', ['The Hague'])).toEqual({ ok: true });
		expect(judge('the hague', ['The Hague'])).toEqual({ ok: true });
		expect(judge('Hague', ['The Hague']).ok).toBe(true);
		// Only a leading article goes: one inside the answer still counts.
		expect(judge('court in Hague', ['court in The Hague']).ok).toBe(false);
	});

	it('a word starting like an article is not cut: “another”, “theory”', () => {
		expect(judge('other', ['another']).ok).toBe(false);
		expect(judge('ory', ['theory']).ok).toBe(false);
	});
});

describe('typed answers: number words, ordinals and digits are the same number', () => {
	it.each([
		['4th', ['fourth']],
		['4', ['fourth']],
		['four', ['fourth']],
		['Fourth', ['4']],
		['the fourth', ['4th']],
		['4th round', ['fourth round']],
		['twenty-one', ['21']],
		['21st', ['twenty first']],
		['thirty', ['30']],
		['twelfth', ['12']],
		['ninth', ['9th']],
		['twentieth', ['20']],
		['eighth', ['8']]
	])('“%s” for %j', (typed, accepted) => {
		expect(judge(typed, accepted)).toEqual({
			ok: true,
			note: `Accepted: same number as “${accepted[0]}”.`
		});
	});

	it.each([
		['fourteenth', ['fourth']],
		['fourteen', ['4']],
		['forty', ['fourth']],
		['fifth', ['fourth']],
		['3rd', ['fourth']],
		['seventh', ['seventy']],
		['seventy', ['seventh']],
		['sixty', ['sixth']],
		['twenty', ['twenty one']],
		['4th', ['fourth round']],
		['fourth round', ['fifth round']]
	])('near miss: “%s” is not %j', (typed, accepted) => {
		expect(judge(typed, accepted).ok).toBe(false);
	});

	it('reads whole words only', () => {
		expect(numbersAsDigits('fourteenth round')).toBe('14 round');
		expect(numbersAsDigits('twenty one people')).toBe('21 people');
		expect(numbersAsDigits('someone fourthly')).toBe('someone fourthly');
	});
});

describe('typed answers: dates in the common written orders are the same date', () => {
	it.each([
		'10 Oct',
		'Oct 10th',
		'10th October',
		'Oct. 10',
		'the 10th of October',
		'October tenth',
		'October 10 2021',
		'October 10, 2021',
		'10 October 2021',
		'oct 10'
	])('“%s” for “October 10”', (typed) => {
		expect(judge(typed, ['October 10'])).toEqual({
			ok: true,
			note: 'Accepted: same date as “October 10”.'
		});
	});

	it.each([
		['October 11', ['October 10']],
		['11 October', ['October 10']],
		['November 10', ['October 10']],
		['October', ['October 10']],
		['10', ['October 10']],
		['10th', ['October 10']],
		['October 1', ['October 10']],
		['10/10', ['October 10']],
		['October 10 2020', ['October 10 2021']],
		['October 10', ['October 10 2021']]
	])('near miss: “%s” is not %j', (typed, accepted) => {
		expect(judge(typed, accepted).ok).toBe(false);
	});

	it('a year typed where the accepted answer has none is not judged (README says so)', () => {
		expect(judge('October 10 2021', ['October 10']).ok).toBe(true);
		expect(judge('10 Oct 2021', ['October 10 2021'])).toEqual({
			ok: true,
			note: 'Accepted: same date as “October 10 2021”.'
		});
	});

	it('reads a month only from three letters of its name on', () => {
		expect(readDate('oc 10')).toBeUndefined();
		expect(readDate('may 1')).toEqual({ month: 5, day: 1 });
		expect(readDate('32 may')).toBeUndefined();
		expect(readDate('may 1 21')).toBeUndefined();
	});
});

describe('typed answers: a glossary term’s other names', () => {
	const glossary = [
		{ term: 'ISIS', aliases: ['IS', 'Islamic State', 'Daesh'] },
		{ term: 'Mustafa Al Kadhimi', aliases: ['Al Kadhimi'] }
	];
	const namesOf = glossaryNames(glossary);

	it('are found at build time for an accepted answer that is the term, written any way', () => {
		expect(namesOf(['ISIS'])).toEqual([
			{ name: 'IS', of: 'ISIS' },
			{ name: 'Islamic State', of: 'ISIS' },
			{ name: 'Daesh', of: 'ISIS' }
		]);
		expect(namesOf(['isis'])).toHaveLength(3);
		// A name the question already accepts is not added again.
		expect(namesOf(['ISIS', 'IS'])).toHaveLength(2);
		// An alias does not bring in its term or the other aliases: only the term does.
		expect(namesOf(['Al Kadhimi'])).toEqual([]);
		expect(namesOf(['Kadhimi'])).toEqual([]);
	});

	it('are accepted, naming the term', () => {
		expect(judge('Daesh', ['ISIS'], namesOf(['ISIS']))).toEqual({
			ok: true,
			note: 'Accepted: another name for ISIS.'
		});
		expect(judge('the Islamic State', ['ISIS'], namesOf(['ISIS'])).ok).toBe(true);
	});

	it('near misses stay wrong', () => {
		expect(judge('Daesh', ['ISIS']).ok).toBe(false);
		expect(judge('Islamic', ['ISIS'], namesOf(['ISIS'])).ok).toBe(false);
		expect(judge('Al Qaeda', ['ISIS'], namesOf(['ISIS'])).ok).toBe(false);
	});

	it('reach the score of a short answer and of each gap', () => {
		const sa = { ...shortAnswer(['ISIS']), otherNames: namesOf(['ISIS']) };
		expect(score(sa, { type: 'short-answer', value: 'Daesh' })).toMatchObject({
			correct: true,
			notes: ['Accepted: another name for ISIS.']
		});
		const fb = { ...fillBlank([['ISIS'], ['Baghdad']]), otherNames: [namesOf(['ISIS']), []] };
		expect(score(fb, { type: 'fill-blank', values: ['daesh', 'Baghdad'] })).toMatchObject({
			correct: true,
			notes: ['Accepted: another name for ISIS.']
		});
	});
});

describe('typed answers: the rules together', () => {
	it('an answer the teacher listed needs no note', () => {
		expect(judge('10 October', ['October 10', '10 October'])).toEqual({ ok: true });
	});

	it('a spelling slip is still a slip once the article is off, but never in a number', () => {
		expect(judge('the foreign ministr', ['foreign minister'])).toEqual({
			ok: true,
			note: 'Accepted with a small spelling slip: it is spelt “foreign minister”.'
		});
		expect(judge('fourtth', ['fourth']).ok).toBe(false);
	});
});

describe('acceptAliases in the question file', () => {
	const glossary = shippedModule().glossary;
	const bankWith = (extra: string) =>
		parseBank(
			`module: ${SLUG}
questions:
  - id: claimed-by
    type: short-answer
    prompt: Which group later claimed the bombing?
    answers: [ISIS]${extra}
    explanation: It was ISIS.
    evidence: [That attack was later claimed by ISIS.]
    difficulty: easy
    skills: [recall]
  - id: claimed-gap
    type: fill-blank
    prompt: Complete the sentence.
    text: That attack was later claimed by {1}.
    blanks: [[ISIS]]${extra}
    explanation: It was ISIS.
    evidence: [That attack was later claimed by ISIS.]
    difficulty: easy
    skills: [recall]
`,
			'q.yaml',
			{ slug: SLUG, paragraphs: shippedParagraphs(), glossary }
		).bank!.questions;
	const daesh = (questions: ReturnType<typeof bankWith>) => [
		score(questions[0]!, { type: 'short-answer', value: 'Daesh' }).correct,
		score(questions[1]!, { type: 'fill-blank', values: ['Daesh'] }).correct
	];

	it('the glossary’s other names are added when the bank is built, by default', () => {
		const questions = bankWith('');
		expect(questions[0]).toMatchObject({
			otherNames: expect.arrayContaining([{ name: 'Daesh', of: 'ISIS' }])
		});
		expect(daesh(questions)).toEqual([true, true]);
	});

	it('`acceptAliases: false` leaves them out', () => {
		const questions = bankWith('\n    acceptAliases: false');
		expect(questions[0]).not.toHaveProperty('otherNames');
		expect(questions[1]).not.toHaveProperty('otherNames');
		expect(daesh(questions)).toEqual([false, false]);
	});

	it('is reported where it does not belong, and when it is not true or false', () => {
		expect(formatted(checkFixture('accept-aliases-misplaced'))).toEqual([
			`tests/fixtures/questions/accept-aliases-misplaced.yaml:7:5  question 1 (claim-choice) › acceptAliases: \`acceptAliases\` is not a field of a \`single\` question
    expected: \`acceptAliases\` only in \`fill-blank\` and \`short-answer\` questions
    found:    \`acceptAliases\`
    fix:      Remove \`acceptAliases\`, or change the type if the question is meant to be one of those.`,
			`tests/fixtures/questions/accept-aliases-misplaced.yaml:21:20  question 2 (claim-typed) › acceptAliases: \`acceptAliases\` should be true or false
    expected: true or false
    found:    the text "no"
    fix:      Write \`acceptAliases: true\` or \`acceptAliases: false\`.`
		]);
	});
});
