import type { DocumentTree } from './types.js';

/**
 * A small hand-made tree with one node of every kind, for writer tests that must not depend on the
 * template stage.
 */
export function sampleTree(overrides: Partial<DocumentTree['meta']> = {}): DocumentTree {
  return {
    type: 'document',
    meta: {
      id: 'eksempel',
      documentType: 'Søknad',
      title: 'Søknad om tilskudd til Felles Ansvar',
      shortTitle: 'Felles Ansvar – søknad',
      subject: 'Søknad til Nordland fylkeskommune',
      keywords: ['Felles Ansvar', 'Polarsirkelrådet'],
      author: 'Polarsirkelrådet',
      project: 'Felles Ansvar – Polarsirkelrådet',
      recipient: 'Nordland fylkeskommune',
      applicant: 'Polarsirkelrådet',
      date: '16. september 2025',
      isoDate: '2025-09-16',
      version: 'utkast 1',
      lang: 'nb-NO',
      draft: true,
      attachments: [],
      ...overrides,
    },
    children: [
      {
        type: 'heading',
        level: 1,
        id: 'bakgrunn',
        children: [{ type: 'text', text: 'Bakgrunn' }],
        source: { line: 1 },
      },
      {
        type: 'paragraph',
        source: { line: 3 },
        children: [
          { type: 'text', text: 'Felles Ansvar er et ' },
          { type: 'strong', children: [{ type: 'text', text: 'gratis lavterskeltilbud' }] },
          { type: 'text', text: ' for ungdom fra 12 år, med ' },
          { type: 'emphasis', children: [{ type: 'text', text: 'kontraktsbasert oppfølging' }] },
          { type: 'text', text: ' over 6 måneder. Se ' },
          { type: 'link', href: 'https://www.politiet.no/', children: [{ type: 'text', text: 'rapporten' }] },
          { type: 'text', text: ' og ' },
          { type: 'link', href: '#budsjett', children: [{ type: 'text', text: 'budsjettet' }] },
          { type: 'text', text: '. Vertskommune: ' },
          { type: 'unresolved', text: 'Ikke avklart' },
          { type: 'text', text: '. Stedsnavn: ' },
          { type: 'lang', lang: 'se', children: [{ type: 'text', text: 'Porsáŋgu, Divtasvuotna, čđŋšŧž' }] },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'list',
        ordered: false,
        start: 1,
        source: { line: 5 },
        items: [
          {
            children: [
              {
                type: 'paragraph',
                source: { line: 5 },
                children: [{ type: 'text', text: 'Tidlig innsats' }],
              },
            ],
          },
          {
            children: [
              {
                type: 'paragraph',
                source: { line: 6 },
                children: [{ type: 'text', text: 'Likeverdige tilbud' }],
              },
              {
                type: 'list',
                ordered: true,
                start: 1,
                source: { line: 7 },
                items: [
                  {
                    children: [
                      { type: 'paragraph', source: { line: 7 }, children: [{ type: 'text', text: 'Rana' }] },
                    ],
                  },
                  {
                    children: [
                      {
                        type: 'paragraph',
                        source: { line: 8 },
                        children: [{ type: 'text', text: 'Hemnes' }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        type: 'heading',
        level: 2,
        id: 'budsjett',
        children: [{ type: 'text', text: 'Budsjett' }],
        source: { line: 10 },
      },
      {
        type: 'table',
        source: { line: 12 },
        columns: [{ align: 'left' }, { align: 'right' }, { align: 'right' }],
        header: [
          {
            cells: [
              { children: [{ type: 'text', text: 'Kostnad' }] },
              { children: [{ type: 'text', text: '2026' }] },
              { children: [{ type: 'text', text: '2027' }] },
            ],
          },
        ],
        body: [
          {
            cells: [
              { children: [{ type: 'text', text: 'Fagstillinger' }] },
              { children: [{ type: 'text', text: '2 500 000 kr' }] },
              { children: [{ type: 'text', text: '3 000 000 kr' }] },
            ],
          },
          {
            cells: [
              { children: [{ type: 'text', text: 'Lokaler' }] },
              { children: [{ type: 'unresolved', text: 'Ikke avklart' }] },
              { children: [{ type: 'unresolved', text: 'Ikke avklart' }] },
            ],
          },
          {
            total: true,
            cells: [
              { children: [{ type: 'text', text: 'Sum' }] },
              { children: [{ type: 'text', text: '2 500 000 kr' }] },
              { children: [{ type: 'text', text: '3 000 000 kr' }] },
            ],
          },
        ],
        caption: [{ type: 'text', text: 'Tabell 1. Kostnadsplan' }],
      },
      {
        type: 'callout',
        kind: 'draft',
        source: { line: 18 },
        children: [
          {
            type: 'paragraph',
            source: { line: 18 },
            children: [{ type: 'text', text: 'Dette er et utkast.' }],
          },
        ],
      },
      {
        type: 'chart',
        chart: 'timeline',
        title: 'Tidslinje',
        alt: 'Tidslinje fra juni 2025 til april 2029 med 2 steg; søknadsfristen er ikke avklart.',
        source: { line: 20 },
        data: {
          kind: 'timeline',
          start: '2025-06-01',
          end: '2029-04-30',
          rows: [
            {
              label: 'Prinsippvedtak',
              start: '2025-10-10',
              end: '2025-10-10',
              shape: 'point',
              tentative: false,
              dateText: '10. oktober 2025',
            },
            {
              label: 'Søknadsfrist',
              start: '2025-12-01',
              end: '2026-01-31',
              shape: 'range',
              tentative: true,
              dateText: 'desember 2025 / januar 2026',
            },
          ],
        },
      },
      { type: 'pageBreak', source: { line: 22 } },
      {
        type: 'signature',
        place: 'Mo i Rana',
        date: '16. september 2025',
        signers: [{ name: 'Kjell-Idar Juvik', role: 'Sekretariatsleder', organisation: 'Polarsirkelrådet' }],
        source: { line: 24 },
      },
    ],
  };
}
