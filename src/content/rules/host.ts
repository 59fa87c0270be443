import type { RuleContext } from './context.js';
import { q } from './context.js';

/** host/participating: the host municipality, once chosen, takes part in the project. */
export function checkHost(ctx: RuleContext): void {
  const { vertskommune, kommuner } = ctx.project;
  const host = kommuner.find((k) => k.id === vertskommune);
  if (!host) return; // unresolved, or an unknown id (ref/municipality reports that)
  const i = kommuner.indexOf(host);
  if (host.deltakelse === 'nei')
    ctx.report(
      'error',
      'host/participating',
      ['vertskommune'],
      `Vertskommunen ${q(host.navn)} deltar ikke i prosjektet (kommuner[${i}].deltakelse er «nei»)`,
      'Vertskommunen må være en av de deltakende kommunene. Velg en annen vertskommune eller rett deltakelsen.',
    );
  else if (host.deltakelse !== 'ja')
    ctx.report(
      ctx.draftSeverity,
      'host/participating',
      ['vertskommune'],
      `Vertskommunen ${q(host.navn)} har ikke avklart deltakelse (kommuner[${i}].deltakelse)`,
      'Vertskommunen må delta. Sett «deltakelse: ja» når kommunen har vedtatt å delta.',
    );
}
