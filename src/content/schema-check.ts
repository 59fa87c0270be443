import type { ErrorObject, ValidateFunction } from 'ajv';
import localizeNbModule from 'ajv-i18n/localize/nb/index.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { parseDate } from '../model/dates.js';
import { pathToText } from '../model/unresolved.js';
import type { LoadedProject } from './load.js';
import { closest, DATE_FORMS, describeValue, TYPE_NAMES } from './messages.js';
// Precompiled from schema/prosjekt.schema.json (see generate-validator.ts): no ajv compile at start-up.
import validateGenerated from './schema-validator.generated.js';
import { formatNbNumber } from '../format/nb-number.js';

// CommonJS default export seen from ESM (the types describe the ES-module shape).
type Localize = (errors: ErrorObject[]) => void;
const localizeNb = ((localizeNbModule as unknown as { default?: Localize }).default ??
  localizeNbModule) as unknown as Localize;

const validator = (): ValidateFunction => validateGenerated as unknown as ValidateFunction;

/** JSON pointer from ajv → path with numbers for array indices. */
function pointerToPath(data: unknown, pointer: string): (string | number)[] {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(cur) ? Number(seg) : seg;
    out.push(key);
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[key] : undefined;
  }
  return out;
}

const PATTERN_TEXT: Record<string, { message: string; hint?: string }> = {
  '^[0-9]{9}$': {
    message: 'må være ni sifre',
    hint: "Skriv organisasjonsnummeret uten mellomrom og i anførselstegn, for eksempel '964982953'.",
  },
  '^https?://': { message: 'må begynne med https:// eller http://' },
  '\\.[pP][dD][fF]$': { message: 'må være en PDF-fil (slutte på .pdf)' },
  '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$': {
    message: 'kan bare ha små bokstaver, tall og enkle bindestreker',
    hint: 'Id-er brukes i filnavn og lenker. Skriv for eksempel «soknad-nfk» eller «mo-i-rana».',
  },
  '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*(\\.md\\.hbs)?$': {
    message: 'må være navnet på en mal i malmappen, uten mappe (for eksempel «soknad-stiftelse»)',
    hint: 'Malene ligger i templates/. Skriv filnavnet uten «templates/» og uten «../».',
  },
};

/** Drops the errors of anyOf branches and keeps one error for the anyOf (or the one branch that fits). */
function collapseAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  if (anyOfs.length === 0) return errors;
  const drop = new Set<ErrorObject>();
  for (const a of anyOfs) {
    const children = errors.filter(
      (e) => e !== a && e.instancePath.startsWith(a.instancePath) && e.schemaPath.startsWith(a.schemaPath + '/'),
    );
    // A branch "fits" when its own type check passed: then its errors say more than the anyOf does.
    const branchOf = (e: ErrorObject) => e.schemaPath.slice(a.schemaPath.length + 1).split('/')[0]!;
    const branches = new Set(children.map(branchOf));
    const typeFailed = new Set(
      children
        .filter((e) => (e.keyword === 'type' || e.keyword === 'const') && e.instancePath === a.instancePath)
        .map(branchOf),
    );
    const fitting = [...branches].filter((b) => !typeFailed.has(b));
    const keep = fitting.length === 1 ? children.filter((e) => branchOf(e) === fitting[0]) : [];
    for (const c of children) if (!keep.includes(c)) drop.add(c);
    if (keep.length > 0) drop.add(a);
  }
  return errors.filter((e) => !drop.has(e));
}

function knownKeys(schema: unknown): string[] {
  const props = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}

function toDiagnostic(loaded: LoadedProject, e: ErrorObject): Diagnostic {
  const path = pointerToPath(loaded.data, e.instancePath);
  const field = pathToText(path);
  const named = field ? `«${field}»` : 'Prosjektet';
  let loc = loaded.locate(path);
  let rule = `schema/${e.keyword}`;
  let message: string;
  let hint: string | undefined;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const full = pathToText([...path, key]);
      loc = loaded.locateKey([...path, key]);
      rule = 'schema/unknown-key';
      message = `«${full}» er ikke et kjent felt`;
      const known = knownKeys(e.parentSchema);
      const guess = closest(key, known);
      hint = guess
        ? `Mente du «${guess}»?`
        : known.length > 0
          ? `Kjente felt her: ${known.join(', ')}.`
          : undefined;
      return { severity: 'error', rule, message, path: full, hint, ...where(loc) };
    }
    case 'required': {
      const missing = String(p.missingProperty);
      const last = path[path.length - 1];
      loc = typeof last === 'string' ? (loaded.locateKey(path) ?? loc) : loc;
      message = `${named} mangler feltet «${missing}»`;
      hint = `Legg til «${missing}:» under ${field ? `«${field}»` : 'prosjektet'}.`;
      return { severity: 'error', rule, message, path: pathToText([...path, missing]), hint, ...where(loc) };
    }
    case 'type': {
      const want = String(p.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(' eller ');
      message = `${named} må være ${want}, ikke ${describeValue(e.data, loc?.source)}`;
      if (p.type === 'string' && typeof e.data === 'number')
        hint = `Skriv verdien i anførselstegn, for eksempel '${loc?.source ?? e.data}'. Uten anførselstegn leses den som et tall, og innledende nuller forsvinner.`;
      break;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      message = `${named} må være en av: ${allowed.join(', ')} (ikke ${describeValue(e.data)})`;
      const guess = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      if (guess) hint = `Mente du «${guess}»?`;
      break;
    }
    case 'anyOf': {
      const title = (e.parentSchema as { description?: string } | undefined)?.description;
      message = `${named} har en ugyldig verdi (${describeValue(e.data, loc?.source)})`;
      hint = title;
      rule = 'schema/type';
      break;
    }
    case 'format': {
      if (p.format === 'dato') {
        const text = String(e.data);
        const parts = text.split('/');
        if (parts.length === 2 && parts.every((x) => parseDate(x) !== null)) {
          rule = 'date/order';
          message = `${named}: tidsrommet «${text}» slutter før det begynner`;
          hint = 'Skriv den tidligste datoen først: fra/til.';
        } else {
          rule = 'date/format';
          message = `${named} er ikke en gyldig dato: «${text}»`;
          hint = DATE_FORMS;
        }
      } else if (p.format === 'email') message = `${named} er ikke en gyldig e-postadresse: «${String(e.data)}»`;
      else message = `${named} er ikke en gyldig nettadresse: «${String(e.data)}»`;
      break;
    }
    case 'pattern': {
      const t = PATTERN_TEXT[String(p.pattern)];
      message = `${named} ${t?.message ?? 'har feil form'} (ikke ${describeValue(e.data, loc?.source)})`;
      hint = t?.hint;
      break;
    }
    case 'minimum':
      message = `${named} må være minst ${String(p.limit)} (ikke ${String(e.data)})`;
      break;
    case 'maximum':
      message = `${named} kan høyst være ${wholeNumber(p.limit)} (ikke ${describeNumber(e.data, loc?.source)})`;
      break;
    case 'minLength':
      message = `${named} kan ikke være tom`;
      break;
    case 'maxLength':
      message = `${named} kan høyst ha ${String(p.limit)} tegn`;
      break;
    case 'maxItems':
      message = `${named} kan høyst ha ${String(p.limit)} elementer`;
      hint = 'Så lange lister gir dokumenter ingen kan lese. Slå sammen linjer eller del innholdet opp.';
      break;
    case 'minItems':
      message = `${named} må ha minst ${String(p.limit)} ${p.limit === 1 ? 'element' : 'elementer'}`;
      break;
    default: {
      localizeNb([e]);
      message = `${named} ${e.message ?? 'er ugyldig'}`;
    }
  }
  return { severity: 'error', rule, message, path: field || undefined, ...(hint ? { hint } : {}), ...where(loc) };
}

/** A whole number with thin groups, as the documents write it: 1 000 000 000 000. */
function wholeNumber(n: unknown): string {
  return typeof n === 'number' && Number.isSafeInteger(n) ? formatNbNumber(n, 0) : String(n);
}

/** The number as written in the file when known (9007199254740993 reads as …992), else as read. */
function describeNumber(n: unknown, source: string | undefined): string {
  return source?.trim() || wholeNumber(n);
}

function where(loc: { file: string; start: { line: number; column: number } } | undefined) {
  return loc ? { file: loc.file, start: loc.start } : {};
}

/** Validates the merged data against the JSON Schema; one diagnostic per problem, all at once. */
export function schemaDiagnostics(loaded: LoadedProject): Diagnostic[] {
  const validate = validator();
  if (validate(loaded.data)) return [];
  return collapseAnyOf(validate.errors ?? []).map((e) => toDiagnostic(loaded, e));
}
