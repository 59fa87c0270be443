import { readFile } from 'node:fs/promises';

/** `grantdocs schema`: prints the JSON Schema of the content (for editors and other tools). */
export async function runSchema(): Promise<number> {
  const { SCHEMA_PATH } = await import('../../content/schema-file.js');
  process.stdout.write(await readFile(SCHEMA_PATH, 'utf8'));
  return 0;
}
