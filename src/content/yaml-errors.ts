/**
 * Norwegian wording for the yaml library's error codes. The library's own messages are English; users
 * only ever see these.
 */
const MESSAGES: Record<string, { message: string; hint?: string; rule: string }> = {
  DUPLICATE_KEY: {
    rule: 'yaml/duplicate-key',
    message: 'Nøkkelen står to ganger i samme seksjon',
    hint: 'Slett eller gi nytt navn til den ene av de to like nøklene.',
  },
  TAB_AS_INDENT: {
    rule: 'yaml/tab-indent',
    message: 'Innrykk med tabulator er ikke lov i YAML',
    hint: 'Bruk mellomrom (to per nivå) i stedet for tabulator.',
  },
  BAD_INDENT: {
    rule: 'yaml/syntax',
    message: 'Feil innrykk',
    hint: 'Felter på samme nivå må starte i samme kolonne.',
  },
  MISSING_CHAR: {
    rule: 'yaml/syntax',
    message: 'Et tegn mangler, for eksempel et avsluttende anførselstegn eller en ]',
    hint: 'Sjekk at anførselstegn og klammer er lukket.',
  },
  MISSING_QUOTE: {
    rule: 'yaml/syntax',
    message: 'Anførselstegnet som begynner her, blir aldri lukket',
    hint: 'Avslutt teksten med samme slags anførselstegn som den begynner med.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    rule: 'yaml/syntax',
    message: 'Kolon på feil sted: en verdi kan ikke inneholde «nøkkel: verdi» på samme linje',
    hint: 'Sett teksten i anførselstegn hvis den selv inneholder «: ».',
  },
  MULTILINE_IMPLICIT_KEY: {
    rule: 'yaml/syntax',
    message: 'En nøkkel kan ikke gå over flere linjer',
    hint: 'Sjekk innrykket på linjen over, eller sett teksten i anførselstegn.',
  },
  MULTIPLE_DOCS: {
    rule: 'yaml/syntax',
    message: 'Filen inneholder flere YAML-dokumenter (skilt med ---)',
    hint: 'Fjern linjen med --- eller flytt innholdet til en egen fil.',
  },
  UNEXPECTED_TOKEN: {
    rule: 'yaml/syntax',
    message: 'Uventet tegn',
    hint: 'Sett teksten i anførselstegn hvis den begynner med et spesialtegn (@, `, %, * eller &).',
  },
  BAD_SCALAR_START: {
    rule: 'yaml/syntax',
    message: 'Verdien kan ikke begynne med dette tegnet',
    hint: 'Sett verdien i anførselstegn.',
  },
  BAD_ALIAS: {
    rule: 'yaml/syntax',
    message: 'Ugyldig alias (*navn)',
    hint: 'Et alias må vise til et anker (&navn) som står tidligere i filen.',
  },
  BAD_DIRECTIVE: { rule: 'yaml/syntax', message: 'Ugyldig YAML-direktiv (linje som starter med %)' },
  DUPLICATE_ANCHOR: { rule: 'yaml/syntax', message: 'Ankeret (&navn) er brukt to ganger' },
  BLOCK_IN_FLOW: {
    rule: 'yaml/syntax',
    message: 'En blokk kan ikke stå inne i [ ] eller { }',
    hint: 'Skriv listen eller objektet på én linje, eller bruk vanlig innrykk.',
  },
  KEY_OVER_1024_CHARS: { rule: 'yaml/syntax', message: 'Nøkkelen er lengre enn 1024 tegn' },
  RESOURCE_EXHAUSTION: {
    rule: 'yaml/too-deep',
    message: 'Innholdet er nestet for dypt til å leses',
    hint: 'Innholdsfiler trenger sjelden mer enn noen få nivåer med innrykk. Sjekk innrykket og klammene.',
  },
  TAG_RESOLVE_FAILED: { rule: 'yaml/syntax', message: 'Verdien kunne ikke tolkes' },
};

/**
 * Where a quoted value that is never closed begins: the first line whose value starts with a quote that
 * the line does not close. The parser itself only notices at the end of the file.
 */
export function unclosedQuoteAt(text: string): { line: number; column: number } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?(?:[^#'"\s][^:#]*:\s+)?)(["'])(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const [, lead, quote, rest] = m as unknown as [string, string, string, string];
    const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
    if (!closed) return { line: i + 1, column: lead.length + 1 };
  }
  return undefined;
}

export function yamlErrorText(code: string, english = ''): { message: string; hint?: string; rule: string } {
  if (/closing .*quote/i.test(english)) return MESSAGES.MISSING_QUOTE!;
  if (/end with an? [\]}]/.test(english))
    return {
      rule: 'yaml/syntax',
      message: 'En liste «[ … ]» eller et spenn «{ … }» er ikke lukket før denne linjen',
      hint: 'Legg til ] eller } på slutten av linjen der listen eller spennet begynner.',
    };
  return (
    MESSAGES[code] ?? {
      rule: 'yaml/syntax',
      message: 'Syntaksfeil i YAML',
      hint: 'Sjekk innrykk, kolon og anførselstegn på linjen.',
    }
  );
}
