import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CLI } from '../cli-run.js';
import { declaredPng, pdf, png } from './files.js';
import { expectRefused, hostileProject, run, tree, type Hostile } from './harness.js';

/**
 * Hostile and unlucky input, each case in a child process with a time and memory limit (harness.ts):
 * the expected exit code, a Norwegian message at its place, no stack trace, the inputs untouched and
 * nothing written outside --out.
 */
const edit = (h: Hostile, file: string, from: string | RegExp, to: string) => {
  const p = join(h.dir, file);
  const text = readFileSync(p, 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  writeFileSync(p, next);
};
const check = (h: Hostile) => ['check', h.dir];
const build = (h: Hostile, ...more: string[]) => ['build', h.dir, '--out', h.out, '--format', 'pdf', ...more];
const at = (file: string) => new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+ `);
const withAttachment = (h: Hostile, fil: string) =>
  appendFileSync(join(h.dir, 'dokumenter.yaml'), `\nvedlegg:\n  - tittel: Saksframlegg\n    fil: ${fil}\n`);
const withPicture = (h: Hostile, src: string) =>
  edit(
    h,
    'prosjekt.yaml',
    'bakgrunn: Bakgrunnen for prosjektet.',
    `bakgrunn: "![Kart over regionen](${src})"`,
  );
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe.skipIf(!existsSync(CLI))('hostile input', () => {
  describe('nothing is written outside --out', () => {
    it('a document id that climbs out of the output folder is refused at its line', () => {
      const h = hostileProject();
      edit(h, 'dokumenter.yaml', 'id: beskrivelse', 'id: ../prosjekt/partnere');
      expectRefused(h, build(h, '--emit', 'markdown'), {
        status: 1,
        message: /«dokumenter\[0\]\.id» kan bare ha små bokstaver/,
        where: at('dokumenter.yaml'),
      });
      expect(existsSync(h.out)).toBe(false);
    });

    it('--out that would put the outputs in the project folder is refused', () => {
      const h = hostileProject();
      expectRefused(h, ['build', h.dir, '--out', h.root], {
        status: 2,
        message: /ville lagt resultatene i prosjektmappen/,
      });
    });

    it('a template outside the templates folder («mal: ../../x») is refused at its line', () => {
      const h = hostileProject();
      writeFileSync(join(h.root, 'hemmelig.md.hbs'), 'Hemmelig\n');
      edit(
        h,
        'dokumenter.yaml',
        'tittel: Prosjektbeskrivelse',
        'tittel: Prosjektbeskrivelse\n    mal: ../../hemmelig',
      );
      expectRefused(h, check(h), {
        status: 1,
        message: /«dokumenter\[0\]\.mal» må være navnet på en mal/,
        where: at('dokumenter.yaml'),
      });
    });

    it('a template that is a link to a file outside the templates folder is refused', () => {
      const h = hostileProject();
      const templates = join(h.root, 'maler');
      cpSync('templates', templates, { recursive: true });
      writeFileSync(join(h.root, 'hemmelig.md.hbs'), '# Hemmelig\n');
      symlinkSync(join(h.root, 'hemmelig.md.hbs'), join(templates, 'lenke.md.hbs'));
      edit(
        h,
        'dokumenter.yaml',
        'tittel: Prosjektbeskrivelse',
        'tittel: Prosjektbeskrivelse\n    mal: lenke',
      );
      expectRefused(h, build(h, '--templates', templates), {
        status: 1,
        message: /Malen kan ikke brukes: den er en lenke til en fil utenfor malmappen/,
      });
    });
  });

  describe('prototype keys and shapes', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      it(`a «${key}» key is refused at its line`, () => {
        const h = hostileProject();
        appendFileSync(join(h.dir, 'prosjekt.yaml'), `\n${key}:\n  budsjett: {}\n`);
        expectRefused(h, check(h), {
          status: 1,
          message: new RegExp(`Nøkkelen «${key}» er ikke tillatt`),
          where: at('prosjekt.yaml'),
        });
      });
    }
    it('a list as a key is refused at its line, with no English warning', () => {
      const h = hostileProject();
      appendFileSync(join(h.dir, 'prosjekt.yaml'), '\n? [a, b]\n: c\n');
      expectRefused(h, check(h), {
        status: 1,
        message: /En nøkkel må være et navn/,
        where: at('prosjekt.yaml'),
      });
    });
    it('YAML nested 5000 levels deep gives a located message, not a stack trace', () => {
      const h = hostileProject();
      writeFileSync(join(h.dir, 'dyp.yaml'), `dyp: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
      expectRefused(h, check(h), { status: 1, message: /nestet for dypt/, where: at('dyp.yaml') });
    });
  });

  describe('files are read only from inside the project, and only regular files', () => {
    it('a picture that is a link to a file outside the project is refused at its line', () => {
      const h = hostileProject();
      writeFileSync(join(h.root, 'hemmelig.png'), png(4, 4));
      mkdirSync(join(h.dir, 'bilder'));
      symlinkSync(join(h.root, 'hemmelig.png'), join(h.dir, 'bilder', 'kart.png'));
      withPicture(h, 'bilder/kart.png');
      expectRefused(h, build(h), {
        status: 1,
        message: /er en lenke til en fil utenfor prosjektmappen/,
        where: at('prosjekt.yaml'),
      });
    });
    it('a YAML file that is a link to a file outside the project is not read', () => {
      const h = hostileProject();
      writeFileSync(join(h.root, 'annet.yaml'), 'vedlegg:\n  - tittel: x\n');
      symlinkSync(join(h.root, 'annet.yaml'), join(h.dir, 'annet.yaml'));
      expectRefused(h, check(h), {
        status: 1,
        message: /lenke til en fil utenfor prosjektmappen/,
        where: /annet\.yaml/,
      });
    });
    it('an attachment that is a link to /dev/zero is refused, without hanging', () => {
      const h = hostileProject();
      symlinkSync('/dev/zero', join(h.dir, 'null.pdf'));
      withAttachment(h, 'null.pdf');
      expectRefused(h, check(h), {
        status: 1,
        message: /utenfor prosjektmappen/,
        where: at('dokumenter.yaml'),
      });
    });
    it.skipIf(!hasMkfifo)('a FIFO as YAML file, picture or attachment does not make the check wait', () => {
      const h = hostileProject();
      execFileSync('mkfifo', [join(h.dir, 'ror.yaml')]);
      execFileSync('mkfifo', [join(h.dir, 'ror.pdf')]);
      execFileSync('mkfifo', [join(h.dir, 'ror.png')]);
      withAttachment(h, 'ror.pdf');
      withPicture(h, 'ror.png');
      const r = expectRefused(h, check(h), { status: 1, message: /ikke en vanlig fil/, where: /ror\.yaml/ });
      expect(r.stdout + r.stderr).toMatch(/ror\.yaml.*ikke en vanlig fil/);
    });
  });

  describe('pictures', () => {
    it('a PNG of 468 bytes declaring 100000 × 100000 pixels is refused at its line', () => {
      const h = hostileProject();
      writeFileSync(join(h.dir, 'bombe.png'), declaredPng(100_000, 100_000));
      withPicture(h, 'bombe.png');
      expectRefused(h, build(h), {
        status: 1,
        message: /er for stort \(100000 × 100000 piksler/,
        where: at('prosjekt.yaml'),
      });
    });
    it('a truncated PNG is refused at check time at its line', () => {
      const h = hostileProject();
      writeFileSync(join(h.dir, 'kart.png'), png(40, 40).subarray(0, 60));
      withPicture(h, 'kart.png');
      expectRefused(h, check(h), {
        status: 1,
        message: /er ødelagt \(filen er avkortet\)/,
        where: at('prosjekt.yaml'),
      });
    });
    it('a picture named with æøå and a space builds', () => {
      const h = hostileProject();
      mkdirSync(join(h.dir, 'bilder'));
      writeFileSync(join(h.dir, 'bilder', 'kart æøå.png'), png(20, 10));
      withPicture(h, 'bilder/kart%20æøå.png');
      const r = run(h, build(h, '--format', 'pdf,docx'));
      expect(r.status, r.stderr).toBe(0);
      const docx = unzipSync(readFileSync(join(h.out, 'prosjekt', 'beskrivelse.docx')));
      expect(Object.keys(docx).some((n) => n.startsWith('word/media/'))).toBe(true);
    });
  });

  describe('attachments', () => {
    const cases: [string, () => Promise<Uint8Array | string>, RegExp][] = [
      ['a broken PDF', async () => '%PDF-1.4\nikke en pdf\n', /er en ødelagt PDF-fil/],
      ['a PDF with no pages', () => pdf(0), /har ingen sider/],
    ];
    for (const [name, make, message] of cases) {
      it(`${name} is refused at check time at its line`, async () => {
        const h = hostileProject();
        writeFileSync(join(h.dir, 'sak.pdf'), await make());
        withAttachment(h, 'sak.pdf');
        expectRefused(h, check(h), { status: 1, message, where: at('dokumenter.yaml') });
      });
    }
    it.skipIf(spawnSync('qpdf', ['--version']).status !== 0)(
      'an encrypted PDF is refused at check time',
      async () => {
        const h = hostileProject();
        writeFileSync(join(h.root, 'apen.pdf'), await pdf(1));
        execFileSync('qpdf', [
          '--encrypt',
          'a',
          'b',
          '256',
          '--',
          join(h.root, 'apen.pdf'),
          join(h.dir, 'sak.pdf'),
        ]);
        withAttachment(h, 'sak.pdf');
        expectRefused(h, check(h), {
          status: 1,
          message: /beskyttet med passord eller kryptert/,
          where: at('dokumenter.yaml'),
        });
      },
    );
    it.skipIf(spawnSync('qpdf', ['--version']).status !== 0)(
      'JavaScript and Launch actions are removed from an attachment; web links stay',
      async () => {
        const h = hostileProject();
        writeFileSync(join(h.dir, 'sak.pdf'), await pdf(2, true));
        withAttachment(h, 'sak.pdf');
        const r = run(h, build(h));
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).toMatch(/hadde aktivt innhold .* 2 slike elementer er fjernet/);
        const out = join(h.out, 'prosjekt', 'beskrivelse.pdf');
        const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', out, '-']).toString('latin1');
        expect(qdf).not.toMatch(/\/JavaScript|\/Launch|\/JS\b|calc\.exe/);
        expect(qdf).toContain('https://example.org/');
        expect(spawnSync('qpdf', ['--check', out]).status).toBe(0);
      },
    );
  });

  describe('links', () => {
    it('the DOCX makes clickable exactly the links the PDF does', () => {
      const h = hostileProject();
      edit(
        h,
        'prosjekt.yaml',
        'bakgrunn: Bakgrunnen for prosjektet.',
        'bakgrunn: "[a](https://example.org/) [b](mailto:post@example.org) [c](smb://tjener/del) [d](ms-msdt:x) [e](search-ms:x) [f](ftp://x/y) [g](file:///etc/passwd)"',
      );
      const r = run(h, build(h, '--format', 'docx'));
      expect(r.status, r.stderr).toBe(0);
      const docx = unzipSync(readFileSync(join(h.out, 'prosjekt', 'beskrivelse.docx')));
      const rels = Object.entries(docx)
        .filter(([n]) => n.endsWith('.rels'))
        .map(([, b]) => Buffer.from(b).toString('utf8'))
        .join('\n');
      const targets = [...rels.matchAll(/Target="([^"]+)"\s+TargetMode="External"/g)].map((m) => m[1]);
      expect(targets.sort()).toEqual(['https://example.org/', 'mailto:post@example.org']);
    });
  });

  describe('numbers', () => {
    for (const [value, message] of [
      ['9007199254740993', /kan høyst være 1\s000\s000\s000\s000 \(ikke 9007199254740993\)/],
      ['1e308', /kan høyst være 1\s000\s000\s000\s000 \(ikke 1e308\)/],
      ['-0', /Tallet −0 er ikke gyldig/],
    ] as const) {
      it(`the amount ${value} is refused at its line`, () => {
        const h = hostileProject();
        edit(h, 'budsjett.yaml', /beløp: 2400000/, `beløp: ${value}`);
        expectRefused(h, check(h), { status: 1, message, where: at('budsjett.yaml') });
      });
    }
  });

  describe('limits', () => {
    it('a timeline of 10 000 steps is refused at its line, quickly', () => {
      const h = hostileProject();
      const steps = Array.from(
        { length: 10_000 },
        (_, i) => `  - id: steg-${i}\n    tittel: Steg ${i}\n    dato: 2026-01\n    type: milepæl\n`,
      ).join('');
      edit(h, 'tidsplan.yaml', /^tidsplan:\n/m, `tidsplan:\n${steps}`);
      expectRefused(h, build(h), {
        status: 1,
        message: /«tidsplan» kan høyst ha 200 elementer/,
        where: at('tidsplan.yaml'),
      });
    });
  });

  describe('stale outputs', () => {
    it('an output the project no longer makes is removed and named; files the tool did not write stay', () => {
      const h = hostileProject();
      expect(run(h, build(h)).status).toBe(0);
      writeFileSync(join(h.out, 'prosjekt', 'notat.txt'), 'mitt eget');
      edit(h, 'dokumenter.yaml', 'id: beskrivelse', 'id: beskrivelse-ny');
      const r = run(h, build(h));
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/beskrivelse\.pdf\s+fjernet \(lages ikke lenger\)/);
      const files = readdirSync(join(h.out, 'prosjekt')).sort();
      expect(files).toContain('beskrivelse-ny.pdf');
      expect(files).not.toContain('beskrivelse.pdf');
      expect(readFileSync(join(h.out, 'prosjekt', 'notat.txt'), 'utf8')).toBe('mitt eget');
      const manifest = JSON.parse(readFileSync(join(h.out, 'prosjekt', 'manifest.json'), 'utf8'));
      expect(manifest.outputs.map((o: { file: string }) => o.file)).not.toContain('beskrivelse.pdf');
    });
  });

  describe('messages that say what happened', () => {
    it('a file with CR-only line ends is read as lines', () => {
      const h = hostileProject();
      const p = join(h.dir, 'partnere.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/\n/g, '\r'));
      const r = run(h, check(h));
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr + r.stdout).not.toMatch(/tom/);
    });
    it('a Handlebars syntax error is told in Norwegian at the template line', () => {
      const h = hostileProject();
      const templates = join(h.root, 'maler');
      cpSync('templates', templates, { recursive: true });
      appendFileSync(join(templates, 'prosjektbeskrivelse.md.hbs'), '\n{{#if prosjekt}\n');
      expectRefused(h, build(h, '--templates', templates), {
        status: 1,
        message: /Syntaksfeil i malen: uventet/,
        where: /prosjektbeskrivelse\.md\.hbs:\d+:\d+ /,
      });
    });
    it.skipIf(process.getuid?.() === 0)('an unreadable project folder is not «not found»', () => {
      const h = hostileProject();
      chmodSync(h.dir, 0o000);
      try {
        expectRefused(h, check(h), { status: 1, message: /kan ikke leses \(EACCES\)/ });
      } finally {
        chmodSync(h.dir, 0o755);
      }
    });
    it('building every project names the ones built when another fails', () => {
      const h = hostileProject();
      mkdirSync(join(h.root, 'content'));
      cpSync(h.dir, join(h.root, 'content', 'a'), { recursive: true });
      cpSync(h.dir, join(h.root, 'content', 'b'), { recursive: true });
      writeFileSync(join(h.root, 'content', 'b', 'budsjett.yaml'), 'budsjett: [\n');
      symlinkSync(join(process.cwd(), 'templates'), join(h.root, 'templates'));
      const r = run(h, ['build', '--format', 'pdf', '--out', 'ut'], { cwd: h.root });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Bygget: a\. Ikke bygget \(tidligere resultater er urørt\): b\./);
      expect(r.stderr).not.toMatch(/Ingenting ble skrevet/);
    });
    it('init into a place it cannot create says why, without a stack trace or a hang', () => {
      const h = hostileProject();
      const before = tree(h.root);
      for (const target of ['/proc/sys/grantdocs-x', join(h.dir, 'prosjekt.yaml', 'x')]) {
        const r = run(h, ['init', target], { seconds: 10 });
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/Kunne ikke lage mappen/);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
      expect(tree(h.root)).toEqual(before);
    });
    it('manifest input paths do not depend on the working folder', () => {
      const h = hostileProject();
      mkdirSync(h.out);
      const a = run(h, build(h));
      expect(a.status, a.stderr).toBe(0);
      const first = readFileSync(join(h.out, 'prosjekt', 'manifest.json'), 'utf8');
      symlinkSync(join(process.cwd(), 'templates'), join(h.root, 'templates'));
      const b = run(h, ['build', 'prosjekt', '--out', 'out', '--format', 'pdf'], { cwd: h.root });
      expect(b.status, b.stderr).toBe(0);
      expect(readFileSync(join(h.out, 'prosjekt', 'manifest.json'), 'utf8')).toBe(first);
      expect(readdirSync(h.out).filter((n) => n.startsWith('.'))).toHaveLength(1);
    });
  });
});
