/**
 * npm run questions:schema: writes the JSON Schemas editors use for autocompletion,
 * generated from the same zod schemas the validator uses (a unit test keeps them in step).
 */
import { writeFileSync } from 'node:fs';
import { editorSchemas } from '../tooling/editor-schemas';

for (const [path, schema] of Object.entries(editorSchemas())) {
	writeFileSync(path, `${JSON.stringify(schema, null, '\t')}\n`);
	console.log(`wrote ${path}`);
}
