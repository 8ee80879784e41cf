import { z } from 'zod';
import { bankFileSchema } from '../src/lib/bank/schema';
import { glossaryFileSchema } from '../src/lib/glossary/schema';
import { articleMetaSchema } from '../src/lib/content/article-schema';

const toJson = (schema: z.ZodType, title: string) => ({
	title,
	...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' })
});

/** Editor JSON Schemas by the path they are committed at. */
export function editorSchemas(): Record<string, unknown> {
	return {
		'questions/schema.json': toJson(bankFileSchema, 'Lectern question bank'),
		'schemas/glossary.schema.json': toJson(glossaryFileSchema, 'Lectern glossary'),
		'schemas/article-front-matter.schema.json': toJson(
			articleMetaSchema,
			'Lectern article front matter'
		)
	};
}
