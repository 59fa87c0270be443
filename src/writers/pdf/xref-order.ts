import { PDFCrossRefStream } from '@cantoo/pdf-lib';

/**
 * Linear-time cross-reference table for pdf-lib's object-stream writer.
 *
 * `PDFCrossRefStream.appendEntry` keeps the entries sorted by object number by scanning all of them
 * (`findIndex`) for each new entry. The writer adds entries in increasing order, so every scan runs to
 * the end: quadratic in the number of objects. A 300-page document has ~20 000 objects (most of them
 * structure elements), and the scans took a quarter of the PDF writer's time.
 *
 * The replacement finds the same position by binary search (the entries are sorted, since this
 * method is the only one that inserts), with a check of the last entry first, the usual case. The
 * result is the same list in the same order, so the same bytes. `installXrefOrder` replaces the method on
 * the package's prototype once per process, and only if the method is still the scan it replaces
 * (a pdf-lib release that changed it keeps its own).
 */

interface Entry {
  ref: { objectNumber: number };
}
interface XrefStream {
  entries: Entry[];
  appendEntry(entry: Entry): void;
}

export function appendEntry(this: XrefStream, entry: Entry): void {
  const { entries } = this;
  const n = entry.ref.objectNumber;
  const last = entries[entries.length - 1];
  if (last === undefined || last.ref.objectNumber <= n) {
    entries.push(entry);
    return;
  }
  // First entry with a larger object number (what findIndex returns on a sorted list).
  let lo = 0;
  let hi = entries.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.ref.objectNumber > n) hi = mid;
    else lo = mid + 1;
  }
  entries.splice(lo, 0, entry);
}

let installed = false;

/** Installs `appendEntry` on pdf-lib's PDFCrossRefStream (idempotent). */
export function installXrefOrder(): boolean {
  if (installed) return true;
  const proto = PDFCrossRefStream.prototype as unknown as XrefStream;
  const original = proto.appendEntry;
  if (typeof original !== 'function' || !sameOrder(original)) return false;
  proto.appendEntry = appendEntry;
  installed = true;
  return true;
}

/** Probe: both methods build the same list from a sequence with duplicates and out-of-order numbers. */
function sameOrder(original: (this: XrefStream, entry: Entry) => void): boolean {
  const numbers = [0, 5, 3, 9, 3, 7, 1, 9, 2, 12, 11, 12, 4];
  const a: XrefStream = { entries: [], appendEntry: original };
  const b: XrefStream = { entries: [], appendEntry };
  try {
    for (const n of numbers) {
      const entry = { ref: { objectNumber: n } };
      a.appendEntry(entry);
      b.appendEntry(entry);
    }
  } catch {
    return false;
  }
  return a.entries.length === b.entries.length && a.entries.every((e, i) => e === b.entries[i]);
}
