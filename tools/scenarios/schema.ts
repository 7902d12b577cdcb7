import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../../src/scenarios/jsonSchema.ts';

/** `npm run scenarios:schema`: writes scenarios/scenario.schema.json from the zod schema. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, scenarioJsonSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
