import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCAFFOLD = fileURLToPath(new URL('../../../scaffold/', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../../schema/prosjekt.schema.json', import.meta.url));

/**
 * `grantdocs init <dir>`: creates a project folder with commented example YAML that passes `check`.
 * The `$schema` line of each file points at the schema from the new folder, wherever it is.
 * Refuses a folder that already has files, so nothing is ever overwritten. Returns the exit code.
 */
export async function runInit(dir: string): Promise<number> {
  const existing = await readdir(dir).catch(() => [] as string[]);
  if (existing.length > 0) {
    process.stderr.write(
      `grantdocs: Mappen «${dir}» finnes allerede og er ikke tom. Velg en ny mappe, for eksempel content/mitt-prosjekt.\n`,
    );
    return 2;
  }
  const made = await makeFolder(dir);
  if (made) {
    process.stderr.write(
      `grantdocs: Kunne ikke lage mappen «${dir}»: ${made}. Velg en mappe du kan skrive i, for eksempel content/mitt-prosjekt.\n`,
    );
    return 1;
  }
  const schemaRef = relative(resolve(dir), SCHEMA).split('\\').join('/');
  const files = (await readdir(SCAFFOLD)).filter((f) => f.endsWith('.yaml')).sort();
  for (const f of files) {
    const text = await readFile(join(SCAFFOLD, f), 'utf8');
    try {
      await writeFile(join(dir, f), text.replace(/\$schema=\S+/, `$schema=${schemaRef}`), { flag: 'wx' });
    } catch (e) {
      process.stderr.write(
        `grantdocs: Kunne ikke skrive ${join(dir, f)}: ${why((e as NodeJS.ErrnoException).code)}.\n`,
      );
      return 1;
    }
  }
  process.stdout.write(
    `Opprettet ${dir} med ${files.join(', ')}.\nNeste steg: rediger filene, kjør «grantdocs check ${dir}» og «grantdocs build ${dir}».\n`,
  );
  return 0;
}

function why(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'du har ikke skrivetilgang';
    case 'EROFS':
      return 'disken er skrivebeskyttet';
    case 'ENOSPC':
      return 'disken er full';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'en del av stien er en fil, ikke en mappe';
    default:
      return `stien kan ikke brukes (${code ?? 'ukjent feil'})`;
  }
}

/**
 * Creates a folder and its missing parents one at a time (Node's recursive mkdir can loop forever on
 * special file systems such as /proc). Returns what went wrong in Norwegian, or undefined.
 */
async function makeFolder(dir: string): Promise<string | undefined> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const st = await stat(at).catch((e: NodeJS.ErrnoException) => e);
    if (!(st instanceof Error)) {
      if (!st.isDirectory()) return why('ENOTDIR');
      break;
    }
    if (st.code !== 'ENOENT') return why(st.code);
    missing.unshift(at);
    if (dirname(at) === at) return why('ENOENT');
    at = dirname(at);
  }
  for (const m of missing) {
    try {
      await mkdir(m);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return why(code);
    }
  }
  return undefined;
}
