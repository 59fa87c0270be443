import { readFileSync } from 'node:fs';
// In the bundle, commander gets node:child_process on first use (src/cli/bundle-plugins.ts).
import { Command, CommanderError, Help } from 'commander';
import { usageErrorText } from './usage-errors.js';

/**
 * The commander program. Each command is declared here (cheap) and its implementation is imported from
 * src/cli/commands/<name>.ts only when the command runs, so start-up stays fast: heavy modules (ajv, yaml,
 * pdf-lib) load only inside the command that needs them. A command module exports
 * `run<Name>(…): Promise<number>` returning the exit code.
 */

const TITLES: Record<string, string> = {
  'Usage:': 'Bruk:',
  'Arguments:': 'Argumenter:',
  'Options:': 'Valg:',
  'Commands:': 'Kommandoer:',
  'Global Options:': 'Felles valg:',
};

function version(): string {
  try {
    const url = new URL('../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function createProgram(setExit: (code: number) => void): Command {
  const program = new Command('grantdocs');
  program
    .description('Lager prosjektbeskrivelse og søknader (DOCX og PDF) fra innholdet i content/.')
    .usage('<kommando> [valg]')
    .version(version(), '-V, --version', 'vis versjonsnummeret')
    .helpOption('-h, --help', 'vis hjelp')
    .helpCommand('help [kommando]', 'vis hjelp for en kommando')
    .configureHelp({
      styleTitle: (t: string) => TITLES[t] ?? t,
      subcommandTerm: (cmd: Command) => `${cmd.name()} ${cmd.usage()}`.trim(),
    } as Partial<Help>)
    .configureOutput({ writeErr: () => {}, outputError: () => {} })
    .exitOverride();

  program
    .command('check')
    .description(
      'kontroller innholdet i en prosjektmappe og malene den bruker (alle mapper under content/ uten argument)',
    )
    .usage('[valg] [mappe]')
    .argument('[mappe]', 'prosjektmappen, for eksempel content/mitt-prosjekt')
    .option('--final', 'endelig versjon: verdier som ikke er avklart, blir feil i stedet for advarsler')
    .option('--format <format>', 'utdata: tekst (standard) eller json')
    .option('--templates <mappe>', 'malmappen (standard: templates)')
    .action(
      async (dir: string | undefined, opts: { final?: boolean; format?: string; templates?: string }) => {
        const { runCheck } = await import('./commands/check.js');
        setExit(await runCheck(dir, opts));
      },
    );

  program
    .command('build')
    .description('bygg dokumentene (PDF og DOCX) for en prosjektmappe (alle under content/ uten argument)')
    .usage('[valg] [mappe]')
    .argument('[mappe]', 'prosjektmappen, for eksempel content/mitt-prosjekt')
    .option('--final', 'endelig versjon: verdier som ikke er avklart, stopper bygget')
    .option('--only <dokumenter>', 'bygg bare disse dokumentene (id-er skilt med komma)')
    .option('--format <formater>', 'pdf, docx og/eller json (skilt med komma)')
    .option('--json', 'rapport i JSON for maskiner')
    .option('--out <mappe>', 'ut-mappen (standard: out)')
    .option('--emit <mellomtrinn>', 'skriv også mellomtrinn: markdown, tree')
    .option('--templates <mappe>', 'malmappen (standard: templates)')
    .option(
      '--endringer-fra <versjon>',
      'legg til «Endringer siden …» mot en versjon i git eller en tidligere ut-mappe',
    )
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { runBuild } = await import('./commands/build.js');
      setExit(await runBuild(dir, opts));
    });

  program
    .command('watch')
    .description('bygg på nytt hver gang en fil i prosjektmappen eller malene endres')
    .usage('[valg] <mappe>')
    .argument('<mappe>', 'prosjektmappen, for eksempel content/mitt-prosjekt')
    .option('--final', 'endelig versjon')
    .option('--only <dokumenter>', 'bygg bare disse dokumentene (id-er skilt med komma)')
    .option('--format <formater>', 'pdf og/eller docx (skilt med komma)')
    .option('--out <mappe>', 'ut-mappen (standard: out)')
    .option('--templates <mappe>', 'malmappen (standard: templates)')
    .option('--port <port>', 'port for forhåndsvisningen på 127.0.0.1 (standard: 7357, 0: en ledig port)')
    .option('--no-preview', 'uten forhåndsvisning i nettleseren')
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { runWatch } = await import('./commands/watch.js');
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      setExit(await runWatch(dir, opts, stop.signal));
    });

  program
    .command('endringer')
    .description('vis hva som er endret i prosjektet siden en versjon i git eller et tidligere bygg')
    .usage('[valg] [mappe]')
    .argument('[mappe]', 'prosjektmappen, for eksempel content/mitt-prosjekt')
    .option('--fra <versjon>', 'en versjon i git (HEAD~1, v1.0, main, en commit) eller en tidligere ut-mappe')
    .option('--format <format>', 'utdata: markdown (standard) eller json')
    .action(async (dir: string | undefined, opts: { fra?: string; format?: string }) => {
      const { runChanges } = await import('./commands/changes.js');
      setExit(await runChanges(dir, opts));
    });

  program
    .command('init')
    .description('lag en ny prosjektmappe med eksempelfiler som består kontrollen')
    .usage('<mappe>')
    .argument('<mappe>', 'den nye prosjektmappen, for eksempel content/mitt-prosjekt')
    .action(async (dir: string) => {
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit(dir));
    });

  program
    .command('schema')
    .description('skriv ut JSON-skjemaet for innholdsfilene')
    .usage(' ')
    .action(async () => {
      const { runSchema } = await import('./commands/schema.js');
      setExit(await runSchema());
    });

  return program;
}

/** Runs the command line (argv without node and script); resolves with the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  let code = 0;
  const program = createProgram((c) => {
    code = c;
  });
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(err.code)) return 0;
    process.stderr.write(`grantdocs: ${usageErrorText(err.code, err.message)}\n`);
    process.stderr.write('Skriv «grantdocs --help» for hjelp.\n');
    return 2;
  }
  return code;
}

/**
 * The DOCX writer, for the worker thread that writes Word files beside the PDFs
 * (src/build/parallel/docx-worker-main.ts): the worker runs the same bundle as the command.
 */
export async function writeDocx(
  tree: import('../tree/types.js').DocumentTree,
  pages: import('../layout/page-map.js').PageMap | undefined,
): Promise<import('../writers/docx/write-docx.js').DocxResult> {
  const docx = await import('../writers/docx/write-docx.js');
  return docx.writeDocx(tree, pages);
}
