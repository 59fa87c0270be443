// @ts-nocheck
// Generated from schema/prosjekt.schema.json by src/content/generate-validator.ts. Do not edit.
import { formats } from './schema-formats.js';
// String length in code points, as ajv/dist/runtime/ucs2length counts it.
const ucs2lengthModule = { default: (s) => Array.from(s).length };
export const validate = validate52;
export default validate52;
const schema19 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://grantdocs.local/schema/prosjekt.schema.json',
  title: 'Prosjekt for grantdocs',
  description:
    'Innholdet i én prosjektmappe under content/. Hver YAML-fil i mappen inneholder noen av seksjonene nedenfor; til sammen må alle påkrevde seksjoner være med.',
  type: 'object',
  additionalProperties: false,
  properties: {
    prosjekt: {
      title: 'Prosjekt',
      description:
        'Prosjektets identitet: tittel, kortnavn, saksreferanser, søker, kontaktperson, sted og dato.',
      type: 'object',
      additionalProperties: false,
      required: ['tittel', 'kortnavn', 'saksreferanser', 'søker', 'kontaktperson', 'sted', 'dato'],
      properties: {
        tittel: { $ref: '#/$defs/tekst', title: 'Tittel', description: 'Prosjektets fulle tittel.' },
        kortnavn: {
          $ref: '#/$defs/tekst',
          title: 'Kortnavn',
          description: 'Kort navn på prosjektet, brukt i løpende tekst.',
        },
        saksreferanser: {
          title: 'Saksreferanser',
          description: 'Politiske saker prosjektet bygger på, med saksnummer, organ og dato.',
          type: 'array',
          maxItems: 500,
          items: {
            title: 'Saksreferanse',
            description: 'Én politisk sak.',
            type: 'object',
            additionalProperties: false,
            required: ['sak'],
            properties: {
              sak: {
                $ref: '#/$defs/tekst',
                title: 'Sak',
                description: 'Saksnummer slik organet skriver det, for eksempel «sak 12/26».',
              },
              tittel: { $ref: '#/$defs/tekst', title: 'Sakstittel', description: 'Sakens tittel.' },
              organ: { $ref: '#/$defs/tekst', title: 'Organ', description: 'Organet som behandlet saken.' },
              dato: { $ref: '#/$defs/dato', title: 'Møtedato', description: 'Datoen saken ble behandlet.' },
            },
          },
        },
        søker: {
          title: 'Søker',
          description: 'Hvem som søker, på vegne av hvem og via hvem.',
          type: 'object',
          additionalProperties: false,
          required: ['partner'],
          properties: {
            partner: {
              $ref: '#/$defs/id',
              title: 'Søkende partner',
              description: 'Id-en til partneren som søker (fra partnere).',
            },
            på_vegne_av: {
              $ref: '#/$defs/tekst',
              title: 'På vegne av',
              description: 'Hvem søkeren søker på vegne av, for eksempel «kommunene i regionrådet».',
            },
            via: {
              $ref: '#/$defs/tekst',
              title: 'Via',
              description:
                '«vertskommunen» (vertskommunen søker formelt) eller id-en til en partner eller kommune.',
            },
          },
        },
        kontaktperson: {
          title: 'Kontaktperson',
          description: 'Kontaktperson for prosjektet og søknadene.',
          type: 'object',
          additionalProperties: false,
          required: ['navn', 'rolle'],
          properties: {
            navn: { $ref: '#/$defs/tekst', title: 'Navn', description: 'Kontaktpersonens fulle navn.' },
            rolle: {
              $ref: '#/$defs/tekst',
              title: 'Rolle',
              description: 'Kontaktpersonens stilling eller rolle.',
            },
            organisasjon: {
              $ref: '#/$defs/id',
              title: 'Organisasjon',
              description: 'Id-en til partneren kontaktpersonen arbeider for.',
            },
            epost: { type: 'string', format: 'email', title: 'E-post', description: 'E-postadresse.' },
            telefon: {
              type: 'string',
              title: 'Telefon',
              description: 'Telefonnummer, skrevet i anførselstegn.',
            },
          },
        },
        sted: {
          $ref: '#/$defs/tekst',
          title: 'Sted',
          description: 'Stedet dokumentene dateres fra, vanligvis der søkeren holder til.',
        },
        dato: { $ref: '#/$defs/dato', title: 'Dato', description: 'Datoen dokumentene dateres med.' },
        versjon: {
          $ref: '#/$defs/tekst',
          title: 'Versjon',
          description: 'Versjonen av dokumentene, for eksempel «utkast 1».',
        },
      },
    },
    tekster: {
      title: 'Tekster',
      description:
        'Løpende tekster i Markdown. bakgrunn, modell og kortbeskrivelse er påkrevd. utrulling, begrunnelse, finansieringsramme og overføringsverdi har faste plasser i malene. En egen tekst med et annet navn skrives med overskrift og plassering (overskrift, etter, tekst); da kommer den i dokumentene under sin egen overskrift.',
      type: 'object',
      required: ['bakgrunn', 'modell', 'kortbeskrivelse'],
      properties: {
        bakgrunn: {
          $ref: '#/$defs/markdown',
          title: 'Bakgrunn',
          description: 'Bakgrunnen for prosjektet (Markdown).',
        },
        modell: {
          $ref: '#/$defs/markdown',
          title: 'Modellen',
          description: 'Beskrivelse av modellen/tiltaket (Markdown).',
        },
        kortbeskrivelse: {
          $ref: '#/$defs/tekst',
          title: 'Kortbeskrivelse',
          description: 'Kort sammendrag av prosjektet, brukt i søknadsportaler (ren tekst).',
        },
      },
      additionalProperties: {
        anyOf: [{ $ref: '#/$defs/markdown' }, { $ref: '#/$defs/egen_tekst' }],
        title: 'Tekst',
        description: 'En tekst i Markdown, eller en egen tekst med overskrift og plassering.',
      },
    },
    målgruppe: {
      title: 'Målgruppe',
      description: 'Hvem tiltaket er for, og hvordan de følges opp.',
      type: 'object',
      additionalProperties: false,
      required: ['beskrivelse'],
      properties: {
        beskrivelse: {
          $ref: '#/$defs/tekst',
          title: 'Beskrivelse',
          description: 'Beskrivelse av målgruppen.',
        },
        alder_fra: {
          type: 'integer',
          minimum: 0,
          maximum: 120,
          title: 'Alder fra',
          description: 'Laveste alder i målgruppen.',
        },
        alder_til: {
          type: 'integer',
          minimum: 0,
          maximum: 120,
          title: 'Alder til',
          description: 'Høyeste alder i målgruppen.',
        },
        oppfølging: {
          title: 'Oppfølging',
          description: 'Hvordan deltakerne følges opp.',
          type: 'object',
          additionalProperties: false,
          required: ['form'],
          properties: {
            form: {
              $ref: '#/$defs/tekst',
              title: 'Form',
              description: 'Oppfølgingsformen, for eksempel «Kontraktsbasert oppfølging».',
            },
            varighet_måneder: {
              type: 'integer',
              minimum: 1,
              title: 'Varighet i måneder',
              description: 'Hvor mange måneder oppfølgingen varer.',
            },
          },
        },
        kostnad_for_deltaker: {
          $ref: '#/$defs/tekst',
          title: 'Kostnad for deltaker',
          description: 'Hva tilbudet koster for deltakeren, for eksempel «gratis».',
        },
      },
    },
    mål: {
      title: 'Mål',
      description: 'Hovedmål og delmål, hvert med en etterprøvbar indikator der det er mulig.',
      type: 'object',
      additionalProperties: false,
      required: ['hovedmål', 'delmål'],
      properties: {
        hovedmål: {
          title: 'Hovedmål',
          description: 'Ett eller flere hovedmål.',
          type: 'array',
          maxItems: 500,
          minItems: 1,
          items: { $ref: '#/$defs/mål' },
        },
        delmål: {
          title: 'Delmål',
          description: 'Delmål som konkretiserer hovedmålet.',
          type: 'array',
          maxItems: 500,
          items: { $ref: '#/$defs/mål' },
        },
      },
    },
    suksessfaktorer: {
      title: 'Suksessfaktorer',
      description: 'Forhold som er avgjørende for at tiltaket lykkes.',
      type: 'array',
      maxItems: 500,
      items: {
        title: 'Suksessfaktor',
        description: 'Én suksessfaktor.',
        type: 'object',
        additionalProperties: false,
        required: ['tekst'],
        properties: {
          tekst: {
            $ref: '#/$defs/tekst',
            title: 'Suksessfaktor',
            description: 'Kort navn på suksessfaktoren.',
          },
          beskrivelse: {
            $ref: '#/$defs/tekst',
            title: 'Beskrivelse',
            description: 'Utfyllende beskrivelse.',
          },
        },
      },
    },
    organisering: {
      title: 'Organisering',
      description: 'Prosjekteier, arbeidsgiver, en kort beskrivelse, ansvar og ressurser.',
      type: 'object',
      additionalProperties: false,
      required: ['prosjekteier', 'arbeidsgiver', 'ansvar', 'ressurser'],
      properties: {
        prosjekteier: {
          $ref: '#/$defs/id',
          title: 'Prosjekteier',
          description: 'Id-en til partneren som eier prosjektet.',
        },
        arbeidsgiver: {
          $ref: '#/$defs/id',
          title: 'Arbeidsgiver',
          description:
            '«vertskommunen», eller id-en til en partner eller kommune som har arbeidsgiveransvaret.',
        },
        beskrivelse: {
          $ref: '#/$defs/tekst',
          title: 'Beskrivelse',
          description:
            'Hvordan prosjektet er organisert (ren tekst), for eksempel hvor de ansatte holder til og hvem de samarbeider tett med.',
        },
        ansvar: {
          title: 'Ansvar',
          description: 'Ansvarsfordelingen, ett punkt per linje.',
          type: 'array',
          maxItems: 500,
          items: { $ref: '#/$defs/tekst', title: 'Ansvarspunkt', description: 'Ett ansvarspunkt.' },
        },
        ressurser: {
          title: 'Ressurser',
          description: 'Stillinger og kostnadsramme.',
          type: 'object',
          additionalProperties: false,
          properties: {
            stillinger_minimum: {
              type: 'integer',
              minimum: 0,
              title: 'Minimum antall stillinger',
              description: 'Minste antall stillinger tiltaket trenger.',
            },
            stillingstype: {
              $ref: '#/$defs/tekst',
              title: 'Stillingstype',
              description: 'Hva slags stillinger, for eksempel «fagstillinger».',
            },
            kostnadsramme_per_år: {
              $ref: '#/$defs/beløp',
              title: 'Kostnadsramme per år',
              description:
                'Årlig kostnad for stillingene i hele kroner: tall, spenn { fra, til } eller «ikke avklart».',
            },
            grunnlag: {
              $ref: '#/$defs/tekst',
              title: 'Grunnlag',
              description: 'Hva ressursbehovet bygger på.',
            },
          },
        },
      },
    },
    kunnskapsgrunnlag: {
      title: 'Kunnskapsgrunnlag',
      description: 'Rapporten prosjektet bygger på, og funnene fra den.',
      type: 'object',
      additionalProperties: false,
      required: ['rapport', 'funn'],
      properties: {
        rapport: {
          title: 'Rapport',
          description: 'Kunnskapsrapporten.',
          type: 'object',
          additionalProperties: false,
          required: ['tittel', 'år'],
          properties: {
            tittel: { $ref: '#/$defs/tekst', title: 'Tittel', description: 'Rapportens tittel.' },
            utgiver: {
              $ref: '#/$defs/tekst',
              title: 'Utgiver',
              description: 'Hvem som har gitt ut rapporten.',
            },
            år: { $ref: '#/$defs/år', title: 'Utgivelsesår', description: 'Året rapporten kom ut.' },
            url: { $ref: '#/$defs/url', title: 'Nettadresse', description: 'Nettadressen til rapporten.' },
            formål: { $ref: '#/$defs/tekst', title: 'Formål', description: 'Hvorfor funnene er tatt med.' },
          },
        },
        funn: {
          title: 'Funn',
          description: 'Funn fra rapporten med tema, sammendrag og sidehenvisning.',
          type: 'array',
          maxItems: 500,
          items: {
            title: 'Funn',
            description: 'Ett funn.',
            type: 'object',
            additionalProperties: false,
            required: ['tema', 'sammendrag', 'sider'],
            properties: {
              tema: { $ref: '#/$defs/tekst', title: 'Tema', description: 'Funnets tema.' },
              sammendrag: {
                $ref: '#/$defs/tekst',
                title: 'Sammendrag',
                description: 'Kort sammendrag av funnet.',
              },
              sider: {
                type: 'string',
                minLength: 1,
                title: 'Sider',
                description:
                  "Sidehenvisning i rapporten, for eksempel '34' eller 23–24 (tall skrives i anførselstegn).",
              },
            },
          },
        },
        oppsummering: {
          $ref: '#/$defs/markdown',
          title: 'Oppsummering',
          description: 'Oppsummering av funnene (Markdown).',
        },
      },
    },
    eksisterende_strukturer: {
      title: 'Eksisterende strukturer',
      description: 'Strukturer i regionen som tiltaket bygger videre på.',
      type: 'array',
      maxItems: 500,
      items: {
        title: 'Struktur',
        description: 'Én eksisterende struktur.',
        type: 'object',
        additionalProperties: false,
        required: ['navn', 'beskrivelse'],
        properties: {
          navn: { $ref: '#/$defs/tekst', title: 'Navn', description: 'Strukturens navn.' },
          kommune: {
            $ref: '#/$defs/id',
            title: 'Kommune',
            description: 'Id-en til kommunen (fra kommuner).',
          },
          vedtatt: { $ref: '#/$defs/dato', title: 'Vedtatt', description: 'Når strukturen ble vedtatt.' },
          beskrivelse: {
            $ref: '#/$defs/tekst',
            title: 'Beskrivelse',
            description: 'Hva strukturen er og gjør.',
          },
        },
      },
    },
    vurdering_av_regionen: {
      $ref: '#/$defs/markdown',
      title: 'Vurdering av regionen',
      description: 'Vurdering av regionens forutsetninger (Markdown).',
    },
    partnere: {
      title: 'Partnere',
      description: 'Organisasjonene som deltar, med rolle og bidrag.',
      type: 'array',
      maxItems: 500,
      items: {
        title: 'Partner',
        description: 'Én partner.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'navn', 'type', 'rolle'],
        properties: {
          id: {
            $ref: '#/$defs/id',
            title: 'Id',
            description: 'Kort, unik id som andre felter viser til, for eksempel «nfk».',
          },
          navn: { $ref: '#/$defs/tekst', title: 'Navn', description: 'Organisasjonens navn.' },
          type: {
            enum: ['fylkeskommune', 'stat', 'regionråd', 'kommune', 'annen'],
            title: 'Type',
            description:
              'Hva slags organisasjon: fylkeskommune, stat (for eksempel Statsforvalteren), regionråd, kommune eller annen (stiftelser, direktorater, politiet, bedrifter …). Typen velger søknadsmal: fylkeskommune og stat har egne maler, alle andre får den generelle søknadsmalen.',
          },
          orgnr: { $ref: '#/$defs/orgnr' },
          rolle: { $ref: '#/$defs/tekst', title: 'Rolle', description: 'Partnerens rolle i prosjektet.' },
          bidrag: {
            title: 'Bidrag',
            description: 'Partnerens bidrag i kontanter eller naturalia.',
            type: 'array',
            maxItems: 500,
            items: {
              title: 'Bidrag',
              description: 'Ett bidrag.',
              type: 'object',
              additionalProperties: false,
              required: ['form', 'beskrivelse'],
              properties: {
                form: { $ref: '#/$defs/form' },
                beskrivelse: { $ref: '#/$defs/tekst', title: 'Beskrivelse', description: 'Hva bidraget er.' },
                beløp: { $ref: '#/$defs/beløp' },
                gjelder: {
                  $ref: '#/$defs/tekst',
                  title: 'Gjelder',
                  description: 'Hva bidraget gjelder, for eksempel «hele fylket».',
                },
              },
            },
          },
        },
      },
    },
    referansemodeller: {
      title: 'Referansemodeller',
      description: 'Tiltak andre steder som modellen bygger på.',
      type: 'array',
      maxItems: 500,
      items: {
        title: 'Referansemodell',
        description: 'Én referansemodell.',
        type: 'object',
        additionalProperties: false,
        required: ['navn'],
        properties: {
          navn: { $ref: '#/$defs/tekst', title: 'Navn', description: 'Navnet på modellen.' },
          etablert: { $ref: '#/$defs/år', title: 'Etablert', description: 'Året modellen ble etablert.' },
          beskrivelse: { $ref: '#/$defs/tekst', title: 'Beskrivelse', description: 'Kort om modellen.' },
        },
      },
    },
    kommuner: {
      title: 'Kommuner',
      description: 'Kommunene i regionen med status for deltakelse.',
      type: 'array',
      maxItems: 500,
      items: {
        title: 'Kommune',
        description: 'Én kommune.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'navn', 'deltakelse'],
        properties: {
          id: { $ref: '#/$defs/id', title: 'Id', description: 'Kort, unik id, for eksempel «rana».' },
          navn: { $ref: '#/$defs/tekst', title: 'Navn', description: 'Kommunens navn.' },
          deltakelse: {
            enum: ['ja', 'nei', 'ikke avklart'],
            title: 'Deltakelse',
            description: 'Om kommunen deltar: ja, nei eller «ikke avklart».',
          },
          egenskaper: {
            title: 'Egenskaper',
            description:
              'Egne opplysninger om kommunen, med navn dere velger, for eksempel «Ungdomsråd: true». Hver egenskap blir en kolonne i kommunetabellen; true og false vises som «Ja» og «Nei», en kommune uten egenskapen får «–».',
            type: 'object',
            propertyNames: { minLength: 1 },
            additionalProperties: {
              anyOf: [{ type: 'boolean' }, { $ref: '#/$defs/tekst' }],
              title: 'Egenskap',
              description: 'true, false eller en kort tekst.',
            },
          },
          orgnr: { $ref: '#/$defs/orgnr' },
        },
      },
    },
    vertskommune: {
      $ref: '#/$defs/id',
      title: 'Vertskommune',
      description: 'Id-en til vertskommunen (fra kommuner), eller «ikke avklart».',
    },
    prosjektperiode: {
      title: 'Prosjektperiode',
      description: 'Når prosjektet starter og slutter (slutt eller varighet i år).',
      type: 'object',
      additionalProperties: false,
      required: ['start'],
      properties: {
        start: { $ref: '#/$defs/dato', title: 'Start', description: 'Når prosjektet starter.' },
        slutt: { $ref: '#/$defs/dato', title: 'Slutt', description: 'Når prosjektet slutter.' },
        varighet_år: {
          type: 'integer',
          minimum: 1,
          maximum: 20,
          title: 'Varighet i år',
          description: 'Hvor mange år prosjektet varer (brukes når slutt mangler).',
        },
        avklart: { $ref: '#/$defs/avklart' },
        merknad: { $ref: '#/$defs/tekst', title: 'Merknad', description: 'Merknad til perioden.' },
      },
    },
    tidsplan: {
      title: 'Tidsplan',
      description: 'Prosesssteg og prosjektfaser i tidsrekkefølge.',
      type: 'array',
      maxItems: 200,
      items: {
        title: 'Steg',
        description: 'Ett steg i tidsplanen.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'tittel', 'dato', 'type'],
        properties: {
          id: { $ref: '#/$defs/id', title: 'Id', description: 'Kort, unik id for steget.' },
          tittel: { $ref: '#/$defs/tekst', title: 'Tittel', description: 'Hva som skjer.' },
          dato: { $ref: '#/$defs/dato' },
          type: {
            enum: ['møte', 'vedtak', 'arbeid', 'frist', 'milepæl', 'fase'],
            title: 'Type',
            description:
              'møte, vedtak, arbeid, frist, milepæl eller fase. Milepæler og faser må ligge i prosjektperioden.',
          },
          avklart: { $ref: '#/$defs/avklart' },
          beskrivelse: {
            $ref: '#/$defs/tekst',
            title: 'Beskrivelse',
            description: 'Utfyllende beskrivelse.',
          },
        },
      },
    },
    budsjett: {
      title: 'Budsjett',
      description: 'Kostnadsplan og finansieringsplan i hele kroner. Kostnader og finansiering må balansere.',
      type: 'object',
      additionalProperties: false,
      required: ['kostnader', 'finansiering'],
      properties: {
        kostnader: {
          title: 'Kostnader',
          description: 'Kostnadslinjer per år og kategori.',
          type: 'array',
          maxItems: 500,
          items: {
            title: 'Kostnadslinje',
            description: 'Én kostnadslinje.',
            type: 'object',
            additionalProperties: false,
            required: ['kategori', 'beskrivelse', 'beløp'],
            properties: {
              id: { $ref: '#/$defs/id', title: 'Id', description: 'Valgfri id for linjen.' },
              kategori: {
                $ref: '#/$defs/tekst',
                title: 'Kategori',
                description: 'Kostnadskategori, for eksempel «Personal».',
              },
              beskrivelse: {
                $ref: '#/$defs/tekst',
                title: 'Beskrivelse',
                description: 'Hva kostnaden gjelder.',
              },
              år: {
                $ref: '#/$defs/år',
                title: 'År',
                description: 'Kalenderåret kostnaden gjelder. Uten år gjelder linjen hele prosjektperioden.',
              },
              beløp: { $ref: '#/$defs/beløp' },
            },
          },
        },
        finansiering: {
          title: 'Finansiering',
          description: 'Finansieringslinjer per kilde og år.',
          type: 'array',
          maxItems: 500,
          items: {
            title: 'Finansieringslinje',
            description: 'Én finansieringslinje.',
            type: 'object',
            additionalProperties: false,
            required: ['kilde', 'form', 'beløp'],
            properties: {
              kilde: {
                $ref: '#/$defs/id',
                title: 'Kilde',
                description: 'Id-en til partneren som finansierer.',
              },
              form: { $ref: '#/$defs/form' },
              år: {
                $ref: '#/$defs/år',
                title: 'År',
                description: 'Kalenderåret. Uten år gjelder linjen hele prosjektperioden.',
              },
              beskrivelse: {
                $ref: '#/$defs/tekst',
                title: 'Beskrivelse',
                description: 'Hva finansieringen består av.',
              },
              beløp: { $ref: '#/$defs/beløp' },
            },
          },
        },
      },
    },
    åpne_spørsmål: {
      title: 'Åpne spørsmål',
      description: 'Behov for avklaringer: spørsmål som ikke er avgjort, med ansvarlig og frist.',
      type: 'array',
      maxItems: 500,
      items: {
        title: 'Åpent spørsmål',
        description: 'Ett åpent spørsmål.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'spørsmål'],
        properties: {
          id: { $ref: '#/$defs/id', title: 'Id', description: 'Kort, unik id.' },
          spørsmål: { $ref: '#/$defs/tekst', title: 'Spørsmål', description: 'Spørsmålet som må avklares.' },
          ansvarlig: {
            $ref: '#/$defs/tekst',
            title: 'Ansvarlig',
            description: 'Hvem som skal avklare spørsmålet.',
          },
          frist: { $ref: '#/$defs/dato', title: 'Frist', description: 'Når spørsmålet skal være avklart.' },
          gjelder: {
            $ref: '#/$defs/tekst',
            title: 'Gjelder',
            description:
              'Feltet spørsmålet gjelder, for eksempel «vertskommune» eller «budsjett.finansiering». Advarsler om «ikke avklart» i dette feltet nevner spørsmålet.',
          },
        },
      },
    },
    forslag_til_vedtak: {
      title: 'Forslag til vedtak',
      description: 'Forslag til vedtak med organ og punkter.',
      type: 'object',
      additionalProperties: false,
      required: ['organ', 'punkter'],
      properties: {
        organ: { $ref: '#/$defs/tekst', title: 'Organ', description: 'Organet som skal fatte vedtaket.' },
        punkter: {
          title: 'Punkter',
          description: 'Vedtakspunktene.',
          type: 'array',
          maxItems: 500,
          minItems: 1,
          items: { $ref: '#/$defs/tekst', title: 'Punkt', description: 'Ett vedtakspunkt.' },
        },
      },
    },
    vedlegg: {
      title: 'Vedlegg',
      description: 'Vedlegg med tittel, nettadresse og/eller lokal PDF-fil.',
      type: 'array',
      maxItems: 500,
      items: {
        title: 'Vedlegg',
        description: 'Ett vedlegg.',
        type: 'object',
        additionalProperties: false,
        required: ['tittel'],
        properties: {
          tittel: { $ref: '#/$defs/tekst', title: 'Tittel', description: 'Vedleggets tittel.' },
          url: { $ref: '#/$defs/url', title: 'Nettadresse', description: 'Nettadressen til vedlegget.' },
          fil: {
            type: 'string',
            pattern: '\\.[pP][dD][fF]$',
            title: 'Fil',
            description: 'En PDF-fil i prosjektmappen som legges ved PDF-ene, for eksempel vedlegg/sak.pdf.',
          },
        },
      },
    },
    dokumenter: {
      title: 'Dokumenter',
      description: 'Dokumentene som bygges: prosjektbeskrivelsen og én søknad per mottaker.',
      type: 'array',
      maxItems: 500,
      items: {
        title: 'Dokument',
        description: 'Ett dokument.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type', 'tittel'],
        properties: {
          id: {
            $ref: '#/$defs/id',
            maxLength: 64,
            pattern: '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$',
            title: 'Id',
            description: 'Kort, unik id med små bokstaver, tall og bindestrek; brukes i filnavnet.',
          },
          type: {
            enum: ['prosjektbeskrivelse', 'søknad'],
            title: 'Type',
            description: 'prosjektbeskrivelse eller søknad.',
          },
          tittel: { $ref: '#/$defs/tekst', title: 'Tittel', description: 'Dokumentets tittel.' },
          mottaker: {
            $ref: '#/$defs/id',
            title: 'Mottaker',
            description: 'Id-en til partneren søknaden sendes til.',
          },
          ordning: {
            $ref: '#/$defs/tekst',
            title: 'Tilskuddsordning',
            description: 'Ordningen det søkes fra.',
          },
          frist: { $ref: '#/$defs/dato', title: 'Søknadsfrist', description: 'Søknadsfristen.' },
          frist_avklart: {
            type: 'boolean',
            title: 'Frist avklart',
            description: 'false hvis fristen er foreløpig.',
          },
          søkt_beløp: {
            title: 'Søkt beløp',
            description: 'Beløpet det søkes om, per år.',
            type: 'array',
            maxItems: 500,
            items: {
              title: 'Søkt beløp for ett år',
              description: 'År og beløp.',
              type: 'object',
              additionalProperties: false,
              required: ['år', 'beløp'],
              properties: {
                år: { $ref: '#/$defs/år', title: 'År', description: 'Kalenderåret.' },
                beløp: { $ref: '#/$defs/beløp' },
              },
            },
          },
          underskriver: {
            title: 'Underskriver',
            description:
              'Hvem som underskriver søknaden. Mangler den, er den ikke avklart (advarsel i utkast, feil med --final). Skriv «ikke avklart» i navn eller tittel hvis personen ikke er bestemt.',
            type: 'object',
            additionalProperties: false,
            required: ['navn', 'tittel'],
            properties: {
              navn: {
                $ref: '#/$defs/tekst',
                title: 'Navn',
                description: 'Underskriverens fulle navn, eller «ikke avklart».',
              },
              tittel: {
                $ref: '#/$defs/tekst',
                title: 'Tittel',
                description: 'Underskriverens stilling, for eksempel «ordfører» eller «daglig leder».',
              },
              organisasjon: {
                $ref: '#/$defs/id',
                title: 'Organisasjon',
                description:
                  'Id-en til partneren eller kommunen underskriveren representerer. Uten den: søkeren, eller vertskommunen når bare en kommune kan søke.',
              },
            },
          },
          regler: {
            title: 'Regler',
            description: 'Tilskuddsordningens regler; grantdocs kontrollerer dem.',
            type: 'object',
            additionalProperties: false,
            properties: {
              kortbeskrivelse_maks_tegn: {
                type: 'integer',
                minimum: 1,
                title: 'Maks tegn i kortbeskrivelsen',
                description: 'Største antall tegn i tekster.kortbeskrivelse (søknadsportalens grense).',
              },
              maks_andel_av_kostnader_prosent: {
                type: 'number',
                minimum: 0,
                maximum: 100,
                title: 'Maks andel av kostnadene (%)',
                description: 'Søkt beløp kan høyst være denne andelen av totale kostnader.',
              },
              min_egenfinansiering_prosent: {
                type: 'number',
                minimum: 0,
                maximum: 100,
                title: 'Minste egenfinansiering (%)',
                description:
                  'Finansiering fra kommunene og regionrådet må minst være denne andelen av totale kostnader.',
              },
              maks_per_år: {
                $ref: '#/$defs/kroner',
                title: 'Maks per år',
                description: 'Høyeste beløp det kan søkes om per år.',
              },
              maks_totalt: {
                $ref: '#/$defs/kroner',
                title: 'Maks totalt',
                description: 'Høyeste beløp det kan søkes om totalt.',
              },
              min_søkt_beløp: {
                $ref: '#/$defs/kroner',
                title: 'Minste søkte beløp',
                description: 'Laveste beløp det kan søkes om totalt.',
              },
              kun_kommune_kan_søke: {
                type: 'boolean',
                title: 'Kun kommuner kan søke',
                description:
                  'true hvis bare en kommune kan søke (for eksempel skjønnsmidler); da må vertskommunen være satt.',
              },
            },
          },
          mal: {
            type: 'string',
            pattern: '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*(\\.md\\.hbs)?$',
            title: 'Mal',
            description:
              'Malfil under templates/ (uten eller med .md.hbs) hvis den vanlige malen ikke skal brukes. Uten mal velges malen etter mottakerens type; mottakere uten egen mal får den generelle søknadsmalen soknad.md.hbs.',
          },
        },
      },
    },
  },
  $defs: {
    tekst: { type: 'string', minLength: 1, title: 'Tekst', description: 'Ren tekst.' },
    markdown: {
      type: 'string',
      minLength: 1,
      title: 'Markdown-tekst',
      description: 'Tekst i Markdown: **fet**, *kursiv*, lister og lenker.',
    },
    id: {
      type: 'string',
      minLength: 1,
      title: 'Id',
      description: 'Kort id med små bokstaver, for eksempel «nfk».',
    },
    år: {
      type: 'integer',
      minimum: 1900,
      maximum: 2200,
      title: 'År',
      description: 'Et årstall, for eksempel 2026.',
    },
    url: {
      type: 'string',
      format: 'uri',
      pattern: '^https?://',
      title: 'Nettadresse',
      description: 'En nettadresse som begynner med https://.',
    },
    kroner: {
      type: 'integer',
      minimum: 0,
      maximum: 1000000000000,
      title: 'Kroner',
      description: 'Et beløp i hele kroner, uten mellomrom, for eksempel 2500000.',
    },
    avklart: {
      type: 'boolean',
      title: 'Avklart',
      description: 'false merker verdien som foreløpig (ikke avklart).',
    },
    form: { enum: ['kontant', 'naturalia'], title: 'Form', description: 'kontant eller naturalia.' },
    dato: {
      type: 'string',
      format: 'dato',
      title: 'Dato',
      description:
        'En dato: 2025-10-10 (dag), 2025-12 (måned), 2026 (år), 2026-T1 (tertial), 2026-vår (årstid), 2025-10/2025-12 (tidsrom), 2025-12 eller 2026-01 (alternativer), eller «ikke avklart».',
    },
    orgnr: {
      type: 'string',
      pattern: '^[0-9]{9}$',
      title: 'Organisasjonsnummer',
      description: "Ni sifre i anførselstegn, for eksempel '964982953'. Kontrolleres med modulus 11.",
    },
    beløp: {
      title: 'Beløp',
      description:
        'Hele kroner: et tall (2500000), et anslag med spenn { fra: 2500000, til: 3000000 } eller «ikke avklart».',
      anyOf: [
        {
          type: 'integer',
          minimum: 0,
          maximum: 1000000000000,
          title: 'Beløp',
          description: 'Et beløp i hele kroner, høyst 1 000 000 000 000.',
        },
        {
          type: 'object',
          title: 'Anslag',
          description: 'Et anslag med laveste og høyeste beløp.',
          additionalProperties: false,
          required: ['fra', 'til'],
          properties: {
            fra: {
              type: 'integer',
              minimum: 0,
              maximum: 1000000000000,
              title: 'Fra',
              description: 'Laveste anslag i hele kroner.',
            },
            til: {
              type: 'integer',
              minimum: 0,
              maximum: 1000000000000,
              title: 'Til',
              description: 'Høyeste anslag i hele kroner.',
            },
          },
        },
        { const: 'ikke avklart', title: 'Ikke avklart', description: 'Beløpet er ikke avklart ennå.' },
      ],
    },
    mål: {
      title: 'Mål',
      description: 'Ett mål med en etterprøvbar indikator der det er mulig.',
      type: 'object',
      additionalProperties: false,
      required: ['tekst'],
      properties: {
        tekst: { $ref: '#/$defs/tekst', title: 'Mål', description: 'Målet.' },
        indikator: {
          $ref: '#/$defs/tekst',
          title: 'Indikator',
          description: 'Hvordan måloppnåelsen kan etterprøves.',
        },
      },
    },
    egen_tekst: {
      title: 'Egen tekst',
      description: 'En tekst under sin egen overskrift, plassert etter en av seksjonene i dokumentene.',
      type: 'object',
      additionalProperties: false,
      required: ['overskrift', 'etter', 'tekst'],
      properties: {
        overskrift: {
          $ref: '#/$defs/tekst',
          title: 'Overskrift',
          description: 'Overskriften teksten står under.',
        },
        etter: {
          enum: [
            'bakgrunn',
            'modell',
            'situasjon',
            'mål',
            'målgruppe',
            'organisering',
            'tidsplan',
            'budsjett',
            'søknadsbeløp',
            'slutt',
          ],
          title: 'Etter',
          description:
            'Seksjonen teksten kommer etter: bakgrunn, modell, situasjon, mål, målgruppe, organisering, tidsplan, budsjett, søknadsbeløp eller slutt (til sist, før underskriften).',
        },
        dokumenter: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/$defs/id',
            title: 'Dokument',
            description: 'Id-en til et dokument (fra dokumenter).',
          },
          title: 'Dokumenter',
          description: 'Dokumentene teksten skal stå i (id-er fra dokumenter). Uten listen står den i alle.',
        },
        tekst: { $ref: '#/$defs/markdown', title: 'Tekst', description: 'Teksten (Markdown).' },
      },
    },
  },
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2lengthModule.default;
const schema20 = { type: 'string', minLength: 1, title: 'Tekst', description: 'Ren tekst.' };
function validate53(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func2(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
        schema: 1,
        parentSchema: schema20,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema20.type,
      parentSchema: schema20,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { dynamicProps: false, dynamicItems: false };
const schema21 = {
  type: 'string',
  format: 'dato',
  title: 'Dato',
  description:
    'En dato: 2025-10-10 (dag), 2025-12 (måned), 2026 (år), 2026-T1 (tertial), 2026-vår (årstid), 2025-10/2025-12 (tidsrom), 2025-12 eller 2026-01 (alternativer), eller «ikke avklart».',
};
const formats0 = formats.dato;
function validate59(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!formats0(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'dato' },
        message: 'must match format "' + 'dato' + '"',
        schema: 'dato',
        parentSchema: schema21,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema21.type,
      parentSchema: schema21,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { dynamicProps: false, dynamicItems: false };
const schema22 = {
  type: 'string',
  minLength: 1,
  title: 'Id',
  description: 'Kort id med små bokstaver, for eksempel «nfk».',
};
function validate61(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func2(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
        schema: 1,
        parentSchema: schema22,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema22.type,
      parentSchema: schema22,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { dynamicProps: false, dynamicItems: false };
const schema23 = {
  type: 'string',
  minLength: 1,
  title: 'Markdown-tekst',
  description: 'Tekst i Markdown: **fet**, *kursiv*, lister og lenker.',
};
function validate71(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (func2(data) < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
        schema: 1,
        parentSchema: schema23,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema23.type,
      parentSchema: schema23,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = { dynamicProps: false, dynamicItems: false };
const schema24 = {
  title: 'Egen tekst',
  description: 'En tekst under sin egen overskrift, plassert etter en av seksjonene i dokumentene.',
  type: 'object',
  additionalProperties: false,
  required: ['overskrift', 'etter', 'tekst'],
  properties: {
    overskrift: {
      $ref: '#/$defs/tekst',
      title: 'Overskrift',
      description: 'Overskriften teksten står under.',
    },
    etter: {
      enum: [
        'bakgrunn',
        'modell',
        'situasjon',
        'mål',
        'målgruppe',
        'organisering',
        'tidsplan',
        'budsjett',
        'søknadsbeløp',
        'slutt',
      ],
      title: 'Etter',
      description:
        'Seksjonen teksten kommer etter: bakgrunn, modell, situasjon, mål, målgruppe, organisering, tidsplan, budsjett, søknadsbeløp eller slutt (til sist, før underskriften).',
    },
    dokumenter: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/$defs/id',
        title: 'Dokument',
        description: 'Id-en til et dokument (fra dokumenter).',
      },
      title: 'Dokumenter',
      description: 'Dokumentene teksten skal stå i (id-er fra dokumenter). Uten listen står den i alle.',
    },
    tekst: { $ref: '#/$defs/markdown', title: 'Tekst', description: 'Teksten (Markdown).' },
  },
};
function validate73(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.overskrift === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'overskrift' },
        message: "must have required property '" + 'overskrift' + "'",
        schema: schema24.required,
        parentSchema: schema24,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.etter === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'etter' },
        message: "must have required property '" + 'etter' + "'",
        schema: schema24.required,
        parentSchema: schema24,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tekst === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tekst' },
        message: "must have required property '" + 'tekst' + "'",
        schema: schema24.required,
        parentSchema: schema24,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'overskrift' || key0 === 'etter' || key0 === 'dokumenter' || key0 === 'tekst')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema24,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.overskrift !== undefined) {
      if (
        !validate53(data.overskrift, {
          instancePath: instancePath + '/overskrift',
          parentData: data,
          parentDataProperty: 'overskrift',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.etter !== undefined) {
      let data1 = data.etter;
      if (!(
        data1 === 'bakgrunn' ||
        data1 === 'modell' ||
        data1 === 'situasjon' ||
        data1 === 'mål' ||
        data1 === 'målgruppe' ||
        data1 === 'organisering' ||
        data1 === 'tidsplan' ||
        data1 === 'budsjett' ||
        data1 === 'søknadsbeløp' ||
        data1 === 'slutt'
      )) {
        const err4 = {
          instancePath: instancePath + '/etter',
          schemaPath: '#/properties/etter/enum',
          keyword: 'enum',
          params: { allowedValues: schema24.properties.etter.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema24.properties.etter.enum,
          parentSchema: schema24.properties.etter,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.dokumenter !== undefined) {
      let data2 = data.dokumenter;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err5 = {
            instancePath: instancePath + '/dokumenter',
            schemaPath: '#/properties/dokumenter/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema24.properties.dokumenter,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate61(data2[i0], {
              instancePath: instancePath + '/dokumenter/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/dokumenter',
          schemaPath: '#/properties/dokumenter/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema24.properties.dokumenter.type,
          parentSchema: schema24.properties.dokumenter,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.tekst !== undefined) {
      if (
        !validate71(data.tekst, {
          instancePath: instancePath + '/tekst',
          parentData: data,
          parentDataProperty: 'tekst',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema24.type,
      parentSchema: schema24,
      data,
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema25 = {
  title: 'Mål',
  description: 'Ett mål med en etterprøvbar indikator der det er mulig.',
  type: 'object',
  additionalProperties: false,
  required: ['tekst'],
  properties: {
    tekst: { $ref: '#/$defs/tekst', title: 'Mål', description: 'Målet.' },
    indikator: {
      $ref: '#/$defs/tekst',
      title: 'Indikator',
      description: 'Hvordan måloppnåelsen kan etterprøves.',
    },
  },
};
function validate84(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.tekst === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tekst' },
        message: "must have required property '" + 'tekst' + "'",
        schema: schema25.required,
        parentSchema: schema25,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'tekst' || key0 === 'indikator')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema25,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tekst !== undefined) {
      if (
        !validate53(data.tekst, {
          instancePath: instancePath + '/tekst',
          parentData: data,
          parentDataProperty: 'tekst',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.indikator !== undefined) {
      if (
        !validate53(data.indikator, {
          instancePath: instancePath + '/indikator',
          parentData: data,
          parentDataProperty: 'indikator',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema25.type,
      parentSchema: schema25,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema26 = {
  title: 'Beløp',
  description:
    'Hele kroner: et tall (2500000), et anslag med spenn { fra: 2500000, til: 3000000 } eller «ikke avklart».',
  anyOf: [
    {
      type: 'integer',
      minimum: 0,
      maximum: 1000000000000,
      title: 'Beløp',
      description: 'Et beløp i hele kroner, høyst 1 000 000 000 000.',
    },
    {
      type: 'object',
      title: 'Anslag',
      description: 'Et anslag med laveste og høyeste beløp.',
      additionalProperties: false,
      required: ['fra', 'til'],
      properties: {
        fra: {
          type: 'integer',
          minimum: 0,
          maximum: 1000000000000,
          title: 'Fra',
          description: 'Laveste anslag i hele kroner.',
        },
        til: {
          type: 'integer',
          minimum: 0,
          maximum: 1000000000000,
          title: 'Til',
          description: 'Høyeste anslag i hele kroner.',
        },
      },
    },
    { const: 'ikke avklart', title: 'Ikke avklart', description: 'Beløpet er ikke avklart ennå.' },
  ],
};
function validate96(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate96.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data) && isFinite(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/anyOf/0/type',
      keyword: 'type',
      params: { type: 'integer' },
      message: 'must be integer',
      schema: schema26.anyOf[0].type,
      parentSchema: schema26.anyOf[0],
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == 'number' && isFinite(data)) {
    if (data > 1000000000000 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/anyOf/0/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 1000000000000 },
        message: 'must be <= 1000000000000',
        schema: 1000000000000,
        parentSchema: schema26.anyOf[0],
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err2 = {
        instancePath,
        schemaPath: '#/anyOf/0/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
        message: 'must be >= 0',
        schema: 0,
        parentSchema: schema26.anyOf[0],
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.fra === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/anyOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'fra' },
        message: "must have required property '" + 'fra' + "'",
        schema: schema26.anyOf[1].required,
        parentSchema: schema26.anyOf[1],
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.til === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/anyOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'til' },
        message: "must have required property '" + 'til' + "'",
        schema: schema26.anyOf[1].required,
        parentSchema: schema26.anyOf[1],
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'fra' || key0 === 'til')) {
        const err5 = {
          instancePath,
          schemaPath: '#/anyOf/1/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema26.anyOf[1],
          data,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.fra !== undefined) {
      let data0 = data.fra;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err6 = {
          instancePath: instancePath + '/fra',
          schemaPath: '#/anyOf/1/properties/fra/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema26.anyOf[1].properties.fra.type,
          parentSchema: schema26.anyOf[1].properties.fra,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 > 1000000000000 || isNaN(data0)) {
          const err7 = {
            instancePath: instancePath + '/fra',
            schemaPath: '#/anyOf/1/properties/fra/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
            message: 'must be <= 1000000000000',
            schema: 1000000000000,
            parentSchema: schema26.anyOf[1].properties.fra,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err8 = {
            instancePath: instancePath + '/fra',
            schemaPath: '#/anyOf/1/properties/fra/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema26.anyOf[1].properties.fra,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.til !== undefined) {
      let data1 = data.til;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err9 = {
          instancePath: instancePath + '/til',
          schemaPath: '#/anyOf/1/properties/til/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema26.anyOf[1].properties.til.type,
          parentSchema: schema26.anyOf[1].properties.til,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 1000000000000 || isNaN(data1)) {
          const err10 = {
            instancePath: instancePath + '/til',
            schemaPath: '#/anyOf/1/properties/til/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
            message: 'must be <= 1000000000000',
            schema: 1000000000000,
            parentSchema: schema26.anyOf[1].properties.til,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err11 = {
            instancePath: instancePath + '/til',
            schemaPath: '#/anyOf/1/properties/til/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema26.anyOf[1].properties.til,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/anyOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema26.anyOf[1].type,
      parentSchema: schema26.anyOf[1],
      data,
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = true;
  }
  const _errs10 = errors;
  if ('ikke avklart' !== data) {
    const err13 = {
      instancePath,
      schemaPath: '#/anyOf/2/const',
      keyword: 'const',
      params: { allowedValue: 'ikke avklart' },
      message: 'must be equal to constant',
      schema: 'ikke avklart',
      parentSchema: schema26.anyOf[2],
      data,
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  var _valid0 = _errs10 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err14 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
      schema: schema26.anyOf,
      parentSchema: schema26,
      data,
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate96.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate96.evaluated = { dynamicProps: true, dynamicItems: false };
const schema27 = {
  type: 'integer',
  minimum: 1900,
  maximum: 2200,
  title: 'År',
  description: 'Et årstall, for eksempel 2026.',
};
function validate101(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate101.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data) && isFinite(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
      message: 'must be integer',
      schema: schema27.type,
      parentSchema: schema27,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == 'number' && isFinite(data)) {
    if (data > 2200 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 2200 },
        message: 'must be <= 2200',
        schema: 2200,
        parentSchema: schema27,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 1900 || isNaN(data)) {
      const err2 = {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1900 },
        message: 'must be >= 1900',
        schema: 1900,
        parentSchema: schema27,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate101.errors = vErrors;
  return errors === 0;
}
validate101.evaluated = { dynamicProps: false, dynamicItems: false };
const schema28 = {
  type: 'string',
  format: 'uri',
  pattern: '^https?://',
  title: 'Nettadresse',
  description: 'En nettadresse som begynner med https://.',
};
const formats4 = formats.uri;
const pattern3 = new RegExp('^https?://', 'u');
function validate103(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate103.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern3.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^https?://' },
        message: 'must match pattern "' + '^https?://' + '"',
        schema: '^https?://',
        parentSchema: schema28,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!formats4(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'uri' },
        message: 'must match format "' + 'uri' + '"',
        schema: 'uri',
        parentSchema: schema28,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema28.type,
      parentSchema: schema28,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
validate103.evaluated = { dynamicProps: false, dynamicItems: false };
const schema29 = {
  type: 'string',
  pattern: '^[0-9]{9}$',
  title: 'Organisasjonsnummer',
  description: "Ni sifre i anførselstegn, for eksempel '964982953'. Kontrolleres med modulus 11.",
};
const pattern4 = new RegExp('^[0-9]{9}$', 'u');
function validate116(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate116.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data === 'string') {
    if (!pattern4.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[0-9]{9}$' },
        message: 'must match pattern "' + '^[0-9]{9}$' + '"',
        schema: '^[0-9]{9}$',
        parentSchema: schema29,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema29.type,
      parentSchema: schema29,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate116.errors = vErrors;
  return errors === 0;
}
validate116.evaluated = { dynamicProps: false, dynamicItems: false };
const schema30 = { enum: ['kontant', 'naturalia'], title: 'Form', description: 'kontant eller naturalia.' };
function validate119(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate119.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data === 'kontant' || data === 'naturalia')) {
    const err0 = {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema30.enum },
      message: 'must be equal to one of the allowed values',
      schema: schema30.enum,
      parentSchema: schema30,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate119.errors = vErrors;
  return errors === 0;
}
validate119.evaluated = { dynamicProps: false, dynamicItems: false };
const schema31 = {
  type: 'boolean',
  title: 'Avklart',
  description: 'false merker verdien som foreløpig (ikke avklart).',
};
function validate134(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate134.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (typeof data !== 'boolean') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
      message: 'must be boolean',
      schema: schema31.type,
      parentSchema: schema31,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate134.errors = vErrors;
  return errors === 0;
}
validate134.evaluated = { dynamicProps: false, dynamicItems: false };
const schema32 = {
  type: 'integer',
  minimum: 0,
  maximum: 1000000000000,
  title: 'Kroner',
  description: 'Et beløp i hele kroner, uten mellomrom, for eksempel 2500000.',
};
function validate171(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate171.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data) && isFinite(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
      message: 'must be integer',
      schema: schema32.type,
      parentSchema: schema32,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == 'number' && isFinite(data)) {
    if (data > 1000000000000 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 1000000000000 },
        message: 'must be <= 1000000000000',
        schema: 1000000000000,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err2 = {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
        message: 'must be >= 0',
        schema: 0,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate171.errors = vErrors;
  return errors === 0;
}
validate171.evaluated = { dynamicProps: false, dynamicItems: false };
const formats2 =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const pattern5 = new RegExp('\\.[pP][dD][fF]$', 'u');
const pattern6 = new RegExp('^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$', 'u');
const pattern7 = new RegExp('^[a-z0-9æøå]+(-[a-z0-9æøå]+)*(\\.md\\.hbs)?$', 'u');
function validate52(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://grantdocs.local/schema/prosjekt.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema19.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema19,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.prosjekt !== undefined) {
      let data0 = data.prosjekt;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.tittel === undefined) {
          const err1 = {
            instancePath: instancePath + '/prosjekt',
            schemaPath: '#/properties/prosjekt/required',
            keyword: 'required',
            params: { missingProperty: 'tittel' },
            message: "must have required property '" + 'tittel' + "'",
            schema: schema19.properties.prosjekt.required,
            parentSchema: schema19.properties.prosjekt,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.kortnavn === undefined) {
          const err2 = {
            instancePath: instancePath + '/prosjekt',
            schemaPath: '#/properties/prosjekt/required',
            keyword: 'required',
            params: { missingProperty: 'kortnavn' },
            message: "must have required property '" + 'kortnavn' + "'",
            schema: schema19.properties.prosjekt.required,
            parentSchema: schema19.properties.prosjekt,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.saksreferanser === undefined) {
          const err3 = {
            instancePath: instancePath + '/prosjekt',
            schemaPath: '#/properties/prosjekt/required',
            keyword: 'required',
            params: { missingProperty: 'saksreferanser' },
            message: "must have required property '" + 'saksreferanser' + "'",
            schema: schema19.properties.prosjekt.required,
            parentSchema: schema19.properties.prosjekt,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0['søker'] === undefined) {
          const err4 = {
            instancePath: instancePath + '/prosjekt',
            schemaPath: '#/properties/prosjekt/required',
            keyword: 'required',
            params: { missingProperty: 'søker' },
            message: "must have required property '" + 'søker' + "'",
            schema: schema19.properties.prosjekt.required,
            parentSchema: schema19.properties.prosjekt,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.kontaktperson === undefined) {
          const err5 = {
            instancePath: instancePath + '/prosjekt',
            schemaPath: '#/properties/prosjekt/required',
            keyword: 'required',
            params: { missingProperty: 'kontaktperson' },
            message: "must have required property '" + 'kontaktperson' + "'",
            schema: schema19.properties.prosjekt.required,
            parentSchema: schema19.properties.prosjekt,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.sted === undefined) {
          const err6 = {
            instancePath: instancePath + '/prosjekt',
            schemaPath: '#/properties/prosjekt/required',
            keyword: 'required',
            params: { missingProperty: 'sted' },
            message: "must have required property '" + 'sted' + "'",
            schema: schema19.properties.prosjekt.required,
            parentSchema: schema19.properties.prosjekt,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.dato === undefined) {
          const err7 = {
            instancePath: instancePath + '/prosjekt',
            schemaPath: '#/properties/prosjekt/required',
            keyword: 'required',
            params: { missingProperty: 'dato' },
            message: "must have required property '" + 'dato' + "'",
            schema: schema19.properties.prosjekt.required,
            parentSchema: schema19.properties.prosjekt,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(
            key1 === 'tittel' ||
            key1 === 'kortnavn' ||
            key1 === 'saksreferanser' ||
            key1 === 'søker' ||
            key1 === 'kontaktperson' ||
            key1 === 'sted' ||
            key1 === 'dato' ||
            key1 === 'versjon'
          )) {
            const err8 = {
              instancePath: instancePath + '/prosjekt',
              schemaPath: '#/properties/prosjekt/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.prosjekt,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.tittel !== undefined) {
          if (
            !validate53(data0.tittel, {
              instancePath: instancePath + '/prosjekt/tittel',
              parentData: data0,
              parentDataProperty: 'tittel',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data0.kortnavn !== undefined) {
          if (
            !validate53(data0.kortnavn, {
              instancePath: instancePath + '/prosjekt/kortnavn',
              parentData: data0,
              parentDataProperty: 'kortnavn',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data0.saksreferanser !== undefined) {
          let data3 = data0.saksreferanser;
          if (Array.isArray(data3)) {
            if (data3.length > 500) {
              const err9 = {
                instancePath: instancePath + '/prosjekt/saksreferanser',
                schemaPath: '#/properties/prosjekt/properties/saksreferanser/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties.prosjekt.properties.saksreferanser,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                if (data4.sak === undefined) {
                  const err10 = {
                    instancePath: instancePath + '/prosjekt/saksreferanser/' + i0,
                    schemaPath: '#/properties/prosjekt/properties/saksreferanser/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'sak' },
                    message: "must have required property '" + 'sak' + "'",
                    schema: schema19.properties.prosjekt.properties.saksreferanser.items.required,
                    parentSchema: schema19.properties.prosjekt.properties.saksreferanser.items,
                    data: data4,
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                for (const key2 in data4) {
                  if (!(key2 === 'sak' || key2 === 'tittel' || key2 === 'organ' || key2 === 'dato')) {
                    const err11 = {
                      instancePath: instancePath + '/prosjekt/saksreferanser/' + i0,
                      schemaPath:
                        '#/properties/prosjekt/properties/saksreferanser/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key2 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema19.properties.prosjekt.properties.saksreferanser.items,
                      data: data4,
                    };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data4.sak !== undefined) {
                  if (
                    !validate53(data4.sak, {
                      instancePath: instancePath + '/prosjekt/saksreferanser/' + i0 + '/sak',
                      parentData: data4,
                      parentDataProperty: 'sak',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data4.tittel !== undefined) {
                  if (
                    !validate53(data4.tittel, {
                      instancePath: instancePath + '/prosjekt/saksreferanser/' + i0 + '/tittel',
                      parentData: data4,
                      parentDataProperty: 'tittel',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data4.organ !== undefined) {
                  if (
                    !validate53(data4.organ, {
                      instancePath: instancePath + '/prosjekt/saksreferanser/' + i0 + '/organ',
                      parentData: data4,
                      parentDataProperty: 'organ',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data4.dato !== undefined) {
                  if (
                    !validate59(data4.dato, {
                      instancePath: instancePath + '/prosjekt/saksreferanser/' + i0 + '/dato',
                      parentData: data4,
                      parentDataProperty: 'dato',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err12 = {
                  instancePath: instancePath + '/prosjekt/saksreferanser/' + i0,
                  schemaPath: '#/properties/prosjekt/properties/saksreferanser/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema19.properties.prosjekt.properties.saksreferanser.items.type,
                  parentSchema: schema19.properties.prosjekt.properties.saksreferanser.items,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/prosjekt/saksreferanser',
              schemaPath: '#/properties/prosjekt/properties/saksreferanser/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties.prosjekt.properties.saksreferanser.type,
              parentSchema: schema19.properties.prosjekt.properties.saksreferanser,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0['søker'] !== undefined) {
          let data9 = data0['søker'];
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.partner === undefined) {
              const err14 = {
                instancePath: instancePath + '/prosjekt/søker',
                schemaPath: '#/properties/prosjekt/properties/s%C3%B8ker/required',
                keyword: 'required',
                params: { missingProperty: 'partner' },
                message: "must have required property '" + 'partner' + "'",
                schema: schema19.properties.prosjekt.properties['søker'].required,
                parentSchema: schema19.properties.prosjekt.properties['søker'],
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === 'partner' || key3 === 'på_vegne_av' || key3 === 'via')) {
                const err15 = {
                  instancePath: instancePath + '/prosjekt/søker',
                  schemaPath: '#/properties/prosjekt/properties/s%C3%B8ker/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.prosjekt.properties['søker'],
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data9.partner !== undefined) {
              if (
                !validate61(data9.partner, {
                  instancePath: instancePath + '/prosjekt/søker/partner',
                  parentData: data9,
                  parentDataProperty: 'partner',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data9['på_vegne_av'] !== undefined) {
              if (
                !validate53(data9['på_vegne_av'], {
                  instancePath: instancePath + '/prosjekt/søker/på_vegne_av',
                  parentData: data9,
                  parentDataProperty: 'på_vegne_av',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data9.via !== undefined) {
              if (
                !validate53(data9.via, {
                  instancePath: instancePath + '/prosjekt/søker/via',
                  parentData: data9,
                  parentDataProperty: 'via',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/prosjekt/søker',
              schemaPath: '#/properties/prosjekt/properties/s%C3%B8ker/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.prosjekt.properties['søker'].type,
              parentSchema: schema19.properties.prosjekt.properties['søker'],
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.kontaktperson !== undefined) {
          let data13 = data0.kontaktperson;
          if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
            if (data13.navn === undefined) {
              const err17 = {
                instancePath: instancePath + '/prosjekt/kontaktperson',
                schemaPath: '#/properties/prosjekt/properties/kontaktperson/required',
                keyword: 'required',
                params: { missingProperty: 'navn' },
                message: "must have required property '" + 'navn' + "'",
                schema: schema19.properties.prosjekt.properties.kontaktperson.required,
                parentSchema: schema19.properties.prosjekt.properties.kontaktperson,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data13.rolle === undefined) {
              const err18 = {
                instancePath: instancePath + '/prosjekt/kontaktperson',
                schemaPath: '#/properties/prosjekt/properties/kontaktperson/required',
                keyword: 'required',
                params: { missingProperty: 'rolle' },
                message: "must have required property '" + 'rolle' + "'",
                schema: schema19.properties.prosjekt.properties.kontaktperson.required,
                parentSchema: schema19.properties.prosjekt.properties.kontaktperson,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key4 in data13) {
              if (!(
                key4 === 'navn' ||
                key4 === 'rolle' ||
                key4 === 'organisasjon' ||
                key4 === 'epost' ||
                key4 === 'telefon'
              )) {
                const err19 = {
                  instancePath: instancePath + '/prosjekt/kontaktperson',
                  schemaPath: '#/properties/prosjekt/properties/kontaktperson/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key4 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.prosjekt.properties.kontaktperson,
                  data: data13,
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data13.navn !== undefined) {
              if (
                !validate53(data13.navn, {
                  instancePath: instancePath + '/prosjekt/kontaktperson/navn',
                  parentData: data13,
                  parentDataProperty: 'navn',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data13.rolle !== undefined) {
              if (
                !validate53(data13.rolle, {
                  instancePath: instancePath + '/prosjekt/kontaktperson/rolle',
                  parentData: data13,
                  parentDataProperty: 'rolle',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data13.organisasjon !== undefined) {
              if (
                !validate61(data13.organisasjon, {
                  instancePath: instancePath + '/prosjekt/kontaktperson/organisasjon',
                  parentData: data13,
                  parentDataProperty: 'organisasjon',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data13.epost !== undefined) {
              let data17 = data13.epost;
              if (typeof data17 === 'string') {
                if (!formats2.test(data17)) {
                  const err20 = {
                    instancePath: instancePath + '/prosjekt/kontaktperson/epost',
                    schemaPath: '#/properties/prosjekt/properties/kontaktperson/properties/epost/format',
                    keyword: 'format',
                    params: { format: 'email' },
                    message: 'must match format "' + 'email' + '"',
                    schema: 'email',
                    parentSchema: schema19.properties.prosjekt.properties.kontaktperson.properties.epost,
                    data: data17,
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = {
                  instancePath: instancePath + '/prosjekt/kontaktperson/epost',
                  schemaPath: '#/properties/prosjekt/properties/kontaktperson/properties/epost/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema19.properties.prosjekt.properties.kontaktperson.properties.epost.type,
                  parentSchema: schema19.properties.prosjekt.properties.kontaktperson.properties.epost,
                  data: data17,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data13.telefon !== undefined) {
              let data18 = data13.telefon;
              if (typeof data18 !== 'string') {
                const err22 = {
                  instancePath: instancePath + '/prosjekt/kontaktperson/telefon',
                  schemaPath: '#/properties/prosjekt/properties/kontaktperson/properties/telefon/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema19.properties.prosjekt.properties.kontaktperson.properties.telefon.type,
                  parentSchema: schema19.properties.prosjekt.properties.kontaktperson.properties.telefon,
                  data: data18,
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/prosjekt/kontaktperson',
              schemaPath: '#/properties/prosjekt/properties/kontaktperson/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.prosjekt.properties.kontaktperson.type,
              parentSchema: schema19.properties.prosjekt.properties.kontaktperson,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data0.sted !== undefined) {
          if (
            !validate53(data0.sted, {
              instancePath: instancePath + '/prosjekt/sted',
              parentData: data0,
              parentDataProperty: 'sted',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data0.dato !== undefined) {
          if (
            !validate59(data0.dato, {
              instancePath: instancePath + '/prosjekt/dato',
              parentData: data0,
              parentDataProperty: 'dato',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
        if (data0.versjon !== undefined) {
          if (
            !validate53(data0.versjon, {
              instancePath: instancePath + '/prosjekt/versjon',
              parentData: data0,
              parentDataProperty: 'versjon',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/prosjekt',
          schemaPath: '#/properties/prosjekt/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.prosjekt.type,
          parentSchema: schema19.properties.prosjekt,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.tekster !== undefined) {
      let data22 = data.tekster;
      if (data22 && typeof data22 == 'object' && !Array.isArray(data22)) {
        if (data22.bakgrunn === undefined) {
          const err25 = {
            instancePath: instancePath + '/tekster',
            schemaPath: '#/properties/tekster/required',
            keyword: 'required',
            params: { missingProperty: 'bakgrunn' },
            message: "must have required property '" + 'bakgrunn' + "'",
            schema: schema19.properties.tekster.required,
            parentSchema: schema19.properties.tekster,
            data: data22,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data22.modell === undefined) {
          const err26 = {
            instancePath: instancePath + '/tekster',
            schemaPath: '#/properties/tekster/required',
            keyword: 'required',
            params: { missingProperty: 'modell' },
            message: "must have required property '" + 'modell' + "'",
            schema: schema19.properties.tekster.required,
            parentSchema: schema19.properties.tekster,
            data: data22,
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data22.kortbeskrivelse === undefined) {
          const err27 = {
            instancePath: instancePath + '/tekster',
            schemaPath: '#/properties/tekster/required',
            keyword: 'required',
            params: { missingProperty: 'kortbeskrivelse' },
            message: "must have required property '" + 'kortbeskrivelse' + "'",
            schema: schema19.properties.tekster.required,
            parentSchema: schema19.properties.tekster,
            data: data22,
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key5 in data22) {
          if (!(key5 === 'bakgrunn' || key5 === 'modell' || key5 === 'kortbeskrivelse')) {
            let data23 = data22[key5];
            const _errs39 = errors;
            let valid8 = false;
            const _errs40 = errors;
            if (
              !validate71(data23, {
                instancePath: instancePath + '/tekster/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data22,
                parentDataProperty: key5,
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs40 === errors;
            valid8 = valid8 || _valid0;
            const _errs41 = errors;
            if (
              !validate73(data23, {
                instancePath: instancePath + '/tekster/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                parentData: data22,
                parentDataProperty: key5,
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs41 === errors;
            valid8 = valid8 || _valid0;
            if (!valid8) {
              const err28 = {
                instancePath: instancePath + '/tekster/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/tekster/additionalProperties/anyOf',
                keyword: 'anyOf',
                params: {},
                message: 'must match a schema in anyOf',
                schema: schema19.properties.tekster.additionalProperties.anyOf,
                parentSchema: schema19.properties.tekster.additionalProperties,
                data: data23,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            } else {
              errors = _errs39;
              if (vErrors !== null) {
                if (_errs39) {
                  vErrors.length = _errs39;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
        if (data22.bakgrunn !== undefined) {
          if (
            !validate71(data22.bakgrunn, {
              instancePath: instancePath + '/tekster/bakgrunn',
              parentData: data22,
              parentDataProperty: 'bakgrunn',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data22.modell !== undefined) {
          if (
            !validate71(data22.modell, {
              instancePath: instancePath + '/tekster/modell',
              parentData: data22,
              parentDataProperty: 'modell',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data22.kortbeskrivelse !== undefined) {
          if (
            !validate53(data22.kortbeskrivelse, {
              instancePath: instancePath + '/tekster/kortbeskrivelse',
              parentData: data22,
              parentDataProperty: 'kortbeskrivelse',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/tekster',
          schemaPath: '#/properties/tekster/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.tekster.type,
          parentSchema: schema19.properties.tekster,
          data: data22,
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data['målgruppe'] !== undefined) {
      let data27 = data['målgruppe'];
      if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
        if (data27.beskrivelse === undefined) {
          const err30 = {
            instancePath: instancePath + '/målgruppe',
            schemaPath: '#/properties/m%C3%A5lgruppe/required',
            keyword: 'required',
            params: { missingProperty: 'beskrivelse' },
            message: "must have required property '" + 'beskrivelse' + "'",
            schema: schema19.properties['målgruppe'].required,
            parentSchema: schema19.properties['målgruppe'],
            data: data27,
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key6 in data27) {
          if (!(
            key6 === 'beskrivelse' ||
            key6 === 'alder_fra' ||
            key6 === 'alder_til' ||
            key6 === 'oppfølging' ||
            key6 === 'kostnad_for_deltaker'
          )) {
            const err31 = {
              instancePath: instancePath + '/målgruppe',
              schemaPath: '#/properties/m%C3%A5lgruppe/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties['målgruppe'],
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data27.beskrivelse !== undefined) {
          if (
            !validate53(data27.beskrivelse, {
              instancePath: instancePath + '/målgruppe/beskrivelse',
              parentData: data27,
              parentDataProperty: 'beskrivelse',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data27.alder_fra !== undefined) {
          let data29 = data27.alder_fra;
          if (!(typeof data29 == 'number' && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
            const err32 = {
              instancePath: instancePath + '/målgruppe/alder_fra',
              schemaPath: '#/properties/m%C3%A5lgruppe/properties/alder_fra/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema19.properties['målgruppe'].properties.alder_fra.type,
              parentSchema: schema19.properties['målgruppe'].properties.alder_fra,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data29 == 'number' && isFinite(data29)) {
            if (data29 > 120 || isNaN(data29)) {
              const err33 = {
                instancePath: instancePath + '/målgruppe/alder_fra',
                schemaPath: '#/properties/m%C3%A5lgruppe/properties/alder_fra/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 120 },
                message: 'must be <= 120',
                schema: 120,
                parentSchema: schema19.properties['målgruppe'].properties.alder_fra,
                data: data29,
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data29 < 0 || isNaN(data29)) {
              const err34 = {
                instancePath: instancePath + '/målgruppe/alder_fra',
                schemaPath: '#/properties/m%C3%A5lgruppe/properties/alder_fra/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema19.properties['målgruppe'].properties.alder_fra,
                data: data29,
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        }
        if (data27.alder_til !== undefined) {
          let data30 = data27.alder_til;
          if (!(typeof data30 == 'number' && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
            const err35 = {
              instancePath: instancePath + '/målgruppe/alder_til',
              schemaPath: '#/properties/m%C3%A5lgruppe/properties/alder_til/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema19.properties['målgruppe'].properties.alder_til.type,
              parentSchema: schema19.properties['målgruppe'].properties.alder_til,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data30 == 'number' && isFinite(data30)) {
            if (data30 > 120 || isNaN(data30)) {
              const err36 = {
                instancePath: instancePath + '/målgruppe/alder_til',
                schemaPath: '#/properties/m%C3%A5lgruppe/properties/alder_til/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 120 },
                message: 'must be <= 120',
                schema: 120,
                parentSchema: schema19.properties['målgruppe'].properties.alder_til,
                data: data30,
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data30 < 0 || isNaN(data30)) {
              const err37 = {
                instancePath: instancePath + '/målgruppe/alder_til',
                schemaPath: '#/properties/m%C3%A5lgruppe/properties/alder_til/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema19.properties['målgruppe'].properties.alder_til,
                data: data30,
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
        if (data27['oppfølging'] !== undefined) {
          let data31 = data27['oppfølging'];
          if (data31 && typeof data31 == 'object' && !Array.isArray(data31)) {
            if (data31.form === undefined) {
              const err38 = {
                instancePath: instancePath + '/målgruppe/oppfølging',
                schemaPath: '#/properties/m%C3%A5lgruppe/properties/oppf%C3%B8lging/required',
                keyword: 'required',
                params: { missingProperty: 'form' },
                message: "must have required property '" + 'form' + "'",
                schema: schema19.properties['målgruppe'].properties['oppfølging'].required,
                parentSchema: schema19.properties['målgruppe'].properties['oppfølging'],
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key7 in data31) {
              if (!(key7 === 'form' || key7 === 'varighet_måneder')) {
                const err39 = {
                  instancePath: instancePath + '/målgruppe/oppfølging',
                  schemaPath: '#/properties/m%C3%A5lgruppe/properties/oppf%C3%B8lging/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties['målgruppe'].properties['oppfølging'],
                  data: data31,
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data31.form !== undefined) {
              if (
                !validate53(data31.form, {
                  instancePath: instancePath + '/målgruppe/oppfølging/form',
                  parentData: data31,
                  parentDataProperty: 'form',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data31['varighet_måneder'] !== undefined) {
              let data33 = data31['varighet_måneder'];
              if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
                const err40 = {
                  instancePath: instancePath + '/målgruppe/oppfølging/varighet_måneder',
                  schemaPath:
                    '#/properties/m%C3%A5lgruppe/properties/oppf%C3%B8lging/properties/varighet_m%C3%A5neder/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema:
                    schema19.properties['målgruppe'].properties['oppfølging'].properties['varighet_måneder']
                      .type,
                  parentSchema:
                    schema19.properties['målgruppe'].properties['oppfølging'].properties['varighet_måneder'],
                  data: data33,
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (typeof data33 == 'number' && isFinite(data33)) {
                if (data33 < 1 || isNaN(data33)) {
                  const err41 = {
                    instancePath: instancePath + '/målgruppe/oppfølging/varighet_måneder',
                    schemaPath:
                      '#/properties/m%C3%A5lgruppe/properties/oppf%C3%B8lging/properties/varighet_m%C3%A5neder/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema:
                      schema19.properties['målgruppe'].properties['oppfølging'].properties[
                        'varighet_måneder'
                      ],
                    data: data33,
                  };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err42 = {
              instancePath: instancePath + '/målgruppe/oppfølging',
              schemaPath: '#/properties/m%C3%A5lgruppe/properties/oppf%C3%B8lging/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties['målgruppe'].properties['oppfølging'].type,
              parentSchema: schema19.properties['målgruppe'].properties['oppfølging'],
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data27.kostnad_for_deltaker !== undefined) {
          if (
            !validate53(data27.kostnad_for_deltaker, {
              instancePath: instancePath + '/målgruppe/kostnad_for_deltaker',
              parentData: data27,
              parentDataProperty: 'kostnad_for_deltaker',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err43 = {
          instancePath: instancePath + '/målgruppe',
          schemaPath: '#/properties/m%C3%A5lgruppe/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties['målgruppe'].type,
          parentSchema: schema19.properties['målgruppe'],
          data: data27,
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data['mål'] !== undefined) {
      let data35 = data['mål'];
      if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
        if (data35['hovedmål'] === undefined) {
          const err44 = {
            instancePath: instancePath + '/mål',
            schemaPath: '#/properties/m%C3%A5l/required',
            keyword: 'required',
            params: { missingProperty: 'hovedmål' },
            message: "must have required property '" + 'hovedmål' + "'",
            schema: schema19.properties['mål'].required,
            parentSchema: schema19.properties['mål'],
            data: data35,
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data35['delmål'] === undefined) {
          const err45 = {
            instancePath: instancePath + '/mål',
            schemaPath: '#/properties/m%C3%A5l/required',
            keyword: 'required',
            params: { missingProperty: 'delmål' },
            message: "must have required property '" + 'delmål' + "'",
            schema: schema19.properties['mål'].required,
            parentSchema: schema19.properties['mål'],
            data: data35,
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        for (const key8 in data35) {
          if (!(key8 === 'hovedmål' || key8 === 'delmål')) {
            const err46 = {
              instancePath: instancePath + '/mål',
              schemaPath: '#/properties/m%C3%A5l/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key8 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties['mål'],
              data: data35,
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data35['hovedmål'] !== undefined) {
          let data36 = data35['hovedmål'];
          if (Array.isArray(data36)) {
            if (data36.length > 500) {
              const err47 = {
                instancePath: instancePath + '/mål/hovedmål',
                schemaPath: '#/properties/m%C3%A5l/properties/hovedm%C3%A5l/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties['mål'].properties['hovedmål'],
                data: data36,
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data36.length < 1) {
              const err48 = {
                instancePath: instancePath + '/mål/hovedmål',
                schemaPath: '#/properties/m%C3%A5l/properties/hovedm%C3%A5l/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema19.properties['mål'].properties['hovedmål'],
                data: data36,
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            const len1 = data36.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (
                !validate84(data36[i1], {
                  instancePath: instancePath + '/mål/hovedmål/' + i1,
                  parentData: data36,
                  parentDataProperty: i1,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err49 = {
              instancePath: instancePath + '/mål/hovedmål',
              schemaPath: '#/properties/m%C3%A5l/properties/hovedm%C3%A5l/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties['mål'].properties['hovedmål'].type,
              parentSchema: schema19.properties['mål'].properties['hovedmål'],
              data: data36,
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data35['delmål'] !== undefined) {
          let data38 = data35['delmål'];
          if (Array.isArray(data38)) {
            if (data38.length > 500) {
              const err50 = {
                instancePath: instancePath + '/mål/delmål',
                schemaPath: '#/properties/m%C3%A5l/properties/delm%C3%A5l/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties['mål'].properties['delmål'],
                data: data38,
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            const len2 = data38.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (
                !validate84(data38[i2], {
                  instancePath: instancePath + '/mål/delmål/' + i2,
                  parentData: data38,
                  parentDataProperty: i2,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err51 = {
              instancePath: instancePath + '/mål/delmål',
              schemaPath: '#/properties/m%C3%A5l/properties/delm%C3%A5l/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties['mål'].properties['delmål'].type,
              parentSchema: schema19.properties['mål'].properties['delmål'],
              data: data38,
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = {
          instancePath: instancePath + '/mål',
          schemaPath: '#/properties/m%C3%A5l/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties['mål'].type,
          parentSchema: schema19.properties['mål'],
          data: data35,
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.suksessfaktorer !== undefined) {
      let data40 = data.suksessfaktorer;
      if (Array.isArray(data40)) {
        if (data40.length > 500) {
          const err53 = {
            instancePath: instancePath + '/suksessfaktorer',
            schemaPath: '#/properties/suksessfaktorer/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.suksessfaktorer,
            data: data40,
          };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        const len3 = data40.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data41 = data40[i3];
          if (data41 && typeof data41 == 'object' && !Array.isArray(data41)) {
            if (data41.tekst === undefined) {
              const err54 = {
                instancePath: instancePath + '/suksessfaktorer/' + i3,
                schemaPath: '#/properties/suksessfaktorer/items/required',
                keyword: 'required',
                params: { missingProperty: 'tekst' },
                message: "must have required property '" + 'tekst' + "'",
                schema: schema19.properties.suksessfaktorer.items.required,
                parentSchema: schema19.properties.suksessfaktorer.items,
                data: data41,
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            for (const key9 in data41) {
              if (!(key9 === 'tekst' || key9 === 'beskrivelse')) {
                const err55 = {
                  instancePath: instancePath + '/suksessfaktorer/' + i3,
                  schemaPath: '#/properties/suksessfaktorer/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key9 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.suksessfaktorer.items,
                  data: data41,
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data41.tekst !== undefined) {
              if (
                !validate53(data41.tekst, {
                  instancePath: instancePath + '/suksessfaktorer/' + i3 + '/tekst',
                  parentData: data41,
                  parentDataProperty: 'tekst',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data41.beskrivelse !== undefined) {
              if (
                !validate53(data41.beskrivelse, {
                  instancePath: instancePath + '/suksessfaktorer/' + i3 + '/beskrivelse',
                  parentData: data41,
                  parentDataProperty: 'beskrivelse',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err56 = {
              instancePath: instancePath + '/suksessfaktorer/' + i3,
              schemaPath: '#/properties/suksessfaktorer/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.suksessfaktorer.items.type,
              parentSchema: schema19.properties.suksessfaktorer.items,
              data: data41,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = {
          instancePath: instancePath + '/suksessfaktorer',
          schemaPath: '#/properties/suksessfaktorer/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.suksessfaktorer.type,
          parentSchema: schema19.properties.suksessfaktorer,
          data: data40,
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.organisering !== undefined) {
      let data44 = data.organisering;
      if (data44 && typeof data44 == 'object' && !Array.isArray(data44)) {
        if (data44.prosjekteier === undefined) {
          const err58 = {
            instancePath: instancePath + '/organisering',
            schemaPath: '#/properties/organisering/required',
            keyword: 'required',
            params: { missingProperty: 'prosjekteier' },
            message: "must have required property '" + 'prosjekteier' + "'",
            schema: schema19.properties.organisering.required,
            parentSchema: schema19.properties.organisering,
            data: data44,
          };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (data44.arbeidsgiver === undefined) {
          const err59 = {
            instancePath: instancePath + '/organisering',
            schemaPath: '#/properties/organisering/required',
            keyword: 'required',
            params: { missingProperty: 'arbeidsgiver' },
            message: "must have required property '" + 'arbeidsgiver' + "'",
            schema: schema19.properties.organisering.required,
            parentSchema: schema19.properties.organisering,
            data: data44,
          };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        if (data44.ansvar === undefined) {
          const err60 = {
            instancePath: instancePath + '/organisering',
            schemaPath: '#/properties/organisering/required',
            keyword: 'required',
            params: { missingProperty: 'ansvar' },
            message: "must have required property '" + 'ansvar' + "'",
            schema: schema19.properties.organisering.required,
            parentSchema: schema19.properties.organisering,
            data: data44,
          };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        if (data44.ressurser === undefined) {
          const err61 = {
            instancePath: instancePath + '/organisering',
            schemaPath: '#/properties/organisering/required',
            keyword: 'required',
            params: { missingProperty: 'ressurser' },
            message: "must have required property '" + 'ressurser' + "'",
            schema: schema19.properties.organisering.required,
            parentSchema: schema19.properties.organisering,
            data: data44,
          };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        for (const key10 in data44) {
          if (!(
            key10 === 'prosjekteier' ||
            key10 === 'arbeidsgiver' ||
            key10 === 'beskrivelse' ||
            key10 === 'ansvar' ||
            key10 === 'ressurser'
          )) {
            const err62 = {
              instancePath: instancePath + '/organisering',
              schemaPath: '#/properties/organisering/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key10 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.organisering,
              data: data44,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data44.prosjekteier !== undefined) {
          if (
            !validate61(data44.prosjekteier, {
              instancePath: instancePath + '/organisering/prosjekteier',
              parentData: data44,
              parentDataProperty: 'prosjekteier',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
            errors = vErrors.length;
          }
        }
        if (data44.arbeidsgiver !== undefined) {
          if (
            !validate61(data44.arbeidsgiver, {
              instancePath: instancePath + '/organisering/arbeidsgiver',
              parentData: data44,
              parentDataProperty: 'arbeidsgiver',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
            errors = vErrors.length;
          }
        }
        if (data44.beskrivelse !== undefined) {
          if (
            !validate53(data44.beskrivelse, {
              instancePath: instancePath + '/organisering/beskrivelse',
              parentData: data44,
              parentDataProperty: 'beskrivelse',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data44.ansvar !== undefined) {
          let data48 = data44.ansvar;
          if (Array.isArray(data48)) {
            if (data48.length > 500) {
              const err63 = {
                instancePath: instancePath + '/organisering/ansvar',
                schemaPath: '#/properties/organisering/properties/ansvar/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties.organisering.properties.ansvar,
                data: data48,
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            const len4 = data48.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (
                !validate53(data48[i4], {
                  instancePath: instancePath + '/organisering/ansvar/' + i4,
                  parentData: data48,
                  parentDataProperty: i4,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err64 = {
              instancePath: instancePath + '/organisering/ansvar',
              schemaPath: '#/properties/organisering/properties/ansvar/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties.organisering.properties.ansvar.type,
              parentSchema: schema19.properties.organisering.properties.ansvar,
              data: data48,
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data44.ressurser !== undefined) {
          let data50 = data44.ressurser;
          if (data50 && typeof data50 == 'object' && !Array.isArray(data50)) {
            for (const key11 in data50) {
              if (!(
                key11 === 'stillinger_minimum' ||
                key11 === 'stillingstype' ||
                key11 === 'kostnadsramme_per_år' ||
                key11 === 'grunnlag'
              )) {
                const err65 = {
                  instancePath: instancePath + '/organisering/ressurser',
                  schemaPath: '#/properties/organisering/properties/ressurser/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key11 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.organisering.properties.ressurser,
                  data: data50,
                };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data50.stillinger_minimum !== undefined) {
              let data51 = data50.stillinger_minimum;
              if (!(typeof data51 == 'number' && !(data51 % 1) && !isNaN(data51) && isFinite(data51))) {
                const err66 = {
                  instancePath: instancePath + '/organisering/ressurser/stillinger_minimum',
                  schemaPath:
                    '#/properties/organisering/properties/ressurser/properties/stillinger_minimum/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema:
                    schema19.properties.organisering.properties.ressurser.properties.stillinger_minimum.type,
                  parentSchema:
                    schema19.properties.organisering.properties.ressurser.properties.stillinger_minimum,
                  data: data51,
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (typeof data51 == 'number' && isFinite(data51)) {
                if (data51 < 0 || isNaN(data51)) {
                  const err67 = {
                    instancePath: instancePath + '/organisering/ressurser/stillinger_minimum',
                    schemaPath:
                      '#/properties/organisering/properties/ressurser/properties/stillinger_minimum/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema:
                      schema19.properties.organisering.properties.ressurser.properties.stillinger_minimum,
                    data: data51,
                  };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
            }
            if (data50.stillingstype !== undefined) {
              if (
                !validate53(data50.stillingstype, {
                  instancePath: instancePath + '/organisering/ressurser/stillingstype',
                  parentData: data50,
                  parentDataProperty: 'stillingstype',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data50['kostnadsramme_per_år'] !== undefined) {
              if (
                !validate96(data50['kostnadsramme_per_år'], {
                  instancePath: instancePath + '/organisering/ressurser/kostnadsramme_per_år',
                  parentData: data50,
                  parentDataProperty: 'kostnadsramme_per_år',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                errors = vErrors.length;
              }
            }
            if (data50.grunnlag !== undefined) {
              if (
                !validate53(data50.grunnlag, {
                  instancePath: instancePath + '/organisering/ressurser/grunnlag',
                  parentData: data50,
                  parentDataProperty: 'grunnlag',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err68 = {
              instancePath: instancePath + '/organisering/ressurser',
              schemaPath: '#/properties/organisering/properties/ressurser/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.organisering.properties.ressurser.type,
              parentSchema: schema19.properties.organisering.properties.ressurser,
              data: data50,
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = {
          instancePath: instancePath + '/organisering',
          schemaPath: '#/properties/organisering/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.organisering.type,
          parentSchema: schema19.properties.organisering,
          data: data44,
        };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.kunnskapsgrunnlag !== undefined) {
      let data55 = data.kunnskapsgrunnlag;
      if (data55 && typeof data55 == 'object' && !Array.isArray(data55)) {
        if (data55.rapport === undefined) {
          const err70 = {
            instancePath: instancePath + '/kunnskapsgrunnlag',
            schemaPath: '#/properties/kunnskapsgrunnlag/required',
            keyword: 'required',
            params: { missingProperty: 'rapport' },
            message: "must have required property '" + 'rapport' + "'",
            schema: schema19.properties.kunnskapsgrunnlag.required,
            parentSchema: schema19.properties.kunnskapsgrunnlag,
            data: data55,
          };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        if (data55.funn === undefined) {
          const err71 = {
            instancePath: instancePath + '/kunnskapsgrunnlag',
            schemaPath: '#/properties/kunnskapsgrunnlag/required',
            keyword: 'required',
            params: { missingProperty: 'funn' },
            message: "must have required property '" + 'funn' + "'",
            schema: schema19.properties.kunnskapsgrunnlag.required,
            parentSchema: schema19.properties.kunnskapsgrunnlag,
            data: data55,
          };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        for (const key12 in data55) {
          if (!(key12 === 'rapport' || key12 === 'funn' || key12 === 'oppsummering')) {
            const err72 = {
              instancePath: instancePath + '/kunnskapsgrunnlag',
              schemaPath: '#/properties/kunnskapsgrunnlag/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key12 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.kunnskapsgrunnlag,
              data: data55,
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data55.rapport !== undefined) {
          let data56 = data55.rapport;
          if (data56 && typeof data56 == 'object' && !Array.isArray(data56)) {
            if (data56.tittel === undefined) {
              const err73 = {
                instancePath: instancePath + '/kunnskapsgrunnlag/rapport',
                schemaPath: '#/properties/kunnskapsgrunnlag/properties/rapport/required',
                keyword: 'required',
                params: { missingProperty: 'tittel' },
                message: "must have required property '" + 'tittel' + "'",
                schema: schema19.properties.kunnskapsgrunnlag.properties.rapport.required,
                parentSchema: schema19.properties.kunnskapsgrunnlag.properties.rapport,
                data: data56,
              };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data56['år'] === undefined) {
              const err74 = {
                instancePath: instancePath + '/kunnskapsgrunnlag/rapport',
                schemaPath: '#/properties/kunnskapsgrunnlag/properties/rapport/required',
                keyword: 'required',
                params: { missingProperty: 'år' },
                message: "must have required property '" + 'år' + "'",
                schema: schema19.properties.kunnskapsgrunnlag.properties.rapport.required,
                parentSchema: schema19.properties.kunnskapsgrunnlag.properties.rapport,
                data: data56,
              };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            for (const key13 in data56) {
              if (!(
                key13 === 'tittel' ||
                key13 === 'utgiver' ||
                key13 === 'år' ||
                key13 === 'url' ||
                key13 === 'formål'
              )) {
                const err75 = {
                  instancePath: instancePath + '/kunnskapsgrunnlag/rapport',
                  schemaPath: '#/properties/kunnskapsgrunnlag/properties/rapport/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key13 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.kunnskapsgrunnlag.properties.rapport,
                  data: data56,
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data56.tittel !== undefined) {
              if (
                !validate53(data56.tittel, {
                  instancePath: instancePath + '/kunnskapsgrunnlag/rapport/tittel',
                  parentData: data56,
                  parentDataProperty: 'tittel',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data56.utgiver !== undefined) {
              if (
                !validate53(data56.utgiver, {
                  instancePath: instancePath + '/kunnskapsgrunnlag/rapport/utgiver',
                  parentData: data56,
                  parentDataProperty: 'utgiver',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data56['år'] !== undefined) {
              if (
                !validate101(data56['år'], {
                  instancePath: instancePath + '/kunnskapsgrunnlag/rapport/år',
                  parentData: data56,
                  parentDataProperty: 'år',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
                errors = vErrors.length;
              }
            }
            if (data56.url !== undefined) {
              if (
                !validate103(data56.url, {
                  instancePath: instancePath + '/kunnskapsgrunnlag/rapport/url',
                  parentData: data56,
                  parentDataProperty: 'url',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data56['formål'] !== undefined) {
              if (
                !validate53(data56['formål'], {
                  instancePath: instancePath + '/kunnskapsgrunnlag/rapport/formål',
                  parentData: data56,
                  parentDataProperty: 'formål',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err76 = {
              instancePath: instancePath + '/kunnskapsgrunnlag/rapport',
              schemaPath: '#/properties/kunnskapsgrunnlag/properties/rapport/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.kunnskapsgrunnlag.properties.rapport.type,
              parentSchema: schema19.properties.kunnskapsgrunnlag.properties.rapport,
              data: data56,
            };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data55.funn !== undefined) {
          let data62 = data55.funn;
          if (Array.isArray(data62)) {
            if (data62.length > 500) {
              const err77 = {
                instancePath: instancePath + '/kunnskapsgrunnlag/funn',
                schemaPath: '#/properties/kunnskapsgrunnlag/properties/funn/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties.kunnskapsgrunnlag.properties.funn,
                data: data62,
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            const len5 = data62.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data63 = data62[i5];
              if (data63 && typeof data63 == 'object' && !Array.isArray(data63)) {
                if (data63.tema === undefined) {
                  const err78 = {
                    instancePath: instancePath + '/kunnskapsgrunnlag/funn/' + i5,
                    schemaPath: '#/properties/kunnskapsgrunnlag/properties/funn/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'tema' },
                    message: "must have required property '" + 'tema' + "'",
                    schema: schema19.properties.kunnskapsgrunnlag.properties.funn.items.required,
                    parentSchema: schema19.properties.kunnskapsgrunnlag.properties.funn.items,
                    data: data63,
                  };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (data63.sammendrag === undefined) {
                  const err79 = {
                    instancePath: instancePath + '/kunnskapsgrunnlag/funn/' + i5,
                    schemaPath: '#/properties/kunnskapsgrunnlag/properties/funn/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'sammendrag' },
                    message: "must have required property '" + 'sammendrag' + "'",
                    schema: schema19.properties.kunnskapsgrunnlag.properties.funn.items.required,
                    parentSchema: schema19.properties.kunnskapsgrunnlag.properties.funn.items,
                    data: data63,
                  };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                if (data63.sider === undefined) {
                  const err80 = {
                    instancePath: instancePath + '/kunnskapsgrunnlag/funn/' + i5,
                    schemaPath: '#/properties/kunnskapsgrunnlag/properties/funn/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'sider' },
                    message: "must have required property '" + 'sider' + "'",
                    schema: schema19.properties.kunnskapsgrunnlag.properties.funn.items.required,
                    parentSchema: schema19.properties.kunnskapsgrunnlag.properties.funn.items,
                    data: data63,
                  };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                for (const key14 in data63) {
                  if (!(key14 === 'tema' || key14 === 'sammendrag' || key14 === 'sider')) {
                    const err81 = {
                      instancePath: instancePath + '/kunnskapsgrunnlag/funn/' + i5,
                      schemaPath: '#/properties/kunnskapsgrunnlag/properties/funn/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key14 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema19.properties.kunnskapsgrunnlag.properties.funn.items,
                      data: data63,
                    };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data63.tema !== undefined) {
                  if (
                    !validate53(data63.tema, {
                      instancePath: instancePath + '/kunnskapsgrunnlag/funn/' + i5 + '/tema',
                      parentData: data63,
                      parentDataProperty: 'tema',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data63.sammendrag !== undefined) {
                  if (
                    !validate53(data63.sammendrag, {
                      instancePath: instancePath + '/kunnskapsgrunnlag/funn/' + i5 + '/sammendrag',
                      parentData: data63,
                      parentDataProperty: 'sammendrag',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data63.sider !== undefined) {
                  let data66 = data63.sider;
                  if (typeof data66 === 'string') {
                    if (func2(data66) < 1) {
                      const err82 = {
                        instancePath: instancePath + '/kunnskapsgrunnlag/funn/' + i5 + '/sider',
                        schemaPath:
                          '#/properties/kunnskapsgrunnlag/properties/funn/items/properties/sider/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema:
                          schema19.properties.kunnskapsgrunnlag.properties.funn.items.properties.sider,
                        data: data66,
                      };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  } else {
                    const err83 = {
                      instancePath: instancePath + '/kunnskapsgrunnlag/funn/' + i5 + '/sider',
                      schemaPath:
                        '#/properties/kunnskapsgrunnlag/properties/funn/items/properties/sider/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema19.properties.kunnskapsgrunnlag.properties.funn.items.properties.sider.type,
                      parentSchema:
                        schema19.properties.kunnskapsgrunnlag.properties.funn.items.properties.sider,
                      data: data66,
                    };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = {
                  instancePath: instancePath + '/kunnskapsgrunnlag/funn/' + i5,
                  schemaPath: '#/properties/kunnskapsgrunnlag/properties/funn/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema19.properties.kunnskapsgrunnlag.properties.funn.items.type,
                  parentSchema: schema19.properties.kunnskapsgrunnlag.properties.funn.items,
                  data: data63,
                };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = {
              instancePath: instancePath + '/kunnskapsgrunnlag/funn',
              schemaPath: '#/properties/kunnskapsgrunnlag/properties/funn/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties.kunnskapsgrunnlag.properties.funn.type,
              parentSchema: schema19.properties.kunnskapsgrunnlag.properties.funn,
              data: data62,
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data55.oppsummering !== undefined) {
          if (
            !validate71(data55.oppsummering, {
              instancePath: instancePath + '/kunnskapsgrunnlag/oppsummering',
              parentData: data55,
              parentDataProperty: 'oppsummering',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err86 = {
          instancePath: instancePath + '/kunnskapsgrunnlag',
          schemaPath: '#/properties/kunnskapsgrunnlag/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.kunnskapsgrunnlag.type,
          parentSchema: schema19.properties.kunnskapsgrunnlag,
          data: data55,
        };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.eksisterende_strukturer !== undefined) {
      let data68 = data.eksisterende_strukturer;
      if (Array.isArray(data68)) {
        if (data68.length > 500) {
          const err87 = {
            instancePath: instancePath + '/eksisterende_strukturer',
            schemaPath: '#/properties/eksisterende_strukturer/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.eksisterende_strukturer,
            data: data68,
          };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        const len6 = data68.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data69 = data68[i6];
          if (data69 && typeof data69 == 'object' && !Array.isArray(data69)) {
            if (data69.navn === undefined) {
              const err88 = {
                instancePath: instancePath + '/eksisterende_strukturer/' + i6,
                schemaPath: '#/properties/eksisterende_strukturer/items/required',
                keyword: 'required',
                params: { missingProperty: 'navn' },
                message: "must have required property '" + 'navn' + "'",
                schema: schema19.properties.eksisterende_strukturer.items.required,
                parentSchema: schema19.properties.eksisterende_strukturer.items,
                data: data69,
              };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (data69.beskrivelse === undefined) {
              const err89 = {
                instancePath: instancePath + '/eksisterende_strukturer/' + i6,
                schemaPath: '#/properties/eksisterende_strukturer/items/required',
                keyword: 'required',
                params: { missingProperty: 'beskrivelse' },
                message: "must have required property '" + 'beskrivelse' + "'",
                schema: schema19.properties.eksisterende_strukturer.items.required,
                parentSchema: schema19.properties.eksisterende_strukturer.items,
                data: data69,
              };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            for (const key15 in data69) {
              if (!(
                key15 === 'navn' ||
                key15 === 'kommune' ||
                key15 === 'vedtatt' ||
                key15 === 'beskrivelse'
              )) {
                const err90 = {
                  instancePath: instancePath + '/eksisterende_strukturer/' + i6,
                  schemaPath: '#/properties/eksisterende_strukturer/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key15 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.eksisterende_strukturer.items,
                  data: data69,
                };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data69.navn !== undefined) {
              if (
                !validate53(data69.navn, {
                  instancePath: instancePath + '/eksisterende_strukturer/' + i6 + '/navn',
                  parentData: data69,
                  parentDataProperty: 'navn',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data69.kommune !== undefined) {
              if (
                !validate61(data69.kommune, {
                  instancePath: instancePath + '/eksisterende_strukturer/' + i6 + '/kommune',
                  parentData: data69,
                  parentDataProperty: 'kommune',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data69.vedtatt !== undefined) {
              if (
                !validate59(data69.vedtatt, {
                  instancePath: instancePath + '/eksisterende_strukturer/' + i6 + '/vedtatt',
                  parentData: data69,
                  parentDataProperty: 'vedtatt',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
            if (data69.beskrivelse !== undefined) {
              if (
                !validate53(data69.beskrivelse, {
                  instancePath: instancePath + '/eksisterende_strukturer/' + i6 + '/beskrivelse',
                  parentData: data69,
                  parentDataProperty: 'beskrivelse',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err91 = {
              instancePath: instancePath + '/eksisterende_strukturer/' + i6,
              schemaPath: '#/properties/eksisterende_strukturer/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.eksisterende_strukturer.items.type,
              parentSchema: schema19.properties.eksisterende_strukturer.items,
              data: data69,
            };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = {
          instancePath: instancePath + '/eksisterende_strukturer',
          schemaPath: '#/properties/eksisterende_strukturer/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.eksisterende_strukturer.type,
          parentSchema: schema19.properties.eksisterende_strukturer,
          data: data68,
        };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.vurdering_av_regionen !== undefined) {
      if (
        !validate71(data.vurdering_av_regionen, {
          instancePath: instancePath + '/vurdering_av_regionen',
          parentData: data,
          parentDataProperty: 'vurdering_av_regionen',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.partnere !== undefined) {
      let data75 = data.partnere;
      if (Array.isArray(data75)) {
        if (data75.length > 500) {
          const err93 = {
            instancePath: instancePath + '/partnere',
            schemaPath: '#/properties/partnere/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.partnere,
            data: data75,
          };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
          }
          errors++;
        }
        const len7 = data75.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data76 = data75[i7];
          if (data76 && typeof data76 == 'object' && !Array.isArray(data76)) {
            if (data76.id === undefined) {
              const err94 = {
                instancePath: instancePath + '/partnere/' + i7,
                schemaPath: '#/properties/partnere/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema19.properties.partnere.items.required,
                parentSchema: schema19.properties.partnere.items,
                data: data76,
              };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data76.navn === undefined) {
              const err95 = {
                instancePath: instancePath + '/partnere/' + i7,
                schemaPath: '#/properties/partnere/items/required',
                keyword: 'required',
                params: { missingProperty: 'navn' },
                message: "must have required property '" + 'navn' + "'",
                schema: schema19.properties.partnere.items.required,
                parentSchema: schema19.properties.partnere.items,
                data: data76,
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (data76.type === undefined) {
              const err96 = {
                instancePath: instancePath + '/partnere/' + i7,
                schemaPath: '#/properties/partnere/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
                schema: schema19.properties.partnere.items.required,
                parentSchema: schema19.properties.partnere.items,
                data: data76,
              };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data76.rolle === undefined) {
              const err97 = {
                instancePath: instancePath + '/partnere/' + i7,
                schemaPath: '#/properties/partnere/items/required',
                keyword: 'required',
                params: { missingProperty: 'rolle' },
                message: "must have required property '" + 'rolle' + "'",
                schema: schema19.properties.partnere.items.required,
                parentSchema: schema19.properties.partnere.items,
                data: data76,
              };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            for (const key16 in data76) {
              if (!(
                key16 === 'id' ||
                key16 === 'navn' ||
                key16 === 'type' ||
                key16 === 'orgnr' ||
                key16 === 'rolle' ||
                key16 === 'bidrag'
              )) {
                const err98 = {
                  instancePath: instancePath + '/partnere/' + i7,
                  schemaPath: '#/properties/partnere/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key16 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.partnere.items,
                  data: data76,
                };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data76.id !== undefined) {
              if (
                !validate61(data76.id, {
                  instancePath: instancePath + '/partnere/' + i7 + '/id',
                  parentData: data76,
                  parentDataProperty: 'id',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data76.navn !== undefined) {
              if (
                !validate53(data76.navn, {
                  instancePath: instancePath + '/partnere/' + i7 + '/navn',
                  parentData: data76,
                  parentDataProperty: 'navn',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data76.type !== undefined) {
              let data79 = data76.type;
              if (!(
                data79 === 'fylkeskommune' ||
                data79 === 'stat' ||
                data79 === 'regionråd' ||
                data79 === 'kommune' ||
                data79 === 'annen'
              )) {
                const err99 = {
                  instancePath: instancePath + '/partnere/' + i7 + '/type',
                  schemaPath: '#/properties/partnere/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema19.properties.partnere.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema19.properties.partnere.items.properties.type.enum,
                  parentSchema: schema19.properties.partnere.items.properties.type,
                  data: data79,
                };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data76.orgnr !== undefined) {
              if (
                !validate116(data76.orgnr, {
                  instancePath: instancePath + '/partnere/' + i7 + '/orgnr',
                  parentData: data76,
                  parentDataProperty: 'orgnr',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
                errors = vErrors.length;
              }
            }
            if (data76.rolle !== undefined) {
              if (
                !validate53(data76.rolle, {
                  instancePath: instancePath + '/partnere/' + i7 + '/rolle',
                  parentData: data76,
                  parentDataProperty: 'rolle',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data76.bidrag !== undefined) {
              let data82 = data76.bidrag;
              if (Array.isArray(data82)) {
                if (data82.length > 500) {
                  const err100 = {
                    instancePath: instancePath + '/partnere/' + i7 + '/bidrag',
                    schemaPath: '#/properties/partnere/items/properties/bidrag/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 500 },
                    message: 'must NOT have more than 500 items',
                    schema: 500,
                    parentSchema: schema19.properties.partnere.items.properties.bidrag,
                    data: data82,
                  };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
                const len8 = data82.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data83 = data82[i8];
                  if (data83 && typeof data83 == 'object' && !Array.isArray(data83)) {
                    if (data83.form === undefined) {
                      const err101 = {
                        instancePath: instancePath + '/partnere/' + i7 + '/bidrag/' + i8,
                        schemaPath: '#/properties/partnere/items/properties/bidrag/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'form' },
                        message: "must have required property '" + 'form' + "'",
                        schema: schema19.properties.partnere.items.properties.bidrag.items.required,
                        parentSchema: schema19.properties.partnere.items.properties.bidrag.items,
                        data: data83,
                      };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                    if (data83.beskrivelse === undefined) {
                      const err102 = {
                        instancePath: instancePath + '/partnere/' + i7 + '/bidrag/' + i8,
                        schemaPath: '#/properties/partnere/items/properties/bidrag/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'beskrivelse' },
                        message: "must have required property '" + 'beskrivelse' + "'",
                        schema: schema19.properties.partnere.items.properties.bidrag.items.required,
                        parentSchema: schema19.properties.partnere.items.properties.bidrag.items,
                        data: data83,
                      };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                    for (const key17 in data83) {
                      if (!(
                        key17 === 'form' ||
                        key17 === 'beskrivelse' ||
                        key17 === 'beløp' ||
                        key17 === 'gjelder'
                      )) {
                        const err103 = {
                          instancePath: instancePath + '/partnere/' + i7 + '/bidrag/' + i8,
                          schemaPath:
                            '#/properties/partnere/items/properties/bidrag/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key17 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema19.properties.partnere.items.properties.bidrag.items,
                          data: data83,
                        };
                        if (vErrors === null) {
                          vErrors = [err103];
                        } else {
                          vErrors.push(err103);
                        }
                        errors++;
                      }
                    }
                    if (data83.form !== undefined) {
                      if (
                        !validate119(data83.form, {
                          instancePath: instancePath + '/partnere/' + i7 + '/bidrag/' + i8 + '/form',
                          parentData: data83,
                          parentDataProperty: 'form',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data83.beskrivelse !== undefined) {
                      if (
                        !validate53(data83.beskrivelse, {
                          instancePath: instancePath + '/partnere/' + i7 + '/bidrag/' + i8 + '/beskrivelse',
                          parentData: data83,
                          parentDataProperty: 'beskrivelse',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data83['beløp'] !== undefined) {
                      if (
                        !validate96(data83['beløp'], {
                          instancePath: instancePath + '/partnere/' + i7 + '/bidrag/' + i8 + '/beløp',
                          parentData: data83,
                          parentDataProperty: 'beløp',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data83.gjelder !== undefined) {
                      if (
                        !validate53(data83.gjelder, {
                          instancePath: instancePath + '/partnere/' + i7 + '/bidrag/' + i8 + '/gjelder',
                          parentData: data83,
                          parentDataProperty: 'gjelder',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err104 = {
                      instancePath: instancePath + '/partnere/' + i7 + '/bidrag/' + i8,
                      schemaPath: '#/properties/partnere/items/properties/bidrag/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema19.properties.partnere.items.properties.bidrag.items.type,
                      parentSchema: schema19.properties.partnere.items.properties.bidrag.items,
                      data: data83,
                    };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
              } else {
                const err105 = {
                  instancePath: instancePath + '/partnere/' + i7 + '/bidrag',
                  schemaPath: '#/properties/partnere/items/properties/bidrag/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema19.properties.partnere.items.properties.bidrag.type,
                  parentSchema: schema19.properties.partnere.items.properties.bidrag,
                  data: data82,
                };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = {
              instancePath: instancePath + '/partnere/' + i7,
              schemaPath: '#/properties/partnere/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.partnere.items.type,
              parentSchema: schema19.properties.partnere.items,
              data: data76,
            };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
      } else {
        const err107 = {
          instancePath: instancePath + '/partnere',
          schemaPath: '#/properties/partnere/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.partnere.type,
          parentSchema: schema19.properties.partnere,
          data: data75,
        };
        if (vErrors === null) {
          vErrors = [err107];
        } else {
          vErrors.push(err107);
        }
        errors++;
      }
    }
    if (data.referansemodeller !== undefined) {
      let data88 = data.referansemodeller;
      if (Array.isArray(data88)) {
        if (data88.length > 500) {
          const err108 = {
            instancePath: instancePath + '/referansemodeller',
            schemaPath: '#/properties/referansemodeller/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.referansemodeller,
            data: data88,
          };
          if (vErrors === null) {
            vErrors = [err108];
          } else {
            vErrors.push(err108);
          }
          errors++;
        }
        const len9 = data88.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data89 = data88[i9];
          if (data89 && typeof data89 == 'object' && !Array.isArray(data89)) {
            if (data89.navn === undefined) {
              const err109 = {
                instancePath: instancePath + '/referansemodeller/' + i9,
                schemaPath: '#/properties/referansemodeller/items/required',
                keyword: 'required',
                params: { missingProperty: 'navn' },
                message: "must have required property '" + 'navn' + "'",
                schema: schema19.properties.referansemodeller.items.required,
                parentSchema: schema19.properties.referansemodeller.items,
                data: data89,
              };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            for (const key18 in data89) {
              if (!(key18 === 'navn' || key18 === 'etablert' || key18 === 'beskrivelse')) {
                const err110 = {
                  instancePath: instancePath + '/referansemodeller/' + i9,
                  schemaPath: '#/properties/referansemodeller/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key18 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.referansemodeller.items,
                  data: data89,
                };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data89.navn !== undefined) {
              if (
                !validate53(data89.navn, {
                  instancePath: instancePath + '/referansemodeller/' + i9 + '/navn',
                  parentData: data89,
                  parentDataProperty: 'navn',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data89.etablert !== undefined) {
              if (
                !validate101(data89.etablert, {
                  instancePath: instancePath + '/referansemodeller/' + i9 + '/etablert',
                  parentData: data89,
                  parentDataProperty: 'etablert',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
                errors = vErrors.length;
              }
            }
            if (data89.beskrivelse !== undefined) {
              if (
                !validate53(data89.beskrivelse, {
                  instancePath: instancePath + '/referansemodeller/' + i9 + '/beskrivelse',
                  parentData: data89,
                  parentDataProperty: 'beskrivelse',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err111 = {
              instancePath: instancePath + '/referansemodeller/' + i9,
              schemaPath: '#/properties/referansemodeller/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.referansemodeller.items.type,
              parentSchema: schema19.properties.referansemodeller.items,
              data: data89,
            };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
      } else {
        const err112 = {
          instancePath: instancePath + '/referansemodeller',
          schemaPath: '#/properties/referansemodeller/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.referansemodeller.type,
          parentSchema: schema19.properties.referansemodeller,
          data: data88,
        };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
    if (data.kommuner !== undefined) {
      let data93 = data.kommuner;
      if (Array.isArray(data93)) {
        if (data93.length > 500) {
          const err113 = {
            instancePath: instancePath + '/kommuner',
            schemaPath: '#/properties/kommuner/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.kommuner,
            data: data93,
          };
          if (vErrors === null) {
            vErrors = [err113];
          } else {
            vErrors.push(err113);
          }
          errors++;
        }
        const len10 = data93.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data94 = data93[i10];
          if (data94 && typeof data94 == 'object' && !Array.isArray(data94)) {
            if (data94.id === undefined) {
              const err114 = {
                instancePath: instancePath + '/kommuner/' + i10,
                schemaPath: '#/properties/kommuner/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema19.properties.kommuner.items.required,
                parentSchema: schema19.properties.kommuner.items,
                data: data94,
              };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
            if (data94.navn === undefined) {
              const err115 = {
                instancePath: instancePath + '/kommuner/' + i10,
                schemaPath: '#/properties/kommuner/items/required',
                keyword: 'required',
                params: { missingProperty: 'navn' },
                message: "must have required property '" + 'navn' + "'",
                schema: schema19.properties.kommuner.items.required,
                parentSchema: schema19.properties.kommuner.items,
                data: data94,
              };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            if (data94.deltakelse === undefined) {
              const err116 = {
                instancePath: instancePath + '/kommuner/' + i10,
                schemaPath: '#/properties/kommuner/items/required',
                keyword: 'required',
                params: { missingProperty: 'deltakelse' },
                message: "must have required property '" + 'deltakelse' + "'",
                schema: schema19.properties.kommuner.items.required,
                parentSchema: schema19.properties.kommuner.items,
                data: data94,
              };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            for (const key19 in data94) {
              if (!(
                key19 === 'id' ||
                key19 === 'navn' ||
                key19 === 'deltakelse' ||
                key19 === 'egenskaper' ||
                key19 === 'orgnr'
              )) {
                const err117 = {
                  instancePath: instancePath + '/kommuner/' + i10,
                  schemaPath: '#/properties/kommuner/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key19 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.kommuner.items,
                  data: data94,
                };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data94.id !== undefined) {
              if (
                !validate61(data94.id, {
                  instancePath: instancePath + '/kommuner/' + i10 + '/id',
                  parentData: data94,
                  parentDataProperty: 'id',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data94.navn !== undefined) {
              if (
                !validate53(data94.navn, {
                  instancePath: instancePath + '/kommuner/' + i10 + '/navn',
                  parentData: data94,
                  parentDataProperty: 'navn',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data94.deltakelse !== undefined) {
              let data97 = data94.deltakelse;
              if (!(data97 === 'ja' || data97 === 'nei' || data97 === 'ikke avklart')) {
                const err118 = {
                  instancePath: instancePath + '/kommuner/' + i10 + '/deltakelse',
                  schemaPath: '#/properties/kommuner/items/properties/deltakelse/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema19.properties.kommuner.items.properties.deltakelse.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema19.properties.kommuner.items.properties.deltakelse.enum,
                  parentSchema: schema19.properties.kommuner.items.properties.deltakelse,
                  data: data97,
                };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
            if (data94.egenskaper !== undefined) {
              let data98 = data94.egenskaper;
              if (data98 && typeof data98 == 'object' && !Array.isArray(data98)) {
                for (const key20 in data98) {
                  const _errs161 = errors;
                  if (typeof key20 === 'string') {
                    if (func2(key20) < 1) {
                      const err119 = {
                        instancePath: instancePath + '/kommuner/' + i10 + '/egenskaper',
                        schemaPath:
                          '#/properties/kommuner/items/properties/egenskaper/propertyNames/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema19.properties.kommuner.items.properties.egenskaper.propertyNames,
                        data: key20,
                        propertyName: key20,
                      };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                  }
                  var valid44 = _errs161 === errors;
                  if (!valid44) {
                    const err120 = {
                      instancePath: instancePath + '/kommuner/' + i10 + '/egenskaper',
                      schemaPath: '#/properties/kommuner/items/properties/egenskaper/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key20 },
                      message: 'property name must be valid',
                      schema: schema19.properties.kommuner.items.properties.egenskaper.propertyNames,
                      parentSchema: schema19.properties.kommuner.items.properties.egenskaper,
                      data: data98,
                    };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                for (const key21 in data98) {
                  let data99 = data98[key21];
                  const _errs164 = errors;
                  let valid46 = false;
                  const _errs165 = errors;
                  if (typeof data99 !== 'boolean') {
                    const err121 = {
                      instancePath:
                        instancePath +
                        '/kommuner/' +
                        i10 +
                        '/egenskaper/' +
                        key21.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/properties/kommuner/items/properties/egenskaper/additionalProperties/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                      schema:
                        schema19.properties.kommuner.items.properties.egenskaper.additionalProperties.anyOf[0]
                          .type,
                      parentSchema:
                        schema19.properties.kommuner.items.properties.egenskaper.additionalProperties
                          .anyOf[0],
                      data: data99,
                    };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                  var _valid1 = _errs165 === errors;
                  valid46 = valid46 || _valid1;
                  const _errs167 = errors;
                  if (
                    !validate53(data99, {
                      instancePath:
                        instancePath +
                        '/kommuner/' +
                        i10 +
                        '/egenskaper/' +
                        key21.replace(/~/g, '~0').replace(/\//g, '~1'),
                      parentData: data98,
                      parentDataProperty: key21,
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                  var _valid1 = _errs167 === errors;
                  valid46 = valid46 || _valid1;
                  if (!valid46) {
                    const err122 = {
                      instancePath:
                        instancePath +
                        '/kommuner/' +
                        i10 +
                        '/egenskaper/' +
                        key21.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/properties/kommuner/items/properties/egenskaper/additionalProperties/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                      schema:
                        schema19.properties.kommuner.items.properties.egenskaper.additionalProperties.anyOf,
                      parentSchema:
                        schema19.properties.kommuner.items.properties.egenskaper.additionalProperties,
                      data: data99,
                    };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  } else {
                    errors = _errs164;
                    if (vErrors !== null) {
                      if (_errs164) {
                        vErrors.length = _errs164;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err123 = {
                  instancePath: instancePath + '/kommuner/' + i10 + '/egenskaper',
                  schemaPath: '#/properties/kommuner/items/properties/egenskaper/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema19.properties.kommuner.items.properties.egenskaper.type,
                  parentSchema: schema19.properties.kommuner.items.properties.egenskaper,
                  data: data98,
                };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
            if (data94.orgnr !== undefined) {
              if (
                !validate116(data94.orgnr, {
                  instancePath: instancePath + '/kommuner/' + i10 + '/orgnr',
                  parentData: data94,
                  parentDataProperty: 'orgnr',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err124 = {
              instancePath: instancePath + '/kommuner/' + i10,
              schemaPath: '#/properties/kommuner/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.kommuner.items.type,
              parentSchema: schema19.properties.kommuner.items,
              data: data94,
            };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
      } else {
        const err125 = {
          instancePath: instancePath + '/kommuner',
          schemaPath: '#/properties/kommuner/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.kommuner.type,
          parentSchema: schema19.properties.kommuner,
          data: data93,
        };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
    if (data.vertskommune !== undefined) {
      if (
        !validate61(data.vertskommune, {
          instancePath: instancePath + '/vertskommune',
          parentData: data,
          parentDataProperty: 'vertskommune',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
    if (data.prosjektperiode !== undefined) {
      let data102 = data.prosjektperiode;
      if (data102 && typeof data102 == 'object' && !Array.isArray(data102)) {
        if (data102.start === undefined) {
          const err126 = {
            instancePath: instancePath + '/prosjektperiode',
            schemaPath: '#/properties/prosjektperiode/required',
            keyword: 'required',
            params: { missingProperty: 'start' },
            message: "must have required property '" + 'start' + "'",
            schema: schema19.properties.prosjektperiode.required,
            parentSchema: schema19.properties.prosjektperiode,
            data: data102,
          };
          if (vErrors === null) {
            vErrors = [err126];
          } else {
            vErrors.push(err126);
          }
          errors++;
        }
        for (const key22 in data102) {
          if (!(
            key22 === 'start' ||
            key22 === 'slutt' ||
            key22 === 'varighet_år' ||
            key22 === 'avklart' ||
            key22 === 'merknad'
          )) {
            const err127 = {
              instancePath: instancePath + '/prosjektperiode',
              schemaPath: '#/properties/prosjektperiode/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key22 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.prosjektperiode,
              data: data102,
            };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data102.start !== undefined) {
          if (
            !validate59(data102.start, {
              instancePath: instancePath + '/prosjektperiode/start',
              parentData: data102,
              parentDataProperty: 'start',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
        if (data102.slutt !== undefined) {
          if (
            !validate59(data102.slutt, {
              instancePath: instancePath + '/prosjektperiode/slutt',
              parentData: data102,
              parentDataProperty: 'slutt',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
        if (data102['varighet_år'] !== undefined) {
          let data105 = data102['varighet_år'];
          if (!(typeof data105 == 'number' && !(data105 % 1) && !isNaN(data105) && isFinite(data105))) {
            const err128 = {
              instancePath: instancePath + '/prosjektperiode/varighet_år',
              schemaPath: '#/properties/prosjektperiode/properties/varighet_%C3%A5r/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema19.properties.prosjektperiode.properties['varighet_år'].type,
              parentSchema: schema19.properties.prosjektperiode.properties['varighet_år'],
              data: data105,
            };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
          if (typeof data105 == 'number' && isFinite(data105)) {
            if (data105 > 20 || isNaN(data105)) {
              const err129 = {
                instancePath: instancePath + '/prosjektperiode/varighet_år',
                schemaPath: '#/properties/prosjektperiode/properties/varighet_%C3%A5r/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 20 },
                message: 'must be <= 20',
                schema: 20,
                parentSchema: schema19.properties.prosjektperiode.properties['varighet_år'],
                data: data105,
              };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (data105 < 1 || isNaN(data105)) {
              const err130 = {
                instancePath: instancePath + '/prosjektperiode/varighet_år',
                schemaPath: '#/properties/prosjektperiode/properties/varighet_%C3%A5r/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema19.properties.prosjektperiode.properties['varighet_år'],
                data: data105,
              };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
          }
        }
        if (data102.avklart !== undefined) {
          if (
            !validate134(data102.avklart, {
              instancePath: instancePath + '/prosjektperiode/avklart',
              parentData: data102,
              parentDataProperty: 'avklart',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
            errors = vErrors.length;
          }
        }
        if (data102.merknad !== undefined) {
          if (
            !validate53(data102.merknad, {
              instancePath: instancePath + '/prosjektperiode/merknad',
              parentData: data102,
              parentDataProperty: 'merknad',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err131 = {
          instancePath: instancePath + '/prosjektperiode',
          schemaPath: '#/properties/prosjektperiode/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.prosjektperiode.type,
          parentSchema: schema19.properties.prosjektperiode,
          data: data102,
        };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      }
    }
    if (data.tidsplan !== undefined) {
      let data108 = data.tidsplan;
      if (Array.isArray(data108)) {
        if (data108.length > 200) {
          const err132 = {
            instancePath: instancePath + '/tidsplan',
            schemaPath: '#/properties/tidsplan/maxItems',
            keyword: 'maxItems',
            params: { limit: 200 },
            message: 'must NOT have more than 200 items',
            schema: 200,
            parentSchema: schema19.properties.tidsplan,
            data: data108,
          };
          if (vErrors === null) {
            vErrors = [err132];
          } else {
            vErrors.push(err132);
          }
          errors++;
        }
        const len11 = data108.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data109 = data108[i11];
          if (data109 && typeof data109 == 'object' && !Array.isArray(data109)) {
            if (data109.id === undefined) {
              const err133 = {
                instancePath: instancePath + '/tidsplan/' + i11,
                schemaPath: '#/properties/tidsplan/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema19.properties.tidsplan.items.required,
                parentSchema: schema19.properties.tidsplan.items,
                data: data109,
              };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (data109.tittel === undefined) {
              const err134 = {
                instancePath: instancePath + '/tidsplan/' + i11,
                schemaPath: '#/properties/tidsplan/items/required',
                keyword: 'required',
                params: { missingProperty: 'tittel' },
                message: "must have required property '" + 'tittel' + "'",
                schema: schema19.properties.tidsplan.items.required,
                parentSchema: schema19.properties.tidsplan.items,
                data: data109,
              };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            if (data109.dato === undefined) {
              const err135 = {
                instancePath: instancePath + '/tidsplan/' + i11,
                schemaPath: '#/properties/tidsplan/items/required',
                keyword: 'required',
                params: { missingProperty: 'dato' },
                message: "must have required property '" + 'dato' + "'",
                schema: schema19.properties.tidsplan.items.required,
                parentSchema: schema19.properties.tidsplan.items,
                data: data109,
              };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            if (data109.type === undefined) {
              const err136 = {
                instancePath: instancePath + '/tidsplan/' + i11,
                schemaPath: '#/properties/tidsplan/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
                schema: schema19.properties.tidsplan.items.required,
                parentSchema: schema19.properties.tidsplan.items,
                data: data109,
              };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            for (const key23 in data109) {
              if (!(
                key23 === 'id' ||
                key23 === 'tittel' ||
                key23 === 'dato' ||
                key23 === 'type' ||
                key23 === 'avklart' ||
                key23 === 'beskrivelse'
              )) {
                const err137 = {
                  instancePath: instancePath + '/tidsplan/' + i11,
                  schemaPath: '#/properties/tidsplan/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key23 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.tidsplan.items,
                  data: data109,
                };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data109.id !== undefined) {
              if (
                !validate61(data109.id, {
                  instancePath: instancePath + '/tidsplan/' + i11 + '/id',
                  parentData: data109,
                  parentDataProperty: 'id',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data109.tittel !== undefined) {
              if (
                !validate53(data109.tittel, {
                  instancePath: instancePath + '/tidsplan/' + i11 + '/tittel',
                  parentData: data109,
                  parentDataProperty: 'tittel',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data109.dato !== undefined) {
              if (
                !validate59(data109.dato, {
                  instancePath: instancePath + '/tidsplan/' + i11 + '/dato',
                  parentData: data109,
                  parentDataProperty: 'dato',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
            if (data109.type !== undefined) {
              let data113 = data109.type;
              if (!(
                data113 === 'møte' ||
                data113 === 'vedtak' ||
                data113 === 'arbeid' ||
                data113 === 'frist' ||
                data113 === 'milepæl' ||
                data113 === 'fase'
              )) {
                const err138 = {
                  instancePath: instancePath + '/tidsplan/' + i11 + '/type',
                  schemaPath: '#/properties/tidsplan/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema19.properties.tidsplan.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema19.properties.tidsplan.items.properties.type.enum,
                  parentSchema: schema19.properties.tidsplan.items.properties.type,
                  data: data113,
                };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data109.avklart !== undefined) {
              if (
                !validate134(data109.avklart, {
                  instancePath: instancePath + '/tidsplan/' + i11 + '/avklart',
                  parentData: data109,
                  parentDataProperty: 'avklart',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
                errors = vErrors.length;
              }
            }
            if (data109.beskrivelse !== undefined) {
              if (
                !validate53(data109.beskrivelse, {
                  instancePath: instancePath + '/tidsplan/' + i11 + '/beskrivelse',
                  parentData: data109,
                  parentDataProperty: 'beskrivelse',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err139 = {
              instancePath: instancePath + '/tidsplan/' + i11,
              schemaPath: '#/properties/tidsplan/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.tidsplan.items.type,
              parentSchema: schema19.properties.tidsplan.items,
              data: data109,
            };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
      } else {
        const err140 = {
          instancePath: instancePath + '/tidsplan',
          schemaPath: '#/properties/tidsplan/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.tidsplan.type,
          parentSchema: schema19.properties.tidsplan,
          data: data108,
        };
        if (vErrors === null) {
          vErrors = [err140];
        } else {
          vErrors.push(err140);
        }
        errors++;
      }
    }
    if (data.budsjett !== undefined) {
      let data116 = data.budsjett;
      if (data116 && typeof data116 == 'object' && !Array.isArray(data116)) {
        if (data116.kostnader === undefined) {
          const err141 = {
            instancePath: instancePath + '/budsjett',
            schemaPath: '#/properties/budsjett/required',
            keyword: 'required',
            params: { missingProperty: 'kostnader' },
            message: "must have required property '" + 'kostnader' + "'",
            schema: schema19.properties.budsjett.required,
            parentSchema: schema19.properties.budsjett,
            data: data116,
          };
          if (vErrors === null) {
            vErrors = [err141];
          } else {
            vErrors.push(err141);
          }
          errors++;
        }
        if (data116.finansiering === undefined) {
          const err142 = {
            instancePath: instancePath + '/budsjett',
            schemaPath: '#/properties/budsjett/required',
            keyword: 'required',
            params: { missingProperty: 'finansiering' },
            message: "must have required property '" + 'finansiering' + "'",
            schema: schema19.properties.budsjett.required,
            parentSchema: schema19.properties.budsjett,
            data: data116,
          };
          if (vErrors === null) {
            vErrors = [err142];
          } else {
            vErrors.push(err142);
          }
          errors++;
        }
        for (const key24 in data116) {
          if (!(key24 === 'kostnader' || key24 === 'finansiering')) {
            const err143 = {
              instancePath: instancePath + '/budsjett',
              schemaPath: '#/properties/budsjett/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key24 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.budsjett,
              data: data116,
            };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data116.kostnader !== undefined) {
          let data117 = data116.kostnader;
          if (Array.isArray(data117)) {
            if (data117.length > 500) {
              const err144 = {
                instancePath: instancePath + '/budsjett/kostnader',
                schemaPath: '#/properties/budsjett/properties/kostnader/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties.budsjett.properties.kostnader,
                data: data117,
              };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
            const len12 = data117.length;
            for (let i12 = 0; i12 < len12; i12++) {
              let data118 = data117[i12];
              if (data118 && typeof data118 == 'object' && !Array.isArray(data118)) {
                if (data118.kategori === undefined) {
                  const err145 = {
                    instancePath: instancePath + '/budsjett/kostnader/' + i12,
                    schemaPath: '#/properties/budsjett/properties/kostnader/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'kategori' },
                    message: "must have required property '" + 'kategori' + "'",
                    schema: schema19.properties.budsjett.properties.kostnader.items.required,
                    parentSchema: schema19.properties.budsjett.properties.kostnader.items,
                    data: data118,
                  };
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                }
                if (data118.beskrivelse === undefined) {
                  const err146 = {
                    instancePath: instancePath + '/budsjett/kostnader/' + i12,
                    schemaPath: '#/properties/budsjett/properties/kostnader/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'beskrivelse' },
                    message: "must have required property '" + 'beskrivelse' + "'",
                    schema: schema19.properties.budsjett.properties.kostnader.items.required,
                    parentSchema: schema19.properties.budsjett.properties.kostnader.items,
                    data: data118,
                  };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
                if (data118['beløp'] === undefined) {
                  const err147 = {
                    instancePath: instancePath + '/budsjett/kostnader/' + i12,
                    schemaPath: '#/properties/budsjett/properties/kostnader/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'beløp' },
                    message: "must have required property '" + 'beløp' + "'",
                    schema: schema19.properties.budsjett.properties.kostnader.items.required,
                    parentSchema: schema19.properties.budsjett.properties.kostnader.items,
                    data: data118,
                  };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
                for (const key25 in data118) {
                  if (!(
                    key25 === 'id' ||
                    key25 === 'kategori' ||
                    key25 === 'beskrivelse' ||
                    key25 === 'år' ||
                    key25 === 'beløp'
                  )) {
                    const err148 = {
                      instancePath: instancePath + '/budsjett/kostnader/' + i12,
                      schemaPath: '#/properties/budsjett/properties/kostnader/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key25 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema19.properties.budsjett.properties.kostnader.items,
                      data: data118,
                    };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                if (data118.id !== undefined) {
                  if (
                    !validate61(data118.id, {
                      instancePath: instancePath + '/budsjett/kostnader/' + i12 + '/id',
                      parentData: data118,
                      parentDataProperty: 'id',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                    errors = vErrors.length;
                  }
                }
                if (data118.kategori !== undefined) {
                  if (
                    !validate53(data118.kategori, {
                      instancePath: instancePath + '/budsjett/kostnader/' + i12 + '/kategori',
                      parentData: data118,
                      parentDataProperty: 'kategori',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data118.beskrivelse !== undefined) {
                  if (
                    !validate53(data118.beskrivelse, {
                      instancePath: instancePath + '/budsjett/kostnader/' + i12 + '/beskrivelse',
                      parentData: data118,
                      parentDataProperty: 'beskrivelse',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data118['år'] !== undefined) {
                  if (
                    !validate101(data118['år'], {
                      instancePath: instancePath + '/budsjett/kostnader/' + i12 + '/år',
                      parentData: data118,
                      parentDataProperty: 'år',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
                    errors = vErrors.length;
                  }
                }
                if (data118['beløp'] !== undefined) {
                  if (
                    !validate96(data118['beløp'], {
                      instancePath: instancePath + '/budsjett/kostnader/' + i12 + '/beløp',
                      parentData: data118,
                      parentDataProperty: 'beløp',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err149 = {
                  instancePath: instancePath + '/budsjett/kostnader/' + i12,
                  schemaPath: '#/properties/budsjett/properties/kostnader/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema19.properties.budsjett.properties.kostnader.items.type,
                  parentSchema: schema19.properties.budsjett.properties.kostnader.items,
                  data: data118,
                };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
            }
          } else {
            const err150 = {
              instancePath: instancePath + '/budsjett/kostnader',
              schemaPath: '#/properties/budsjett/properties/kostnader/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties.budsjett.properties.kostnader.type,
              parentSchema: schema19.properties.budsjett.properties.kostnader,
              data: data117,
            };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
        if (data116.finansiering !== undefined) {
          let data124 = data116.finansiering;
          if (Array.isArray(data124)) {
            if (data124.length > 500) {
              const err151 = {
                instancePath: instancePath + '/budsjett/finansiering',
                schemaPath: '#/properties/budsjett/properties/finansiering/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties.budsjett.properties.finansiering,
                data: data124,
              };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
            const len13 = data124.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data125 = data124[i13];
              if (data125 && typeof data125 == 'object' && !Array.isArray(data125)) {
                if (data125.kilde === undefined) {
                  const err152 = {
                    instancePath: instancePath + '/budsjett/finansiering/' + i13,
                    schemaPath: '#/properties/budsjett/properties/finansiering/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'kilde' },
                    message: "must have required property '" + 'kilde' + "'",
                    schema: schema19.properties.budsjett.properties.finansiering.items.required,
                    parentSchema: schema19.properties.budsjett.properties.finansiering.items,
                    data: data125,
                  };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
                if (data125.form === undefined) {
                  const err153 = {
                    instancePath: instancePath + '/budsjett/finansiering/' + i13,
                    schemaPath: '#/properties/budsjett/properties/finansiering/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'form' },
                    message: "must have required property '" + 'form' + "'",
                    schema: schema19.properties.budsjett.properties.finansiering.items.required,
                    parentSchema: schema19.properties.budsjett.properties.finansiering.items,
                    data: data125,
                  };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
                if (data125['beløp'] === undefined) {
                  const err154 = {
                    instancePath: instancePath + '/budsjett/finansiering/' + i13,
                    schemaPath: '#/properties/budsjett/properties/finansiering/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'beløp' },
                    message: "must have required property '" + 'beløp' + "'",
                    schema: schema19.properties.budsjett.properties.finansiering.items.required,
                    parentSchema: schema19.properties.budsjett.properties.finansiering.items,
                    data: data125,
                  };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
                for (const key26 in data125) {
                  if (!(
                    key26 === 'kilde' ||
                    key26 === 'form' ||
                    key26 === 'år' ||
                    key26 === 'beskrivelse' ||
                    key26 === 'beløp'
                  )) {
                    const err155 = {
                      instancePath: instancePath + '/budsjett/finansiering/' + i13,
                      schemaPath: '#/properties/budsjett/properties/finansiering/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key26 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema19.properties.budsjett.properties.finansiering.items,
                      data: data125,
                    };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
                if (data125.kilde !== undefined) {
                  if (
                    !validate61(data125.kilde, {
                      instancePath: instancePath + '/budsjett/finansiering/' + i13 + '/kilde',
                      parentData: data125,
                      parentDataProperty: 'kilde',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                    errors = vErrors.length;
                  }
                }
                if (data125.form !== undefined) {
                  if (
                    !validate119(data125.form, {
                      instancePath: instancePath + '/budsjett/finansiering/' + i13 + '/form',
                      parentData: data125,
                      parentDataProperty: 'form',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
                    errors = vErrors.length;
                  }
                }
                if (data125['år'] !== undefined) {
                  if (
                    !validate101(data125['år'], {
                      instancePath: instancePath + '/budsjett/finansiering/' + i13 + '/år',
                      parentData: data125,
                      parentDataProperty: 'år',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
                    errors = vErrors.length;
                  }
                }
                if (data125.beskrivelse !== undefined) {
                  if (
                    !validate53(data125.beskrivelse, {
                      instancePath: instancePath + '/budsjett/finansiering/' + i13 + '/beskrivelse',
                      parentData: data125,
                      parentDataProperty: 'beskrivelse',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data125['beløp'] !== undefined) {
                  if (
                    !validate96(data125['beløp'], {
                      instancePath: instancePath + '/budsjett/finansiering/' + i13 + '/beløp',
                      parentData: data125,
                      parentDataProperty: 'beløp',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err156 = {
                  instancePath: instancePath + '/budsjett/finansiering/' + i13,
                  schemaPath: '#/properties/budsjett/properties/finansiering/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema19.properties.budsjett.properties.finansiering.items.type,
                  parentSchema: schema19.properties.budsjett.properties.finansiering.items,
                  data: data125,
                };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
          } else {
            const err157 = {
              instancePath: instancePath + '/budsjett/finansiering',
              schemaPath: '#/properties/budsjett/properties/finansiering/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties.budsjett.properties.finansiering.type,
              parentSchema: schema19.properties.budsjett.properties.finansiering,
              data: data124,
            };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
      } else {
        const err158 = {
          instancePath: instancePath + '/budsjett',
          schemaPath: '#/properties/budsjett/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.budsjett.type,
          parentSchema: schema19.properties.budsjett,
          data: data116,
        };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
    if (data['åpne_spørsmål'] !== undefined) {
      let data131 = data['åpne_spørsmål'];
      if (Array.isArray(data131)) {
        if (data131.length > 500) {
          const err159 = {
            instancePath: instancePath + '/åpne_spørsmål',
            schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties['åpne_spørsmål'],
            data: data131,
          };
          if (vErrors === null) {
            vErrors = [err159];
          } else {
            vErrors.push(err159);
          }
          errors++;
        }
        const len14 = data131.length;
        for (let i14 = 0; i14 < len14; i14++) {
          let data132 = data131[i14];
          if (data132 && typeof data132 == 'object' && !Array.isArray(data132)) {
            if (data132.id === undefined) {
              const err160 = {
                instancePath: instancePath + '/åpne_spørsmål/' + i14,
                schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema19.properties['åpne_spørsmål'].items.required,
                parentSchema: schema19.properties['åpne_spørsmål'].items,
                data: data132,
              };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            if (data132['spørsmål'] === undefined) {
              const err161 = {
                instancePath: instancePath + '/åpne_spørsmål/' + i14,
                schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/items/required',
                keyword: 'required',
                params: { missingProperty: 'spørsmål' },
                message: "must have required property '" + 'spørsmål' + "'",
                schema: schema19.properties['åpne_spørsmål'].items.required,
                parentSchema: schema19.properties['åpne_spørsmål'].items,
                data: data132,
              };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
            for (const key27 in data132) {
              if (!(
                key27 === 'id' ||
                key27 === 'spørsmål' ||
                key27 === 'ansvarlig' ||
                key27 === 'frist' ||
                key27 === 'gjelder'
              )) {
                const err162 = {
                  instancePath: instancePath + '/åpne_spørsmål/' + i14,
                  schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key27 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties['åpne_spørsmål'].items,
                  data: data132,
                };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data132.id !== undefined) {
              if (
                !validate61(data132.id, {
                  instancePath: instancePath + '/åpne_spørsmål/' + i14 + '/id',
                  parentData: data132,
                  parentDataProperty: 'id',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data132['spørsmål'] !== undefined) {
              if (
                !validate53(data132['spørsmål'], {
                  instancePath: instancePath + '/åpne_spørsmål/' + i14 + '/spørsmål',
                  parentData: data132,
                  parentDataProperty: 'spørsmål',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data132.ansvarlig !== undefined) {
              if (
                !validate53(data132.ansvarlig, {
                  instancePath: instancePath + '/åpne_spørsmål/' + i14 + '/ansvarlig',
                  parentData: data132,
                  parentDataProperty: 'ansvarlig',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data132.frist !== undefined) {
              if (
                !validate59(data132.frist, {
                  instancePath: instancePath + '/åpne_spørsmål/' + i14 + '/frist',
                  parentData: data132,
                  parentDataProperty: 'frist',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
            if (data132.gjelder !== undefined) {
              if (
                !validate53(data132.gjelder, {
                  instancePath: instancePath + '/åpne_spørsmål/' + i14 + '/gjelder',
                  parentData: data132,
                  parentDataProperty: 'gjelder',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err163 = {
              instancePath: instancePath + '/åpne_spørsmål/' + i14,
              schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties['åpne_spørsmål'].items.type,
              parentSchema: schema19.properties['åpne_spørsmål'].items,
              data: data132,
            };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
      } else {
        const err164 = {
          instancePath: instancePath + '/åpne_spørsmål',
          schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties['åpne_spørsmål'].type,
          parentSchema: schema19.properties['åpne_spørsmål'],
          data: data131,
        };
        if (vErrors === null) {
          vErrors = [err164];
        } else {
          vErrors.push(err164);
        }
        errors++;
      }
    }
    if (data.forslag_til_vedtak !== undefined) {
      let data138 = data.forslag_til_vedtak;
      if (data138 && typeof data138 == 'object' && !Array.isArray(data138)) {
        if (data138.organ === undefined) {
          const err165 = {
            instancePath: instancePath + '/forslag_til_vedtak',
            schemaPath: '#/properties/forslag_til_vedtak/required',
            keyword: 'required',
            params: { missingProperty: 'organ' },
            message: "must have required property '" + 'organ' + "'",
            schema: schema19.properties.forslag_til_vedtak.required,
            parentSchema: schema19.properties.forslag_til_vedtak,
            data: data138,
          };
          if (vErrors === null) {
            vErrors = [err165];
          } else {
            vErrors.push(err165);
          }
          errors++;
        }
        if (data138.punkter === undefined) {
          const err166 = {
            instancePath: instancePath + '/forslag_til_vedtak',
            schemaPath: '#/properties/forslag_til_vedtak/required',
            keyword: 'required',
            params: { missingProperty: 'punkter' },
            message: "must have required property '" + 'punkter' + "'",
            schema: schema19.properties.forslag_til_vedtak.required,
            parentSchema: schema19.properties.forslag_til_vedtak,
            data: data138,
          };
          if (vErrors === null) {
            vErrors = [err166];
          } else {
            vErrors.push(err166);
          }
          errors++;
        }
        for (const key28 in data138) {
          if (!(key28 === 'organ' || key28 === 'punkter')) {
            const err167 = {
              instancePath: instancePath + '/forslag_til_vedtak',
              schemaPath: '#/properties/forslag_til_vedtak/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key28 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.forslag_til_vedtak,
              data: data138,
            };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        if (data138.organ !== undefined) {
          if (
            !validate53(data138.organ, {
              instancePath: instancePath + '/forslag_til_vedtak/organ',
              parentData: data138,
              parentDataProperty: 'organ',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data138.punkter !== undefined) {
          let data140 = data138.punkter;
          if (Array.isArray(data140)) {
            if (data140.length > 500) {
              const err168 = {
                instancePath: instancePath + '/forslag_til_vedtak/punkter',
                schemaPath: '#/properties/forslag_til_vedtak/properties/punkter/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties.forslag_til_vedtak.properties.punkter,
                data: data140,
              };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
            if (data140.length < 1) {
              const err169 = {
                instancePath: instancePath + '/forslag_til_vedtak/punkter',
                schemaPath: '#/properties/forslag_til_vedtak/properties/punkter/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema19.properties.forslag_til_vedtak.properties.punkter,
                data: data140,
              };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
            const len15 = data140.length;
            for (let i15 = 0; i15 < len15; i15++) {
              if (
                !validate53(data140[i15], {
                  instancePath: instancePath + '/forslag_til_vedtak/punkter/' + i15,
                  parentData: data140,
                  parentDataProperty: i15,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err170 = {
              instancePath: instancePath + '/forslag_til_vedtak/punkter',
              schemaPath: '#/properties/forslag_til_vedtak/properties/punkter/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema19.properties.forslag_til_vedtak.properties.punkter.type,
              parentSchema: schema19.properties.forslag_til_vedtak.properties.punkter,
              data: data140,
            };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
        }
      } else {
        const err171 = {
          instancePath: instancePath + '/forslag_til_vedtak',
          schemaPath: '#/properties/forslag_til_vedtak/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema19.properties.forslag_til_vedtak.type,
          parentSchema: schema19.properties.forslag_til_vedtak,
          data: data138,
        };
        if (vErrors === null) {
          vErrors = [err171];
        } else {
          vErrors.push(err171);
        }
        errors++;
      }
    }
    if (data.vedlegg !== undefined) {
      let data142 = data.vedlegg;
      if (Array.isArray(data142)) {
        if (data142.length > 500) {
          const err172 = {
            instancePath: instancePath + '/vedlegg',
            schemaPath: '#/properties/vedlegg/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.vedlegg,
            data: data142,
          };
          if (vErrors === null) {
            vErrors = [err172];
          } else {
            vErrors.push(err172);
          }
          errors++;
        }
        const len16 = data142.length;
        for (let i16 = 0; i16 < len16; i16++) {
          let data143 = data142[i16];
          if (data143 && typeof data143 == 'object' && !Array.isArray(data143)) {
            if (data143.tittel === undefined) {
              const err173 = {
                instancePath: instancePath + '/vedlegg/' + i16,
                schemaPath: '#/properties/vedlegg/items/required',
                keyword: 'required',
                params: { missingProperty: 'tittel' },
                message: "must have required property '" + 'tittel' + "'",
                schema: schema19.properties.vedlegg.items.required,
                parentSchema: schema19.properties.vedlegg.items,
                data: data143,
              };
              if (vErrors === null) {
                vErrors = [err173];
              } else {
                vErrors.push(err173);
              }
              errors++;
            }
            for (const key29 in data143) {
              if (!(key29 === 'tittel' || key29 === 'url' || key29 === 'fil')) {
                const err174 = {
                  instancePath: instancePath + '/vedlegg/' + i16,
                  schemaPath: '#/properties/vedlegg/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key29 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.vedlegg.items,
                  data: data143,
                };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
            if (data143.tittel !== undefined) {
              if (
                !validate53(data143.tittel, {
                  instancePath: instancePath + '/vedlegg/' + i16 + '/tittel',
                  parentData: data143,
                  parentDataProperty: 'tittel',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data143.url !== undefined) {
              if (
                !validate103(data143.url, {
                  instancePath: instancePath + '/vedlegg/' + i16 + '/url',
                  parentData: data143,
                  parentDataProperty: 'url',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data143.fil !== undefined) {
              let data146 = data143.fil;
              if (typeof data146 === 'string') {
                if (!pattern5.test(data146)) {
                  const err175 = {
                    instancePath: instancePath + '/vedlegg/' + i16 + '/fil',
                    schemaPath: '#/properties/vedlegg/items/properties/fil/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\.[pP][dD][fF]$' },
                    message: 'must match pattern "' + '\\.[pP][dD][fF]$' + '"',
                    schema: '\\.[pP][dD][fF]$',
                    parentSchema: schema19.properties.vedlegg.items.properties.fil,
                    data: data146,
                  };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
              } else {
                const err176 = {
                  instancePath: instancePath + '/vedlegg/' + i16 + '/fil',
                  schemaPath: '#/properties/vedlegg/items/properties/fil/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema19.properties.vedlegg.items.properties.fil.type,
                  parentSchema: schema19.properties.vedlegg.items.properties.fil,
                  data: data146,
                };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              }
            }
          } else {
            const err177 = {
              instancePath: instancePath + '/vedlegg/' + i16,
              schemaPath: '#/properties/vedlegg/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.vedlegg.items.type,
              parentSchema: schema19.properties.vedlegg.items,
              data: data143,
            };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors++;
          }
        }
      } else {
        const err178 = {
          instancePath: instancePath + '/vedlegg',
          schemaPath: '#/properties/vedlegg/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.vedlegg.type,
          parentSchema: schema19.properties.vedlegg,
          data: data142,
        };
        if (vErrors === null) {
          vErrors = [err178];
        } else {
          vErrors.push(err178);
        }
        errors++;
      }
    }
    if (data.dokumenter !== undefined) {
      let data147 = data.dokumenter;
      if (Array.isArray(data147)) {
        if (data147.length > 500) {
          const err179 = {
            instancePath: instancePath + '/dokumenter',
            schemaPath: '#/properties/dokumenter/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.dokumenter,
            data: data147,
          };
          if (vErrors === null) {
            vErrors = [err179];
          } else {
            vErrors.push(err179);
          }
          errors++;
        }
        const len17 = data147.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data148 = data147[i17];
          if (data148 && typeof data148 == 'object' && !Array.isArray(data148)) {
            if (data148.id === undefined) {
              const err180 = {
                instancePath: instancePath + '/dokumenter/' + i17,
                schemaPath: '#/properties/dokumenter/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema19.properties.dokumenter.items.required,
                parentSchema: schema19.properties.dokumenter.items,
                data: data148,
              };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
            if (data148.type === undefined) {
              const err181 = {
                instancePath: instancePath + '/dokumenter/' + i17,
                schemaPath: '#/properties/dokumenter/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
                schema: schema19.properties.dokumenter.items.required,
                parentSchema: schema19.properties.dokumenter.items,
                data: data148,
              };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
            if (data148.tittel === undefined) {
              const err182 = {
                instancePath: instancePath + '/dokumenter/' + i17,
                schemaPath: '#/properties/dokumenter/items/required',
                keyword: 'required',
                params: { missingProperty: 'tittel' },
                message: "must have required property '" + 'tittel' + "'",
                schema: schema19.properties.dokumenter.items.required,
                parentSchema: schema19.properties.dokumenter.items,
                data: data148,
              };
              if (vErrors === null) {
                vErrors = [err182];
              } else {
                vErrors.push(err182);
              }
              errors++;
            }
            for (const key30 in data148) {
              if (!func1.call(schema19.properties.dokumenter.items.properties, key30)) {
                const err183 = {
                  instancePath: instancePath + '/dokumenter/' + i17,
                  schemaPath: '#/properties/dokumenter/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key30 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.dokumenter.items,
                  data: data148,
                };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
            }
            if (data148.id !== undefined) {
              let data149 = data148.id;
              if (
                !validate61(data149, {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/id',
                  parentData: data148,
                  parentDataProperty: 'id',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
              if (typeof data149 === 'string') {
                if (func2(data149) > 64) {
                  const err184 = {
                    instancePath: instancePath + '/dokumenter/' + i17 + '/id',
                    schemaPath: '#/properties/dokumenter/items/properties/id/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 64 },
                    message: 'must NOT have more than 64 characters',
                    schema: 64,
                    parentSchema: schema19.properties.dokumenter.items.properties.id,
                    data: data149,
                  };
                  if (vErrors === null) {
                    vErrors = [err184];
                  } else {
                    vErrors.push(err184);
                  }
                  errors++;
                }
                if (!pattern6.test(data149)) {
                  const err185 = {
                    instancePath: instancePath + '/dokumenter/' + i17 + '/id',
                    schemaPath: '#/properties/dokumenter/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$' },
                    message: 'must match pattern "' + '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$' + '"',
                    schema: '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$',
                    parentSchema: schema19.properties.dokumenter.items.properties.id,
                    data: data149,
                  };
                  if (vErrors === null) {
                    vErrors = [err185];
                  } else {
                    vErrors.push(err185);
                  }
                  errors++;
                }
              }
            }
            if (data148.type !== undefined) {
              let data150 = data148.type;
              if (!(data150 === 'prosjektbeskrivelse' || data150 === 'søknad')) {
                const err186 = {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/type',
                  schemaPath: '#/properties/dokumenter/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema19.properties.dokumenter.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema19.properties.dokumenter.items.properties.type.enum,
                  parentSchema: schema19.properties.dokumenter.items.properties.type,
                  data: data150,
                };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
            if (data148.tittel !== undefined) {
              if (
                !validate53(data148.tittel, {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/tittel',
                  parentData: data148,
                  parentDataProperty: 'tittel',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data148.mottaker !== undefined) {
              if (
                !validate61(data148.mottaker, {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/mottaker',
                  parentData: data148,
                  parentDataProperty: 'mottaker',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data148.ordning !== undefined) {
              if (
                !validate53(data148.ordning, {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/ordning',
                  parentData: data148,
                  parentDataProperty: 'ordning',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data148.frist !== undefined) {
              if (
                !validate59(data148.frist, {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/frist',
                  parentData: data148,
                  parentDataProperty: 'frist',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
            if (data148.frist_avklart !== undefined) {
              let data155 = data148.frist_avklart;
              if (typeof data155 !== 'boolean') {
                const err187 = {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/frist_avklart',
                  schemaPath: '#/properties/dokumenter/items/properties/frist_avklart/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema19.properties.dokumenter.items.properties.frist_avklart.type,
                  parentSchema: schema19.properties.dokumenter.items.properties.frist_avklart,
                  data: data155,
                };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
            if (data148['søkt_beløp'] !== undefined) {
              let data156 = data148['søkt_beløp'];
              if (Array.isArray(data156)) {
                if (data156.length > 500) {
                  const err188 = {
                    instancePath: instancePath + '/dokumenter/' + i17 + '/søkt_beløp',
                    schemaPath: '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 500 },
                    message: 'must NOT have more than 500 items',
                    schema: 500,
                    parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'],
                    data: data156,
                  };
                  if (vErrors === null) {
                    vErrors = [err188];
                  } else {
                    vErrors.push(err188);
                  }
                  errors++;
                }
                const len18 = data156.length;
                for (let i18 = 0; i18 < len18; i18++) {
                  let data157 = data156[i18];
                  if (data157 && typeof data157 == 'object' && !Array.isArray(data157)) {
                    if (data157['år'] === undefined) {
                      const err189 = {
                        instancePath: instancePath + '/dokumenter/' + i17 + '/søkt_beløp/' + i18,
                        schemaPath:
                          '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'år' },
                        message: "must have required property '" + 'år' + "'",
                        schema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items.required,
                        parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items,
                        data: data157,
                      };
                      if (vErrors === null) {
                        vErrors = [err189];
                      } else {
                        vErrors.push(err189);
                      }
                      errors++;
                    }
                    if (data157['beløp'] === undefined) {
                      const err190 = {
                        instancePath: instancePath + '/dokumenter/' + i17 + '/søkt_beløp/' + i18,
                        schemaPath:
                          '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'beløp' },
                        message: "must have required property '" + 'beløp' + "'",
                        schema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items.required,
                        parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items,
                        data: data157,
                      };
                      if (vErrors === null) {
                        vErrors = [err190];
                      } else {
                        vErrors.push(err190);
                      }
                      errors++;
                    }
                    for (const key31 in data157) {
                      if (!(key31 === 'år' || key31 === 'beløp')) {
                        const err191 = {
                          instancePath: instancePath + '/dokumenter/' + i17 + '/søkt_beløp/' + i18,
                          schemaPath:
                            '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key31 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items,
                          data: data157,
                        };
                        if (vErrors === null) {
                          vErrors = [err191];
                        } else {
                          vErrors.push(err191);
                        }
                        errors++;
                      }
                    }
                    if (data157['år'] !== undefined) {
                      if (
                        !validate101(data157['år'], {
                          instancePath: instancePath + '/dokumenter/' + i17 + '/søkt_beløp/' + i18 + '/år',
                          parentData: data157,
                          parentDataProperty: 'år',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data157['beløp'] !== undefined) {
                      if (
                        !validate96(data157['beløp'], {
                          instancePath: instancePath + '/dokumenter/' + i17 + '/søkt_beløp/' + i18 + '/beløp',
                          parentData: data157,
                          parentDataProperty: 'beløp',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err192 = {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/søkt_beløp/' + i18,
                      schemaPath: '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items.type,
                      parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items,
                      data: data157,
                    };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                }
              } else {
                const err193 = {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/søkt_beløp',
                  schemaPath: '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema19.properties.dokumenter.items.properties['søkt_beløp'].type,
                  parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'],
                  data: data156,
                };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
            if (data148.underskriver !== undefined) {
              let data160 = data148.underskriver;
              if (data160 && typeof data160 == 'object' && !Array.isArray(data160)) {
                if (data160.navn === undefined) {
                  const err194 = {
                    instancePath: instancePath + '/dokumenter/' + i17 + '/underskriver',
                    schemaPath: '#/properties/dokumenter/items/properties/underskriver/required',
                    keyword: 'required',
                    params: { missingProperty: 'navn' },
                    message: "must have required property '" + 'navn' + "'",
                    schema: schema19.properties.dokumenter.items.properties.underskriver.required,
                    parentSchema: schema19.properties.dokumenter.items.properties.underskriver,
                    data: data160,
                  };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
                if (data160.tittel === undefined) {
                  const err195 = {
                    instancePath: instancePath + '/dokumenter/' + i17 + '/underskriver',
                    schemaPath: '#/properties/dokumenter/items/properties/underskriver/required',
                    keyword: 'required',
                    params: { missingProperty: 'tittel' },
                    message: "must have required property '" + 'tittel' + "'",
                    schema: schema19.properties.dokumenter.items.properties.underskriver.required,
                    parentSchema: schema19.properties.dokumenter.items.properties.underskriver,
                    data: data160,
                  };
                  if (vErrors === null) {
                    vErrors = [err195];
                  } else {
                    vErrors.push(err195);
                  }
                  errors++;
                }
                for (const key32 in data160) {
                  if (!(key32 === 'navn' || key32 === 'tittel' || key32 === 'organisasjon')) {
                    const err196 = {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/underskriver',
                      schemaPath:
                        '#/properties/dokumenter/items/properties/underskriver/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key32 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema19.properties.dokumenter.items.properties.underskriver,
                      data: data160,
                    };
                    if (vErrors === null) {
                      vErrors = [err196];
                    } else {
                      vErrors.push(err196);
                    }
                    errors++;
                  }
                }
                if (data160.navn !== undefined) {
                  if (
                    !validate53(data160.navn, {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/underskriver/navn',
                      parentData: data160,
                      parentDataProperty: 'navn',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data160.tittel !== undefined) {
                  if (
                    !validate53(data160.tittel, {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/underskriver/tittel',
                      parentData: data160,
                      parentDataProperty: 'tittel',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data160.organisasjon !== undefined) {
                  if (
                    !validate61(data160.organisasjon, {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/underskriver/organisasjon',
                      parentData: data160,
                      parentDataProperty: 'organisasjon',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err197 = {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/underskriver',
                  schemaPath: '#/properties/dokumenter/items/properties/underskriver/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema19.properties.dokumenter.items.properties.underskriver.type,
                  parentSchema: schema19.properties.dokumenter.items.properties.underskriver,
                  data: data160,
                };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
            }
            if (data148.regler !== undefined) {
              let data164 = data148.regler;
              if (data164 && typeof data164 == 'object' && !Array.isArray(data164)) {
                for (const key33 in data164) {
                  if (!(
                    key33 === 'kortbeskrivelse_maks_tegn' ||
                    key33 === 'maks_andel_av_kostnader_prosent' ||
                    key33 === 'min_egenfinansiering_prosent' ||
                    key33 === 'maks_per_år' ||
                    key33 === 'maks_totalt' ||
                    key33 === 'min_søkt_beløp' ||
                    key33 === 'kun_kommune_kan_søke'
                  )) {
                    const err198 = {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/regler',
                      schemaPath: '#/properties/dokumenter/items/properties/regler/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key33 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema19.properties.dokumenter.items.properties.regler,
                      data: data164,
                    };
                    if (vErrors === null) {
                      vErrors = [err198];
                    } else {
                      vErrors.push(err198);
                    }
                    errors++;
                  }
                }
                if (data164.kortbeskrivelse_maks_tegn !== undefined) {
                  let data165 = data164.kortbeskrivelse_maks_tegn;
                  if (!(
                    typeof data165 == 'number' &&
                    !(data165 % 1) &&
                    !isNaN(data165) &&
                    isFinite(data165)
                  )) {
                    const err199 = {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/regler/kortbeskrivelse_maks_tegn',
                      schemaPath:
                        '#/properties/dokumenter/items/properties/regler/properties/kortbeskrivelse_maks_tegn/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                      schema:
                        schema19.properties.dokumenter.items.properties.regler.properties
                          .kortbeskrivelse_maks_tegn.type,
                      parentSchema:
                        schema19.properties.dokumenter.items.properties.regler.properties
                          .kortbeskrivelse_maks_tegn,
                      data: data165,
                    };
                    if (vErrors === null) {
                      vErrors = [err199];
                    } else {
                      vErrors.push(err199);
                    }
                    errors++;
                  }
                  if (typeof data165 == 'number' && isFinite(data165)) {
                    if (data165 < 1 || isNaN(data165)) {
                      const err200 = {
                        instancePath:
                          instancePath + '/dokumenter/' + i17 + '/regler/kortbeskrivelse_maks_tegn',
                        schemaPath:
                          '#/properties/dokumenter/items/properties/regler/properties/kortbeskrivelse_maks_tegn/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema:
                          schema19.properties.dokumenter.items.properties.regler.properties
                            .kortbeskrivelse_maks_tegn,
                        data: data165,
                      };
                      if (vErrors === null) {
                        vErrors = [err200];
                      } else {
                        vErrors.push(err200);
                      }
                      errors++;
                    }
                  }
                }
                if (data164.maks_andel_av_kostnader_prosent !== undefined) {
                  let data166 = data164.maks_andel_av_kostnader_prosent;
                  if (typeof data166 == 'number' && isFinite(data166)) {
                    if (data166 > 100 || isNaN(data166)) {
                      const err201 = {
                        instancePath:
                          instancePath + '/dokumenter/' + i17 + '/regler/maks_andel_av_kostnader_prosent',
                        schemaPath:
                          '#/properties/dokumenter/items/properties/regler/properties/maks_andel_av_kostnader_prosent/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 100 },
                        message: 'must be <= 100',
                        schema: 100,
                        parentSchema:
                          schema19.properties.dokumenter.items.properties.regler.properties
                            .maks_andel_av_kostnader_prosent,
                        data: data166,
                      };
                      if (vErrors === null) {
                        vErrors = [err201];
                      } else {
                        vErrors.push(err201);
                      }
                      errors++;
                    }
                    if (data166 < 0 || isNaN(data166)) {
                      const err202 = {
                        instancePath:
                          instancePath + '/dokumenter/' + i17 + '/regler/maks_andel_av_kostnader_prosent',
                        schemaPath:
                          '#/properties/dokumenter/items/properties/regler/properties/maks_andel_av_kostnader_prosent/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                        schema: 0,
                        parentSchema:
                          schema19.properties.dokumenter.items.properties.regler.properties
                            .maks_andel_av_kostnader_prosent,
                        data: data166,
                      };
                      if (vErrors === null) {
                        vErrors = [err202];
                      } else {
                        vErrors.push(err202);
                      }
                      errors++;
                    }
                  } else {
                    const err203 = {
                      instancePath:
                        instancePath + '/dokumenter/' + i17 + '/regler/maks_andel_av_kostnader_prosent',
                      schemaPath:
                        '#/properties/dokumenter/items/properties/regler/properties/maks_andel_av_kostnader_prosent/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema:
                        schema19.properties.dokumenter.items.properties.regler.properties
                          .maks_andel_av_kostnader_prosent.type,
                      parentSchema:
                        schema19.properties.dokumenter.items.properties.regler.properties
                          .maks_andel_av_kostnader_prosent,
                      data: data166,
                    };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                }
                if (data164.min_egenfinansiering_prosent !== undefined) {
                  let data167 = data164.min_egenfinansiering_prosent;
                  if (typeof data167 == 'number' && isFinite(data167)) {
                    if (data167 > 100 || isNaN(data167)) {
                      const err204 = {
                        instancePath:
                          instancePath + '/dokumenter/' + i17 + '/regler/min_egenfinansiering_prosent',
                        schemaPath:
                          '#/properties/dokumenter/items/properties/regler/properties/min_egenfinansiering_prosent/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 100 },
                        message: 'must be <= 100',
                        schema: 100,
                        parentSchema:
                          schema19.properties.dokumenter.items.properties.regler.properties
                            .min_egenfinansiering_prosent,
                        data: data167,
                      };
                      if (vErrors === null) {
                        vErrors = [err204];
                      } else {
                        vErrors.push(err204);
                      }
                      errors++;
                    }
                    if (data167 < 0 || isNaN(data167)) {
                      const err205 = {
                        instancePath:
                          instancePath + '/dokumenter/' + i17 + '/regler/min_egenfinansiering_prosent',
                        schemaPath:
                          '#/properties/dokumenter/items/properties/regler/properties/min_egenfinansiering_prosent/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                        schema: 0,
                        parentSchema:
                          schema19.properties.dokumenter.items.properties.regler.properties
                            .min_egenfinansiering_prosent,
                        data: data167,
                      };
                      if (vErrors === null) {
                        vErrors = [err205];
                      } else {
                        vErrors.push(err205);
                      }
                      errors++;
                    }
                  } else {
                    const err206 = {
                      instancePath:
                        instancePath + '/dokumenter/' + i17 + '/regler/min_egenfinansiering_prosent',
                      schemaPath:
                        '#/properties/dokumenter/items/properties/regler/properties/min_egenfinansiering_prosent/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema:
                        schema19.properties.dokumenter.items.properties.regler.properties
                          .min_egenfinansiering_prosent.type,
                      parentSchema:
                        schema19.properties.dokumenter.items.properties.regler.properties
                          .min_egenfinansiering_prosent,
                      data: data167,
                    };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                }
                if (data164['maks_per_år'] !== undefined) {
                  if (
                    !validate171(data164['maks_per_år'], {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/regler/maks_per_år',
                      parentData: data164,
                      parentDataProperty: 'maks_per_år',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
                    errors = vErrors.length;
                  }
                }
                if (data164.maks_totalt !== undefined) {
                  if (
                    !validate171(data164.maks_totalt, {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/regler/maks_totalt',
                      parentData: data164,
                      parentDataProperty: 'maks_totalt',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
                    errors = vErrors.length;
                  }
                }
                if (data164['min_søkt_beløp'] !== undefined) {
                  if (
                    !validate171(data164['min_søkt_beløp'], {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/regler/min_søkt_beløp',
                      parentData: data164,
                      parentDataProperty: 'min_søkt_beløp',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
                    errors = vErrors.length;
                  }
                }
                if (data164['kun_kommune_kan_søke'] !== undefined) {
                  let data171 = data164['kun_kommune_kan_søke'];
                  if (typeof data171 !== 'boolean') {
                    const err207 = {
                      instancePath: instancePath + '/dokumenter/' + i17 + '/regler/kun_kommune_kan_søke',
                      schemaPath:
                        '#/properties/dokumenter/items/properties/regler/properties/kun_kommune_kan_s%C3%B8ke/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                      schema:
                        schema19.properties.dokumenter.items.properties.regler.properties[
                          'kun_kommune_kan_søke'
                        ].type,
                      parentSchema:
                        schema19.properties.dokumenter.items.properties.regler.properties[
                          'kun_kommune_kan_søke'
                        ],
                      data: data171,
                    };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                }
              } else {
                const err208 = {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/regler',
                  schemaPath: '#/properties/dokumenter/items/properties/regler/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema19.properties.dokumenter.items.properties.regler.type,
                  parentSchema: schema19.properties.dokumenter.items.properties.regler,
                  data: data164,
                };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
            if (data148.mal !== undefined) {
              let data172 = data148.mal;
              if (typeof data172 === 'string') {
                if (!pattern7.test(data172)) {
                  const err209 = {
                    instancePath: instancePath + '/dokumenter/' + i17 + '/mal',
                    schemaPath: '#/properties/dokumenter/items/properties/mal/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*(\\.md\\.hbs)?$' },
                    message: 'must match pattern "' + '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*(\\.md\\.hbs)?$' + '"',
                    schema: '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*(\\.md\\.hbs)?$',
                    parentSchema: schema19.properties.dokumenter.items.properties.mal,
                    data: data172,
                  };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
              } else {
                const err210 = {
                  instancePath: instancePath + '/dokumenter/' + i17 + '/mal',
                  schemaPath: '#/properties/dokumenter/items/properties/mal/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema19.properties.dokumenter.items.properties.mal.type,
                  parentSchema: schema19.properties.dokumenter.items.properties.mal,
                  data: data172,
                };
                if (vErrors === null) {
                  vErrors = [err210];
                } else {
                  vErrors.push(err210);
                }
                errors++;
              }
            }
          } else {
            const err211 = {
              instancePath: instancePath + '/dokumenter/' + i17,
              schemaPath: '#/properties/dokumenter/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.dokumenter.items.type,
              parentSchema: schema19.properties.dokumenter.items,
              data: data148,
            };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
        }
      } else {
        const err212 = {
          instancePath: instancePath + '/dokumenter',
          schemaPath: '#/properties/dokumenter/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.dokumenter.type,
          parentSchema: schema19.properties.dokumenter,
          data: data147,
        };
        if (vErrors === null) {
          vErrors = [err212];
        } else {
          vErrors.push(err212);
        }
        errors++;
      }
    }
  } else {
    const err213 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema19.type,
      parentSchema: schema19,
      data,
    };
    if (vErrors === null) {
      vErrors = [err213];
    } else {
      vErrors.push(err213);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
