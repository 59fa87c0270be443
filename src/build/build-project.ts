import { basename, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from '../diagnostics/types.js';
import type { DocumentSpec, Project } from '../model/project.js';
import type { PageMap } from '../layout/page-map.js';
import type { DocxWorker } from './parallel/docx-worker.js';
import type { DocxResult } from '../writers/docx/write-docx.js';
import type { DocumentTree } from '../tree/types.js';
import { commitOutputs } from './commit.js';
import { outFolderProblem } from './out-folder.js';
import { isSafeOutputName } from './output-names.js';
import type { LoadedProject } from '../content/load.js';
import { outputsToCarry, readPreviousBuild } from './previous.js';
import { Reconciler } from './reconcile.js';
import { inputHashes, manifestWarnings, renderManifest, sha256, type ManifestOutput } from './manifest.js';
import { manifestFacts } from './manifest-facts.js';
import { renderPortalExport } from './portal-export.js';
import { toolVersion } from './version.js';
import { namedFiles } from '../tree/named-files.js';
import type { ChangeReport } from '../changes/diff.js';
import { changesForBuild } from '../changes/for-build.js';
import { withChangesSection } from '../document/changes-section.js';

export type OutputFormat = 'pdf' | 'docx';
export type EmitKind = 'markdown' | 'tree';

export interface BuildOptions {
  final: boolean;
  /** Document ids to build; all when empty. */
  only: string[];
  formats: OutputFormat[];
  /** Root of the outputs; each project gets a sub-folder. */
  outDir: string;
  emit: EmitKind[];
  templatesDir: string;
  /** Adds the section «Endringer siden …» comparing with this git ref or output folder (--endringer-fra). */
  changesFrom?: string;
  /** What a long-running caller (`grantdocs watch`) keeps between builds; absent for one-off builds. */
  reuse?: BuildReuse;
  /** Writes the DOCX files in a worker thread, beside the PDFs (parallel/docx-worker.ts). */
  docxWorker?: DocxWorker;
}

/**
 * Hooks for reusing earlier work (src/build/incremental/): a writer's result for a tree it has seen, and
 * hearing which outputs the commit left as they were (commitOutputs hard-links an output whose bytes are
 * unchanged instead of writing it). A build with them makes the same bytes as without.
 */
export interface BuildReuse {
  /** The writer's result for this tree: an earlier one if tree and named files are unchanged, else make(). */
  writer<T>(format: OutputFormat, tree: DocumentTree, make: () => Promise<T>): Promise<T>;
  /** Called after the commit with the paths of the outputs whose bytes were already there. */
  committed(unchanged: string[]): void;
  /**
   * Called once every PDF is made and no error was found so far, before the DOCX files are written and
   * anything is committed: the preview shows the new pages without waiting for the rest.
   */
  pdfsReady?(pdfs: { document: string; pdf: Uint8Array }[], diagnostics: Diagnostic[]): void;
  /**
   * The ids of the documents whose PDFs to make first (those the preview's reader looks at), in that
   * order; the others follow in the project's order. Only the order of the work changes: the outputs,
   * the manifest and the diagnostics are the same as without.
   */
  firstDocuments?(): string[];
  /**
   * Called with each document's PDF as soon as it is made, when no error was found so far (in the check,
   * or in the documents made before it), before anything is committed.
   */
  pdfReady?(pdf: { document: string; pdf: Uint8Array }, diagnostics: Diagnostic[]): void;
}

export interface OutputRecord extends ManifestOutput {
  ms: number;
}

export interface ProjectBuildResult {
  project: string;
  dir: string;
  outputs: OutputRecord[];
  diagnostics: Diagnostic[];
  /** Outputs of the previous build that this build no longer makes, removed in the same switch. */
  removed: string[];
  /** An option was wrong (unknown document id): exit code 2. */
  usageError: boolean;
}

/** Adds one output, held in memory until every document has been built. */
type Add = (
  doc: DocumentSpec,
  format: string,
  ext: string,
  data: Uint8Array | string,
  ms: number,
  pages?: number,
) => void;

interface Pending extends OutputRecord {
  data: Uint8Array | string;
}

const hasErrors = (d: Diagnostic[]) => d.some((x) => x.severity === 'error');

/** Under --final every warning is an error: the documents must be complete. */
function strict(diags: Diagnostic[], final: boolean): Diagnostic[] {
  return final ? diags.map((d) => ({ ...d, severity: 'error' as const })) : diags;
}

/**
 * Builds every requested document of one project: check, facts, tree, then the writers. All outputs are
 * produced in memory first; only when nothing failed is the whole set, with its manifest, committed in one
 * atomic switch (commit.ts). A failed build therefore leaves the previous outputs untouched.
 */
export async function buildProject(dir: string, opts: BuildOptions): Promise<ProjectBuildResult> {
  const name = basename(dir.replace(/[\\/]+$/, ''));
  const result: ProjectBuildResult = {
    project: name,
    dir,
    outputs: [],
    removed: [],
    diagnostics: [],
    usageError: false,
  };
  const outProblem = outFolderProblem(opts.outDir, name, dir, opts.templatesDir);
  if (outProblem) {
    result.diagnostics.push(outProblem);
    result.usageError = true;
    return result;
  }
  const { checkProject } = await import('../content/check.js');
  const checked = await checkProject(dir, { final: opts.final, templatesDir: opts.templatesDir });
  result.diagnostics.push(...checked.diagnostics);
  if (!checked.project || !checked.loaded || hasErrors(checked.diagnostics)) return result;
  const project: Project = checked.project;

  const unknown = opts.only.filter((id) => !project.dokumenter.some((d) => d.id === id));
  if (unknown.length > 0) {
    result.usageError = true;
    result.diagnostics.push({
      severity: 'error',
      rule: 'build/unknown-document',
      message: `Ukjent dokument: ${unknown.join(', ')}.`,
      hint: `Prosjektet har disse dokumentene: ${project.dokumenter.map((d) => d.id).join(', ')}.`,
    });
    return result;
  }
  const docs = project.dokumenter.filter((d) => opts.only.length === 0 || opts.only.includes(d.id));
  const unsafe = unsafeNames(name, project.dokumenter, checked.loaded);
  if (unsafe.length > 0) {
    result.diagnostics.push(...unsafe);
    return result;
  }

  const { deriveFacts } = await import('../facts/derive.js');
  const facts = deriveFacts(project);
  const changes = opts.changesFrom ? await changesForBuild(dir, opts.changesFrom, project, facts) : undefined;
  if (changes && 'diagnostics' in changes) {
    result.diagnostics.push(...changes.diagnostics);
    result.usageError = changes.exitCode === 2;
    return result;
  }
  const outDir = join(opts.outDir, name);
  const pending: Pending[] = [];
  const add: Add = (doc, format, ext, data, ms, pages) => {
    pending.push({
      file: relative(process.cwd(), join(outDir, `${doc.id}.${ext}`))
        .split('\\')
        .join('/'),
      document: doc.id,
      format,
      data,
      sha256: sha256(data),
      bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength,
      pages,
      ms,
    });
  };

  const reconcile = new Reconciler(checked.diagnostics, checked.loaded);
  // Two rounds: every document's tree and PDF, then (after telling pdfsReady) their DOCX files and
  // exports. The outputs are listed per document, in the same order as one round in the project's order
  // would give. Watch makes the documents the preview shows first, telling pdfReady after each.
  const made: MadeDocument[] = [];
  const preview = opts.reuse?.pdfReady
    ? new EarlyPdfs(result.diagnostics, checked.diagnostics, checked.loaded, opts)
    : undefined;
  for (const i of firstRoundOrder(docs, opts.reuse?.firstDocuments?.() ?? [])) {
    made[i] = await buildDocumentPdf(project, facts, docs[i]!, dir, opts, add, changes);
    preview?.made(docs[i]!.id, made[i]!.diagnostics, pending);
  }
  // What the build says so far, reconciled as the final report will be (with a reconciler of its own).
  const early = opts.reuse?.pdfsReady ? new Reconciler(checked.diagnostics, checked.loaded) : undefined;
  const soFar = early
    ? [
        ...result.diagnostics,
        ...made.flatMap((m, i) => strict(early.document(m.diagnostics, docs[i]!.id), opts.final)),
      ]
    : [];
  if (opts.reuse?.pdfsReady && !hasErrors(soFar)) {
    // In the project's order, whatever order they were made in.
    const pdfs = docs.flatMap((d) =>
      pending.flatMap((p) =>
        p.document === d.id && p.format === 'pdf' && typeof p.data !== 'string'
          ? [{ document: p.document, pdf: p.data }]
          : [],
      ),
    );
    opts.reuse.pdfsReady(pdfs, soFar);
  }
  for (const [i, doc] of docs.entries()) {
    const m = made[i]!;
    if (m.tree) m.diagnostics.push(...(await buildDocumentRest(project, facts, doc, opts, add, m)));
    result.diagnostics.push(...strict(reconcile.document(m.diagnostics, doc.id), opts.final));
  }
  const order = new Map(docs.map((d, i) => [d.id, i]));
  pending.sort((a, b) => order.get(a.document)! - order.get(b.document)!);
  if (hasErrors(result.diagnostics)) return result;

  const outputs = pending.map(({ data: _data, ...rest }) => rest);
  const previous = await readPreviousBuild(outDir);
  const carried = await outputsToCarry(
    outDir,
    previous,
    new Set(project.dokumenter.map((d) => d.id)),
    new Set(outputs.map((o) => `${o.document}\n${o.format}`)),
  );
  const manifest = renderManifest({
    tool: 'grantdocs',
    version: toolVersion(),
    project: name,
    final: opts.final,
    inputs: await inputHashes(
      dir,
      checked.loaded.files,
      opts.templatesDir,
      made.flatMap((m) => (m.tree ? namedFiles(m.tree) : [])),
    ),
    // Names relative to the project's output folder, so the manifest does not depend on --out.
    outputs: [...outputs.map(({ ms: _ms, ...o }) => ({ ...o, file: basename(o.file) })), ...carried].sort(
      (a, b) => a.file.localeCompare(b.file),
    ),
    warnings: manifestWarnings(result.diagnostics),
    ...manifestFacts(project, facts),
  });
  const committed = await commitOutputs(
    opts.outDir,
    name,
    [
      ...pending.map((p) => ({ name: basename(p.file), data: p.data })),
      { name: 'manifest.json', data: manifest },
    ],
    { owned: previous.owned, carry: carried.map((c) => c.file) },
  );
  result.removed = committed.removed.map((n) =>
    relative(process.cwd(), join(outDir, n)).split('\\').join('/'),
  );
  const same = new Set(committed.unchanged);
  opts.reuse?.committed(pending.filter((p) => same.has(basename(p.file))).map((p) => p.file));
  result.outputs = outputs;
  return result;
}

/** The indexes of `docs` in the order to make their PDFs: those named in `first`, then the others. */
function firstRoundOrder(docs: DocumentSpec[], first: string[]): number[] {
  const ids = docs.map((d) => d.id);
  const named = [...new Set(first)].map((id) => ids.indexOf(id)).filter((i) => i >= 0);
  return [...named, ...ids.keys()].filter((i, n, all) => all.indexOf(i) === n);
}

/**
 * Tells `pdfReady` each PDF as it is made, while the documents made so far (reconciled as the final
 * report will be, with a reconciler of its own) have no error; after the first error, nothing more.
 */
class EarlyPdfs {
  private readonly reconcile: Reconciler;
  private readonly soFar: Diagnostic[];
  private failed = false;

  constructor(
    before: Diagnostic[],
    checkDiagnostics: Diagnostic[],
    loaded: LoadedProject,
    private readonly opts: BuildOptions,
  ) {
    this.reconcile = new Reconciler(checkDiagnostics, loaded);
    this.soFar = [...before];
  }

  made(id: string, diagnostics: Diagnostic[], pending: Pending[]): void {
    this.soFar.push(...strict(this.reconcile.document(diagnostics, id), this.opts.final));
    this.failed ||= hasErrors(this.soFar);
    const pdf = pending.find((p) => p.document === id && p.format === 'pdf')?.data;
    if (this.failed || pdf === undefined || typeof pdf === 'string') return;
    this.opts.reuse?.pdfReady?.({ document: id, pdf }, [...this.soFar]);
  }
}

/**
 * The project's folder name and the document ids become file names under --out. The schema allows only
 * safe ids; this checks again where the paths are made, so no content can write outside --out.
 */
function unsafeNames(name: string, docs: DocumentSpec[], loaded: LoadedProject): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isSafeOutputName(name))
    out.push({
      severity: 'error',
      rule: 'build/unsafe-name',
      file: loaded.dir,
      message: `Prosjektmappen «${name}» kan ikke brukes som navn på ut-mappen`,
      hint: 'Gi prosjektmappen et navn med bokstaver, tall og bindestrek, for eksempel «nytt-prosjekt».',
    });
  for (const [i, d] of docs.entries()) {
    if (isSafeOutputName(`${d.id}.tree.json`)) continue;
    const loc = loaded.locate(['dokumenter', i, 'id']);
    out.push({
      severity: 'error',
      rule: 'build/unsafe-name',
      path: `dokumenter[${i}].id`,
      ...(loc ? { file: loc.file, start: loc.start } : { file: loaded.dir }),
      message: `«dokumenter[${i}].id» kan ikke brukes i et filnavn («${d.id}»)`,
      hint: 'Bruk små bokstaver, tall og bindestrek, for eksempel «soknad-nfk».',
    });
  }
  return out;
}

/** One document after its first round: its tree (absent after an error) and what the DOCX needs. */
interface MadeDocument {
  tree: DocumentTree | undefined;
  diagnostics: Diagnostic[];
  /** The PDF layout's page numbers (when the PDF was made), for the DOCX. */
  pages: PageMap | undefined;
  /** Time from the document's start to its tree. */
  treeMs: number;
  /** The DOCX, when the worker was given it in the first round, and when that was. */
  docx?: { result: Promise<DocxResult>; started: number };
}

/** First round: the document's tree (and Markdown/tree outputs), then its PDF. */
async function buildDocumentPdf(
  project: Project,
  facts: import('../facts/derive.js').Facts,
  doc: DocumentSpec,
  dir: string,
  opts: BuildOptions,
  add: Add,
  changes?: ChangeReport,
): Promise<MadeDocument> {
  const t0 = performance.now();
  const diagnostics: Diagnostic[] = [];
  const { buildDocumentTree } = await import('../document/build-tree.js');
  const treeResult = buildDocumentTree(project, facts, doc, {
    projectDir: dir,
    templatesDir: opts.templatesDir,
    draft: !opts.final,
    checkOpen: opts.final,
  });
  diagnostics.push(...treeResult.diagnostics);
  if (opts.emit.includes('markdown')) add(doc, 'markdown', 'md', treeResult.markdown, 0);
  let tree: DocumentTree | undefined = treeResult.tree;
  if (!tree || hasErrors(treeResult.diagnostics))
    return { tree: undefined, diagnostics, pages: undefined, treeMs: 0 };
  if (changes) tree = withChangesSection(tree, changes, doc.id, treeResult.markdown);
  const built = tree;
  if (opts.emit.includes('tree')) add(doc, 'tree', 'tree.json', JSON.stringify(built, null, 2) + '\n', 0);
  const treeMs = performance.now() - t0;

  // The DOCX gets the PDF layout's page numbers (contents, page count): the PDF's, or laid out for it.
  let pages: PageMap | undefined;
  if (opts.formats.includes('pdf')) {
    const t = performance.now();
    const { writePdf } = await import('../writers/pdf/write-pdf.js');
    const pdf = await (opts.reuse ? opts.reuse.writer('pdf', built, () => writePdf(built)) : writePdf(built));
    diagnostics.push(...pdf.diagnostics);
    pages = pdf.pageMap;
    add(doc, 'pdf', 'pdf', pdf.bytes, treeMs + performance.now() - t, pdf.pages);
  }
  const made: MadeDocument = { tree: built, diagnostics, pages, treeMs };
  const worker = opts.docxWorker;
  if (worker && opts.formats.includes('docx')) {
    // Written on the other core while the main thread goes on with the next document's PDF.
    const write = () => worker.write(built, pages);
    const result = opts.reuse ? opts.reuse.writer('docx', built, write) : write();
    made.docx = { result, started: performance.now() };
    // A failure is taken up in the second round; never an unhandled rejection meanwhile.
    result.catch(() => undefined);
  }
  return made;
}

/** Second round: the DOCX and the portal export. */
async function buildDocumentRest(
  project: Project,
  facts: import('../facts/derive.js').Facts,
  doc: DocumentSpec,
  opts: BuildOptions,
  add: Add,
  made: MadeDocument,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const tree = made.tree!;
  if (opts.formats.includes('docx')) {
    const t = performance.now();
    const { writeDocx } = await import('../writers/docx/write-docx.js');
    const docx = await (made.docx?.result ??
      (opts.reuse
        ? opts.reuse.writer('docx', tree, () => writeDocx(tree, made.pages))
        : writeDocx(tree, made.pages)));
    diagnostics.push(...docx.diagnostics);
    add(doc, 'docx', 'docx', docx.bytes, made.treeMs + performance.now() - (made.docx?.started ?? t));
  }
  const { hasPortalExport } = await import('../document/template-name.js');
  if (hasPortalExport(doc, project)) {
    const { portalFields } = await import('../facts/portal.js');
    const recipient = project.partnere.find((p) => p.id === doc.mottaker)?.navn ?? doc.mottaker ?? '';
    const exported = renderPortalExport(doc.tittel, recipient, portalFields(project, facts, doc));
    diagnostics.push(...exported.diagnostics);
    add(doc, 'felt', 'felt.md', exported.text, 0);
  }
  return diagnostics;
}
