import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of schema/prosjekt.schema.json (same depth from src/content and dist/content). */
export const SCHEMA_PATH = fileURLToPath(new URL('../../schema/prosjekt.schema.json', import.meta.url));

let cached: Record<string, unknown> | undefined;

/** The content schema as parsed JSON. */
export function readSchema(): Record<string, unknown> {
  cached ??= JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  return cached;
}
