import { z } from 'zod';
import { isoDate, languageTag, text } from '../validation/fields';

/** Front matter of `content/<slug>/article.md`: what the reader sees above the article and in the credit line. */
export const articleMetaSchema = z
	.strictObject({
		title: text().describe('The headline, exactly as published.'),
		standfirst: text()
			.optional()
			.describe('The one-sentence summary printed under the headline.'),
		author: text().optional().describe('Who wrote it, if the source names them.'),
		source: z
			.strictObject({
				name: text().describe('The publication, e.g. "The National". Shown in the credit line.'),
				url: z
					.url({ protocol: /^https?$/, error: 'Expected a web address starting with https://' })
					.optional()
					.describe('Link to the original article or publication (https only).')
			})
			.describe('Where the article comes from.'),
		published: isoDate().optional().describe('First publication date, YYYY-MM-DD.'),
		updated: isoDate()
			.optional()
			.describe('Last update as printed by the source, YYYY-MM-DDTHH:MM; shown as "Updated: ...".'),
		credit: text().describe('The credit line shown with the article and in the footer.'),
		added: isoDate()
			.optional()
			.describe(
				'When the module joined the library, YYYY-MM-DD. The home page lists the newest first; modules without it follow, in folder order.'
			),
		lang: languageTag()
			.optional()
			.describe(
				'The language the article is written in, as a language tag: en (the default), en-GB, fr, ar… Read-aloud uses a voice for it.'
			),
		tags: z
			.array(text())
			.optional()
			.describe(
				'Topics the home page filter finds the article by, e.g. [politics, iraq]. Shown on its card.'
			)
	})
	.describe('Front matter of an article.md file.');
