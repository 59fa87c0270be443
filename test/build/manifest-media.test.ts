import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/build/manifest.js';
import { CLI } from '../cli-run.js';
import { pdf, png } from '../hostile/files.js';
import { hostileProject, run } from '../hostile/harness.js';

/**
 * manifest.json holds the hash of every file the build read: the content files, the templates, and the
 * pictures and attached PDFs the documents name. A new picture changes the manifest.
 */
describe.skipIf(!existsSync(CLI))('the manifest’s inputs', () => {
  it('list the pictures and attachments the documents name, with their hashes', async () => {
    const h = hostileProject();
    mkdirSync(join(h.dir, 'bilder'));
    mkdirSync(join(h.dir, 'vedlegg'));
    writeFileSync(join(h.dir, 'bilder', 'kart.png'), png(20, 10));
    writeFileSync(join(h.dir, 'vedlegg', 'notat.pdf'), await pdf(1));
    writeFileSync(join(h.dir, 'ubrukt.png'), png(5, 5));
    const yaml = join(h.dir, 'prosjekt.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace(
        'bakgrunn: Bakgrunnen for prosjektet.',
        'bakgrunn: "![Kart over regionen](bilder/kart.png)"',
      ),
    );
    appendFileSync(yaml, '\nvedlegg:\n  - tittel: Notat\n    fil: vedlegg/notat.pdf\n');
    const inputs = () => {
      const r = run(h, ['build', h.dir, '--out', h.out, '--format', 'pdf']);
      expect(r.status, r.stderr).toBe(0);
      const manifest = JSON.parse(readFileSync(join(h.out, 'prosjekt', 'manifest.json'), 'utf8')) as {
        inputs: { file: string; sha256: string }[];
      };
      return new Map(manifest.inputs.map((i) => [i.file, i.sha256]));
    };
    const first = inputs();
    expect(first.get('bilder/kart.png')).toBe(sha256(readFileSync(join(h.dir, 'bilder', 'kart.png'))));
    expect(first.get('vedlegg/notat.pdf')).toBe(sha256(readFileSync(join(h.dir, 'vedlegg', 'notat.pdf'))));
    expect(first.has('ubrukt.png')).toBe(false);
    expect([...first.keys()]).toEqual([...first.keys()].sort((a, b) => a.localeCompare(b)));

    writeFileSync(join(h.dir, 'bilder', 'kart.png'), png(30, 10));
    const second = inputs();
    expect(second.get('bilder/kart.png')).not.toBe(first.get('bilder/kart.png'));
    for (const [file, hash] of first) if (file !== 'bilder/kart.png') expect(second.get(file)).toBe(hash);
  });
});
