import { describe, expect, it } from 'vitest';
import { linkDescription } from '../../src/writers/pdf/links.js';

describe('what a screen reader announces for a link', () => {
  const long =
    'https://www.politiet.no/globalassets/nyheter/nordland/kunnskapsrapport-om-ungdomskriminalitet.pdf';

  it('a web link with its own text: the text and the site, not the address', () => {
    expect(linkDescription(long, {}, 'Kunnskapsrapport  om\nungdom ')).toBe(
      'Lenke til «Kunnskapsrapport om ungdom» (politiet.no)',
    );
  });

  it('a bare address, an internal link and an e-mail address', () => {
    expect(linkDescription(long, {}, long)).toBe(`Lenke til ${long}`);
    expect(linkDescription(long, {})).toBe(`Lenke til ${long}`);
    expect(linkDescription('#budsjett', { budsjett: 'Budsjett' })).toBe('Lenke til avsnittet «Budsjett»');
    expect(linkDescription('mailto:post@example.no', {})).toBe('E-post til post@example.no');
  });
});
