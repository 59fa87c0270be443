import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { _ } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { formats } from './schema-formats.js';
import { readSchema } from './schema-file.js';

/**
 * Precompiles schema/prosjekt.schema.json into src/content/schema-validator.generated.ts, so a build does
 * not spend ~250 ms compiling the schema with ajv at every start. Run after changing the schema:
 *
 *   npm run build:ts && node dist/content/generate-validator.js
 *
 * test/content/schema-validator.test.ts fails when the generated file is out of date.
 */

export const GENERATED_PATH = fileURLToPath(new URL('../../src/content/schema-validator.generated.ts', import.meta.url));

type Standalone = (ajv: Ajv2020, validate: unknown) => string;
const standaloneCode = ((standaloneModule as unknown as { default?: Standalone }).default ??
  standaloneModule) as unknown as Standalone;

/** The options every compilation of the content schema uses. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strictTypes: false, inlineRefs: false } as const;

export async function generateValidatorSource(): Promise<string> {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, formats: _`formats` } });
  for (const [name, validate] of Object.entries(formats)) ajv.addFormat(name, validate);
  const code = standaloneCode(ajv, ajv.compile(readSchema()))
    .replace(/^"use strict";/, '')
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)/g, 'ucs2lengthModule');
  const source = [
    '// @ts-nocheck',
    '// Generated from schema/prosjekt.schema.json by src/content/generate-validator.ts. Do not edit.',
    "import { formats } from './schema-formats.js';",
    '// String length in code points, as ajv/dist/runtime/ucs2length counts it.',
    'const ucs2lengthModule = { default: (s) => Array.from(s).length };',
    code,
  ].join('\n');
  const prettier = await import('prettier');
  const config = JSON.parse(await readFile(new URL('../../.prettierrc.json', import.meta.url), 'utf8')) as object;
  return prettier.format(source, { ...config, parser: 'typescript' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(GENERATED_PATH, await generateValidatorSource());
  process.stdout.write(`Skrev ${GENERATED_PATH}\n`);
}
