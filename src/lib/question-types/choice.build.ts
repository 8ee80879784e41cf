import { z } from 'zod';
import { inlineText, renderInline } from '../content/markdown';
import { text } from '../validation/fields';
import { html, issue, noDuplicates, type Refinement } from './build-kit';
import type { Option } from './choice';

export const option = z
	.strictObject({
		text: text().describe('The option as shown (inline Markdown).'),
		correct: z.boolean().optional().describe('true for a right answer; leave out for a wrong one.'),
		feedback: text().optional().describe('Shown when the student picks this option.')
	})
	.describe('One answer option.');

type OptionInput = z.output<typeof option>;

/** One right option for `single`, at least one for `multiple`; no option twice. */
export function checkOptions(
	value: { options: { text: string; correct?: boolean }[] },
	ctx: Refinement,
	type: 'single' | 'multiple'
) {
	const correct = value.options.filter((o) => o.correct).length;
	if (type === 'single' && correct !== 1) {
		issue(ctx, ['options'], `a \`single\` question needs exactly one correct option`, {
			expected: 'exactly one option with `correct: true`',
			found: `${correct} options marked correct`,
			fix:
				correct === 0
					? 'Add `correct: true` to the right answer.'
					: 'Keep `correct: true` on one option only, or change `type` to `multiple`.'
		});
	}
	if (type === 'multiple' && correct === 0) {
		issue(ctx, ['options'], 'a `multiple` question needs at least one correct option', {
			expected: 'one or more options with `correct: true`',
			found: 'no option marked correct',
			fix: 'Add `correct: true` to each right answer.'
		});
	}
	noDuplicates(
		ctx,
		value.options.map((o) => o.text),
		(i) => ['options', i, 'text'],
		'option'
	);
}

export const buildOptions = (options: OptionInput[]): Option[] =>
	options.map((o) => ({
		html: renderInline(o.text),
		text: inlineText(o.text),
		correct: o.correct ?? false,
		feedback: html(o.feedback)
	}));
