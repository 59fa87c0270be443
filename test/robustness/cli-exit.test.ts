import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, snapshot } from '../cli-run.js';
import { allMutations } from './cases.js';
import { workspace } from './run-case.js';

/**
 * The command line on a few refused mutations of the table: exit code 1, a diagnostic with file:line:col
 * in Norwegian, no stack trace, and the previous outputs left exactly as they were.
 */
const PICKS = [
  'budsjett.yaml budsjett.finansiering[2].beløp = RTL text',
  'cost range fra > til',
  'tidsplan.yaml tidsplan[0].dato = 2026-13',
  'kunnskapsgrunnlag.yaml eksisterende_strukturer[0].kommune = control chars',
  'partnere.yaml partnere[1].type = 20 000-char word',
  'dokumenter.yaml dokumenter[1].mottaker -> finnes-ikke',
  'dokumenter.yaml dokumenter emptied',
];

const ws = workspace();
let out: string;
let before: Record<string, string>;
const cli = (...args: string[]) => runCli(args);

beforeAll(() => {
  out = mkdtempSync(join(ws.root, 'out-'));
  expect(cli('build', ws.dir, '--only', 'soknad-nfk', '--format', 'pdf', '--out', out).status).toBe(0);
  before = snapshot(join(out, 'felles-ansvar'));
});
afterAll(() => ws.cleanup());

describe('command line on refused mutations', () => {
  const table = new Map(allMutations().map((m) => [m.name, m]));
  it.each(PICKS)('%s', (name) => {
    const m = table.get(name);
    expect(m).toBeDefined();
    const path = join(ws.dir, m!.file);
    const original = readFileSync(path, 'utf8');
    const doc = parseDocument(original);
    m!.edit(doc);
    writeFileSync(path, doc.toString({ lineWidth: 0 }));
    try {
      const r = cli('build', ws.dir, '--only', 'soknad-nfk', '--format', 'pdf', '--out', out);
      expect(r.status).toBe(1);
      const text = r.stdout + r.stderr;
      // The error may stand where the changed value is used (a changed id breaks its references).
      expect(text).toMatch(/felles-ansvar\/[a-zæøå]+\.yaml:\d+:\d+ +feil /);
      expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
      expect(text).not.toMatch(/Error:|undefined|\[object Object\]/);
      expect(snapshot(join(out, 'felles-ansvar'))).toEqual(before);
      expect(cli('check', ws.dir).status).toBe(1);
    } finally {
      writeFileSync(path, original);
    }
  });
});
