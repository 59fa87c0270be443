/**
 * The page numbers written with the document: the docx package lays the document out as Word does
 * (`docx/layout`), measuring text with the embedded font's files, and writes the table of contents' page
 * numbers, and the values of the PAGE and NUMPAGES fields in the footer, into the file. Word, LibreOffice,
 * Protected View and file previewers then show them without updating fields first.
 */
import { estimatePageNumbersWith } from 'docx/layout';
import { embeddedFontFiles } from './embed-fonts.js';

let estimator: ReturnType<typeof estimatePageNumbersWith> | undefined;

/** The estimator, with the embedded font's four faces loaded once per process. */
export function pageNumberEstimator(): ReturnType<typeof estimatePageNumbersWith> {
  estimator ??= estimatePageNumbersWith({ fonts: embeddedFontFiles() });
  return estimator;
}
