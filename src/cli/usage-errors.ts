/** Norwegian messages for commander's own usage errors (commander writes English ones, which we hide). */

/** The quoted names in commander's message, without their value placeholders (--format <format> → --format). */
const quoted = (message: string): string[] =>
  [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!.replace(/\s+[<[].*$/, ''));

export function usageErrorText(code: string, message: string): string {
  const [first, second] = quoted(message);
  switch (code) {
    case 'commander.unknownOption':
      return `Ukjent valg «${first ?? ''}».`;
    case 'commander.unknownCommand':
      return `Ukjent kommando «${first ?? ''}». Kommandoene er check, build, watch, endringer, init og schema.`;
    case 'commander.missingArgument':
      return `Argumentet «${first ?? ''}» mangler.`;
    case 'commander.optionMissingArgument':
      return `Valget «${first ?? ''}» mangler en verdi.`;
    case 'commander.missingMandatoryOptionValue':
      return `Valget «${first ?? ''}» må være med.`;
    case 'commander.excessArguments': {
      const cmd = first ? ` til «${first}»` : '';
      return `For mange argumenter${cmd}.`;
    }
    case 'commander.invalidArgument':
      return `Ugyldig verdi${second ? ` «${second}»` : ''} for «${first ?? ''}».`;
    case 'commander.conflictingOption':
      return `Valgene «${first ?? ''}» og «${second ?? ''}» kan ikke brukes sammen.`;
    default:
      return 'Ugyldig bruk av kommandoen.';
  }
}
