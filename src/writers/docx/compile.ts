import { Packer, type Document } from 'docx';

/** The package's files by path: XML parts as text, pictures as bytes. */
type Files = Map<string, string | Uint8Array>;

/** What the docx package's Formatter returns for a part: an object its XML stringifier writes. */
type Formatted = object;

interface Formatter {
  format(input: object, context?: unknown): Formatted;
}

/** The compiler the docx package's Packer uses (not in its type declarations). */
interface Compiler {
  formatter: Formatter;
  compile(doc: Document): Files;
}

/** The parts of a docx File the compiler formats, as far as the writer needs them here. */
interface FileParts {
  Styles?: object;
  Theme?: object;
  FontTable?: { View?: object };
  FootNotes?: { View?: object };
  Endnotes?: { View?: object };
  Comments?: object;
  AppProperties?: object;
  CustomProperties?: object;
  Settings?: object;
}

/**
 * Formatted parts that are the same in every document this writer makes, by part (and, for settings,
 * by the one option the writer varies). The styles, theme, font table, empty notes and comments,
 * application and custom properties depend on nothing from the tree: formatting them once per process
 * saves about a sixth of the compile time.
 */
const constantParts = new Map<string, Formatted>();

function constantPartKey(file: FileParts, input: object, variant: string): string | undefined {
  if (input === file.Styles) return 'styles';
  if (input === file.Theme) return 'theme';
  if (input === file.FontTable?.View) return 'fonts';
  if (input === file.FootNotes?.View) return 'footnotes';
  if (input === file.Endnotes?.View) return 'endnotes';
  if (input === file.Comments) return 'comments';
  if (input === file.AppProperties) return 'app';
  if (input === file.CustomProperties) return 'custom';
  if (input === file.Settings) return `settings\n${variant}`;
  return undefined;
}

/**
 * A compiler like the Packer's, but whose formatter (a) reuses the formatted constant parts and (b)
 * formats each component only once per document: the docx compiler formats every header and footer
 * twice (once to find its pictures, once for its XML). `variant` must name every option of the
 * document that changes the constant parts besides their own inputs (here: whether fields update on
 * opening, which changes settings.xml). Null when the docx release has no such compiler.
 */
function compilerFor(file: FileParts, variant: string): Compiler | null {
  const shared = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof shared?.compile !== 'function' || typeof shared.formatter?.format !== 'function') return null;
  const inner = shared.formatter;
  const seen = new WeakMap<object, Formatted>();
  const formatter: Formatter = {
    format(input, context) {
      const hit = seen.get(input);
      if (hit !== undefined) return hit;
      const key = constantPartKey(file, input, variant);
      let out = key === undefined ? undefined : constantParts.get(key);
      if (out === undefined) {
        out = inner.format(input, context);
        if (key !== undefined) constantParts.set(key, out);
      }
      seen.set(input, out);
      return out;
    },
  };
  // Filling in the table of contents formats the styles once more (to find the heading styles),
  // calling the styles' own method: this document's styles object answers from the same cache.
  const styles = file.Styles as { prepForXml?: (context: unknown) => Formatted } | undefined;
  const ownPrep = styles?.prepForXml;
  if (styles !== undefined && typeof ownPrep === 'function') {
    styles.prepForXml = (context: unknown) => {
      let out = constantParts.get('styles');
      if (out === undefined) constantParts.set('styles', (out = ownPrep.call(styles, context)));
      return out;
    };
  }
  // An object of its own on top of the shared compiler: the package's compiler is left as it is.
  const compiler = Object.create(shared) as Compiler;
  compiler.formatter = formatter;
  return compiler;
}

/**
 * The package's files before zipping, from the docx compiler (skipping its zip, which the normalising
 * pass would only undo); null when the docx release has no compiler to call, and the caller packs.
 */
export function compileDocument(doc: Document, variant: string): Files | null {
  const compiler = compilerFor(doc as unknown as FileParts, variant);
  if (compiler === null) return null;
  const files: Files = new Map();
  for (const [name, data] of compiler.compile(doc)) {
    files.set(name, typeof data === 'string' || ArrayBuffer.isView(data) ? data : new Uint8Array(data));
  }
  return files;
}
