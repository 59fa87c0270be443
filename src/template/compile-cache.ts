/**
 * A disk cache of compiled templates. Parsing and compiling Handlebars is the slowest part of a cold
 * build (about 0.2 s for the sample's templates), so each template file's compiled form and the helper
 * and partial names it uses are kept in node_modules/.cache/grantdocs-templates/, keyed by a hash of
 * everything the compiled form depends on. A change to a template is a new key; a broken or unwritable
 * cache only costs time. Set GRANTDOCS_TEMPLATE_CACHE=0 to turn it off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A name used at a place in a template (1-based line, 1-based column). */
export interface NameAt {
  name: string;
  line: number;
  column: number;
}

/** A block of a built-in block helper ({{#if}}, {{#unless}}, {{#each}}, {{#with}}) and its argument count. */
export interface BlockAt extends NameAt {
  params: number;
}

export interface CompiledTemplate {
  /** Handlebars' precompiled template spec (JavaScript source of an object). */
  spec: string;
  /** Helpers the template calls with arguments. */
  calls: NameAt[];
  /** Partials it includes. */
  partials: NameAt[];
  /** Blocks of the built-in block helpers, checked for their number of arguments. */
  blocks: BlockAt[];
}

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/grantdocs-templates/', import.meta.url));
/** Bump when the markers, the analysis or anything else baked into a cache entry changes. */
const FORMAT = 'grantdocs-template-cache-2';

function enabled(): boolean {
  return process.env.GRANTDOCS_TEMPLATE_CACHE !== '0';
}

export function cacheKey(parts: readonly (string | number)[]): string {
  const h = createHash('sha256').update(FORMAT);
  for (const p of parts) h.update('\0').update(String(p));
  return h.digest('hex').slice(0, 40);
}

export function readCompiled(key: string): CompiledTemplate | null {
  if (!enabled()) return null;
  try {
    const data = JSON.parse(readFileSync(join(CACHE_DIR, `${key}.json`), 'utf8')) as CompiledTemplate;
    return typeof data.spec === 'string' &&
      Array.isArray(data.calls) &&
      Array.isArray(data.partials) &&
      Array.isArray(data.blocks)
      ? data
      : null;
  } catch {
    return null;
  }
}

export function writeCompiled(key: string, compiled: CompiledTemplate): void {
  if (!enabled()) return;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = join(CACHE_DIR, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(compiled));
    renameSync(tmp, join(CACHE_DIR, `${key}.json`));
  } catch {
    // A cache that cannot be written only costs time on the next build.
  }
}
