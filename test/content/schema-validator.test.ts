import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, generateValidatorSource } from '../../src/content/generate-validator.js';
import { readSchema } from '../../src/content/schema-file.js';

describe('precompiled schema validator', () => {
  it('is up to date with schema/prosjekt.schema.json', async () => {
    // If this fails after a schema change: npm run build:ts && node dist/content/generate-validator.js
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(await generateValidatorSource());
  });
});

describe('schema', () => {
  it('has a Norwegian title and description on every property', () => {
    const missing: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      const props = o.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, p] of Object.entries(props ?? {})) {
        // A bare $ref inherits the referenced definition's title and description.
        const ref = typeof p.$ref === 'string' && Object.keys(p).length === 1;
        if (!ref && (typeof p.title !== 'string' || typeof p.description !== 'string'))
          missing.push(`${at}.${key}`);
      }
      for (const [k, v] of Object.entries(o)) visit(v, `${at}.${k}`);
    };
    visit(readSchema(), '#');
    expect(missing).toEqual([]);
  });
});
