import { expect, test, type Page } from '@playwright/test';
import {
	ARTICLE,
	GLOSSARY,
	QUIZ,
	SLUG,
	TEACHER,
	evidenceSentences,
	plain,
	readQuestions,
	player,
	readSeed,
	settled
} from './helpers';

const questions = readQuestions();
const paragraphCount = readSeed().paragraphs.length;
/** Which paragraphs each question cites, worked out from the seed text, not from the app. */
const cited = new Map(
	questions.map((q) => [q.id, new Set(evidenceSentences(q).map((key) => key.split(':')[0]!))])
);

const shownQuestions = (page: Page) => page.locator('article.question');
const mapItem = (page: Page, paragraph: string) => page.locator(`#cov-${paragraph}`);

test.describe('teacher view', () => {
	test('shows every question with its answers, and covers every paragraph', async ({ page }) => {
		await page.goto(TEACHER);
		await expect(page.getByRole('heading', { level: 1, name: 'Teacher view' })).toBeVisible();
		await expect(shownQuestions(page)).toHaveCount(questions.length);
		await expect(page.locator('.shown [role=status]')).toHaveText(
			`Showing ${questions.length} of ${questions.length} questions.`
		);

		// One of each kind of answer, as the teacher wrote it.
		const single = questions.find((q) => q.type === 'single')!;
		const card = page.locator(`#q-${single.id}`);
		const right = single.options!.filter((o) => o.correct).map((o) => plain(o.text));
		await expect(card.locator('li.correct')).toHaveCount(right.length);
		await expect(card.locator('li.correct')).toContainText(right);
		const short = questions.find((q) => q.type === 'short-answer')!;
		for (const answer of short.answers!)
			await expect(page.locator(`#q-${short.id}`)).toContainText(answer);
		const gaps = questions.find((q) => q.type === 'fill-blank')!;
		await expect(page.locator(`#q-${gaps.id} mark`)).toHaveText(
			gaps.blanks!.map((accepted) => accepted.join(' / '))
		);
		const match = questions.find((q) => q.type === 'match')!;
		const rows = page.locator(`#q-${match.id} tr`);
		await expect(rows).toHaveCount(match.pairs!.length);
		await expect(rows.first()).toContainText(plain(match.pairs![0]!.right));

		await expect(page.locator('.map > li')).toHaveCount(paragraphCount);
		await expect(page.locator('.map > li.level-0')).toHaveCount(0);
		await expect(
			page.getByText(`${paragraphCount} of ${paragraphCount} paragraphs are cited`)
		).toBeVisible();
	});

	test('filters by type, difficulty and skill, and the coverage map follows', async ({ page }) => {
		await page.goto(TEACHER);
		await settled(page);
		const orderLabel = page.getByRole('checkbox', { name: /^Put in order/ });
		const orderQuestions = questions.filter((q) => q.type === 'order');
		await expect(orderLabel).toHaveAccessibleName(`Put in order (${orderQuestions.length})`);
		await orderLabel.check();
		await expect(shownQuestions(page)).toHaveCount(orderQuestions.length);
		await expect(page.locator('.shown [role=status]')).toHaveText(
			new RegExp(`^Showing ${orderQuestions.length} of ${questions.length} questions`)
		);

		// Paragraphs that no order question cites now show as gaps, with their count in words.
		for (let n = 1; n <= paragraphCount; n++) {
			const citing = orderQuestions.filter((q) => cited.get(q.id)!.has(`p-${n}`));
			const item = mapItem(page, `p-${n}`);
			if (citing.length === 0) {
				await expect(item).toHaveClass(/level-0/);
				await expect(item).toContainText(`Paragraph ${n}: no question`);
			} else {
				await expect(item).toContainText(
					`Paragraph ${n}: ${citing.length} question${citing.length > 1 ? 's' : ''}`
				);
				await expect(item.getByRole('link', { name: /^Question / })).toHaveCount(citing.length);
			}
		}

		// Filters combine: type AND difficulty.
		await page.getByRole('checkbox', { name: /^hard/ }).check();
		const hardOrder = orderQuestions.filter(
			(q) => (q as unknown as { difficulty: string }).difficulty === 'hard'
		);
		await expect(shownQuestions(page)).toHaveCount(hardOrder.length);

		await page.getByRole('button', { name: 'Show all' }).click();
		await expect(shownQuestions(page)).toHaveCount(questions.length);
		await expect(orderLabel).not.toBeChecked();

		// A skill filter by keyboard alone.
		const vocabulary = page.getByRole('checkbox', { name: /^vocabulary/ });
		await vocabulary.focus();
		await page.keyboard.press('Space');
		const vocabularyQuestions = questions.filter((q) =>
			(q as unknown as { skills: string[] }).skills.includes('vocabulary')
		);
		await expect(shownQuestions(page)).toHaveCount(vocabularyQuestions.length);
	});

	test('links a paragraph to its questions, a question to its paragraphs and the article', async ({
		page
	}) => {
		await page.goto(TEACHER);
		await settled(page);
		const [firstId, paragraphs] = [...cited].find(([, p]) => p.has('p-2'))!;
		const number = questions.findIndex((q) => q.id === firstId) + 1;
		await mapItem(page, 'p-2')
			.getByRole('link', { name: `Question ${number}` })
			.click();
		await expect(page).toHaveURL(new RegExp(`#q-${firstId}$`));
		const card = page.locator(`#q-${firstId}`);
		await expect(card).toBeInViewport();

		const paragraph = [...paragraphs][0]!;
		await card
			.getByRole('link', { name: `paragraph ${paragraph.slice(2)} in the coverage map` })
			.click();
		await expect(mapItem(page, paragraph)).toBeInViewport();

		await mapItem(page, paragraph)
			.getByRole('link', { name: `Paragraph ${paragraph.slice(2)}` })
			.click();
		await expect(page).toHaveURL(new RegExp(`/${SLUG}/#${paragraph}$`));
		await expect(page.locator(`#${paragraph}`)).toBeInViewport();
	});

	test('opens and prints each preset quiz', async ({ page }) => {
		await page.goto(TEACHER);
		await settled(page);
		await page.getByRole('link', { name: /^print with answer key\s*:\s*Quick check$/ }).click();
		await expect(page).toHaveURL(/\/quiz\/print\/\?preset=quick&key=1&seed=/);
		await expect(
			page.getByRole('heading', { level: 2, name: 'Answer key: Quick check' })
		).toBeVisible();
		await page.goBack();
		await page.getByRole('link', { name: /^open\s*:\s*Quick check$/ }).click();
		await expect(player(page).counter).toHaveText(/^Question 1 of \d+$/);
	});

	test('is reached from /teacher/, not from any student page or search', async ({ page }) => {
		await page.goto('teacher/');
		await page.getByRole('link', { name: /Al Kadhimi/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Teacher view' })).toBeVisible();

		for (const path of ['./', ARTICLE, GLOSSARY, QUIZ, 'progress/']) {
			await page.goto(path);
			await expect(page.locator('a[href*="teacher"]'), `a link on ${path}`).toHaveCount(0);
		}
		// A word from many prompts and explanations: results point at quizzes, never here.
		await page.goto('search/?q=troops');
		await expect(page.locator('#main a[href*="/quiz/"]').first()).toBeVisible();
		await expect(page.locator('a[href*="teacher"]')).toHaveCount(0);
	});
});
