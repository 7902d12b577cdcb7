import { z } from 'zod';
import { scenarioFileSchema } from './schema.ts';

/**
 * The drill file format as JSON Schema, generated from the zod schema so the two cannot drift
 * (a unit test compares it with the committed `scenarios/scenario.schema.json`). Draft 7, which
 * the common editors understand. It checks the shape only; names are checked by `npm run scenarios:check`.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(scenarioFileSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return {
    $schema,
    title: 'Gladi drill (scenario) file',
    description:
      'scenarios/<machine-id>/<drill-id>.json. Generated from src/scenarios/schema.ts by `npm run scenarios:schema`: do not edit. See scenarios/README.md.',
    ...rest,
  };
}

export const scenarioJsonSchemaText = (): string => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
