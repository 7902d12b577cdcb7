import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from './jsonSchema.ts';

describe('scenario JSON Schema', () => {
  it('the committed scenarios/scenario.schema.json is up to date (else: npm run scenarios:schema)', () => {
    const committed = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });
});
