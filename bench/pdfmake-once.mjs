// Peer for the cold-start benchmark: one whole process rendering one document tree with pdfmake.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdfmake } from './tree-to-pdfmake.mjs';

const tree = JSON.parse(readFileSync(process.argv[2], 'utf8'));
writeFileSync(join(tmpdir(), 'grantdocs-bench-pdfmake.pdf'), await renderPdfmake(tree));
