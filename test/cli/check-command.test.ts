import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './capture.js';

describe('grantdocs check', () => {
  it('the sample draft: exit 0, open questions as warnings, summary last', async () => {
    const r = await cli('check', 'content/felles-ansvar');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^content\/felles-ansvar: Ingen feil, \d+ advarsler\.$/);
    expect(r.out).toContain(
      'advarsel  «vertskommune» er ikke avklart – åpent spørsmål «Hvem blir vertskommune?»',
    );
    expect(r.out).toMatch(/^content\/felles-ansvar\/budsjett\.yaml:\d+:\d+ {2}advarsel {2}/m);
    expect(r.out).not.toContain('\x1b['); // not a TTY: no colours
  });

  it('lines are sorted by file, then line', async () => {
    const r = await cli('check', 'content/felles-ansvar');
    const keys = r.out
      .split('\n')
      .map((l) => /^(\S+\.yaml):(\d+):(\d+)/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, Number(m[2]), Number(m[3])] as const);
    const sorted = [...keys].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2],
    );
    expect(keys).toEqual(sorted);
  });

  it('--final: exit 1 and every unresolved item is an error', async () => {
    const r = await cli('check', '--final', 'content/felles-ansvar');
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('  advarsel  ');
    expect(r.out).toContain('feil  «vertskommune» er ikke avklart');
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^content\/felles-ansvar: \d+ feil\.$/);
  });

  it('--format json for machines', async () => {
    const r = await cli('check', 'content/felles-ansvar', '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      ok: boolean;
      projects: { dir: string; errors: number; warnings: number; diagnostics: { rule: string }[] }[];
    };
    expect(json.ok).toBe(true);
    expect(json.projects[0]!.dir).toBe('content/felles-ansvar');
    expect(json.projects[0]!.errors).toBe(0);
    expect(json.projects[0]!.warnings).toBe(json.projects[0]!.diagnostics.length);
  });

  it('without a folder: checks every project under ./content/', async () => {
    const r = await cli('check');
    expect(r.code).toBe(0);
    expect(r.out).toContain('content/felles-ansvar/');
  });

  it('a missing folder is a content error (exit 1) with a Norwegian diagnostic', async () => {
    const r = await cli('check', 'content/finnes-ikke');
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      'content/finnes-ikke  feil  Fant ikke prosjektmappen «content/finnes-ikke»  [file/missing-folder]\n' +
        '    Sjekk stavemåten. Prosjektmapper ligger under content/, for eksempel content/mitt-prosjekt.\n' +
        'content/finnes-ikke: 1 feil.\n',
    );
  });
});

describe('usage errors: exit 2 with a Norwegian message', () => {
  const cases: [string[], string][] = [
    [['check', '--bogus'], 'grantdocs: Ukjent valg «--bogus».\n'],
    [['check', 'a', 'b'], 'grantdocs: For mange argumenter til «check».\n'],
    [['check', '--format'], 'grantdocs: Valget «--format» mangler en verdi.\n'],
    [['check', '--format', 'xml'], 'grantdocs: Ukjent format «xml». Bruk tekst eller json.\n'],
    [
      ['frobniser'],
      'grantdocs: Ukjent kommando «frobniser». Kommandoene er check, build, watch, endringer, init og schema.\n',
    ],
    [['watch'], 'grantdocs: Argumentet «mappe» mangler.\n'],
  ];
  for (const [argv, first] of cases) {
    it(argv.join(' '), async () => {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')[0] + '\n').toBe(first);
      expect(r.out).toBe('');
    });
  }

  it('no command at all prints the Norwegian help', async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.err).toContain('Bruk: grantdocs <kommando> [valg]');
    expect(r.err).toContain('Kommandoer:');
  });

  it('--help exits 0', async () => {
    const r = await cli('check', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--final');
    expect(r.out).toContain('Valg:');
  });
});

describe('grantdocs schema', () => {
  it('prints the JSON Schema', async () => {
    const r = await cli('schema');
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync('schema/prosjekt.schema.json', 'utf8'));
    expect(JSON.parse(r.out).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
