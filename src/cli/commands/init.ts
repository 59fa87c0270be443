import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
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
  await mkdir(dir, { recursive: true });
  const schemaRef = relative(resolve(dir), SCHEMA).split('\\').join('/');
  const files = (await readdir(SCAFFOLD)).filter((f) => f.endsWith('.yaml')).sort();
  for (const f of files) {
    const text = await readFile(join(SCAFFOLD, f), 'utf8');
    await writeFile(join(dir, f), text.replace(/\$schema=\S+/, `$schema=${schemaRef}`), { flag: 'wx' });
  }
  process.stdout.write(
    `Opprettet ${dir} med ${files.join(', ')}.\nNeste steg: rediger filene, kjør «grantdocs check ${dir}» og «grantdocs build ${dir}».\n`,
  );
  return 0;
}
