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
          description: 'Politiske saker prosjektet bygger på, for eksempel AU-sak 58/25.',
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
                description: 'Saksnummer, for eksempel «AU-sak 58/25».',
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
              description: 'Hvem søkeren søker på vegne av, for eksempel «kommunene i Polarsirkelrådet».',
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
          description: 'Stedet dokumentene dateres fra, for eksempel «Mo i Rana».',
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
        'Løpende tekster i Markdown. bakgrunn, modell og kortbeskrivelse er påkrevd; andre tekster kan legges til med egne navn.',
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
        $ref: '#/$defs/markdown',
        title: 'Tekst',
        description: 'En egen tekst i Markdown.',
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
      description: 'Prosjekteier, arbeidsgiver, samlokalisering, ansvar og ressurser.',
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
        samlokalisering: {
          $ref: '#/$defs/tekst',
          title: 'Samlokalisering',
          description: 'Hvor og med hvem stillingene samlokaliseres.',
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
          klassetrinn: {
            title: 'Klassetrinn',
            description: 'Klassetrinn tiltaket gjelder, for eksempel [5, 8].',
            type: 'array',
            maxItems: 500,
            items: {
              type: 'integer',
              minimum: 1,
              maximum: 13,
              title: 'Klassetrinn',
              description: 'Ett klassetrinn.',
            },
          },
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
            enum: ['fylkeskommune', 'stat', 'politi', 'regionråd', 'kommune', 'annen'],
            title: 'Type',
            description:
              'Hva slags organisasjon: fylkeskommune, stat, politi, regionråd, kommune eller annen.',
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
          slt: {
            type: 'boolean',
            title: 'SLT-kommune',
            description: 'true hvis kommunen har SLT-koordinator.',
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
            description: 'Malfil under templates/ hvis standardmalen ikke skal brukes.',
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
function validate79(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
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
    for (const key0 in data) {
      if (!(key0 === 'tekst' || key0 === 'indikator')) {
        const err1 = {
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
      schema: schema24.type,
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
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema25 = {
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
function validate91(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
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
      schema: schema25.anyOf[0].type,
      parentSchema: schema25.anyOf[0],
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
        parentSchema: schema25.anyOf[0],
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
        parentSchema: schema25.anyOf[0],
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
        schema: schema25.anyOf[1].required,
        parentSchema: schema25.anyOf[1],
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
        schema: schema25.anyOf[1].required,
        parentSchema: schema25.anyOf[1],
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
          parentSchema: schema25.anyOf[1],
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
          schema: schema25.anyOf[1].properties.fra.type,
          parentSchema: schema25.anyOf[1].properties.fra,
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
            parentSchema: schema25.anyOf[1].properties.fra,
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
            parentSchema: schema25.anyOf[1].properties.fra,
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
          schema: schema25.anyOf[1].properties.til.type,
          parentSchema: schema25.anyOf[1].properties.til,
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
            parentSchema: schema25.anyOf[1].properties.til,
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
            parentSchema: schema25.anyOf[1].properties.til,
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
      schema: schema25.anyOf[1].type,
      parentSchema: schema25.anyOf[1],
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
      parentSchema: schema25.anyOf[2],
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
      schema: schema25.anyOf,
      parentSchema: schema25,
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
  validate91.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate91.evaluated = { dynamicProps: true, dynamicItems: false };
const schema26 = {
  type: 'integer',
  minimum: 1900,
  maximum: 2200,
  title: 'År',
  description: 'Et årstall, for eksempel 2026.',
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
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data) && isFinite(data))) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
      message: 'must be integer',
      schema: schema26.type,
      parentSchema: schema26,
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
        parentSchema: schema26,
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
        parentSchema: schema26,
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
  validate96.errors = vErrors;
  return errors === 0;
}
validate96.evaluated = { dynamicProps: false, dynamicItems: false };
const schema27 = {
  type: 'string',
  format: 'uri',
  pattern: '^https?://',
  title: 'Nettadresse',
  description: 'En nettadresse som begynner med https://.',
};
const formats4 = formats.uri;
const pattern3 = new RegExp('^https?://', 'u');
function validate98(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
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
    if (!formats4(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'uri' },
        message: 'must match format "' + 'uri' + '"',
        schema: 'uri',
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
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
      message: 'must be string',
      schema: schema27.type,
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
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { dynamicProps: false, dynamicItems: false };
const schema28 = {
  type: 'string',
  pattern: '^[0-9]{9}$',
  title: 'Organisasjonsnummer',
  description: "Ni sifre i anførselstegn, for eksempel '964982953'. Kontrolleres med modulus 11.",
};
const pattern4 = new RegExp('^[0-9]{9}$', 'u');
function validate111(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate111.evaluated;
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
  } else {
    const err1 = {
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
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate111.errors = vErrors;
  return errors === 0;
}
validate111.evaluated = { dynamicProps: false, dynamicItems: false };
const schema29 = { enum: ['kontant', 'naturalia'], title: 'Form', description: 'kontant eller naturalia.' };
function validate114(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate114.evaluated;
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
      params: { allowedValues: schema29.enum },
      message: 'must be equal to one of the allowed values',
      schema: schema29.enum,
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
  validate114.errors = vErrors;
  return errors === 0;
}
validate114.evaluated = { dynamicProps: false, dynamicItems: false };
const schema30 = {
  type: 'boolean',
  title: 'Avklart',
  description: 'false merker verdien som foreløpig (ikke avklart).',
};
function validate128(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate128.evaluated;
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
      schema: schema30.type,
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
  validate128.errors = vErrors;
  return errors === 0;
}
validate128.evaluated = { dynamicProps: false, dynamicItems: false };
const schema31 = {
  type: 'integer',
  minimum: 0,
  maximum: 1000000000000,
  title: 'Kroner',
  description: 'Et beløp i hele kroner, uten mellomrom, for eksempel 2500000.',
};
function validate162(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate162.evaluated;
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
  if (typeof data == 'number' && isFinite(data)) {
    if (data > 1000000000000 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 1000000000000 },
        message: 'must be <= 1000000000000',
        schema: 1000000000000,
        parentSchema: schema31,
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
        parentSchema: schema31,
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
  validate162.errors = vErrors;
  return errors === 0;
}
validate162.evaluated = { dynamicProps: false, dynamicItems: false };
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
            if (
              !validate71(data22[key5], {
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
        const err28 = {
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
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data['målgruppe'] !== undefined) {
      let data27 = data['målgruppe'];
      if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
        if (data27.beskrivelse === undefined) {
          const err29 = {
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
            vErrors = [err29];
          } else {
            vErrors.push(err29);
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
            const err30 = {
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
              vErrors = [err30];
            } else {
              vErrors.push(err30);
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
            const err31 = {
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
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data29 == 'number' && isFinite(data29)) {
            if (data29 > 120 || isNaN(data29)) {
              const err32 = {
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
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data29 < 0 || isNaN(data29)) {
              const err33 = {
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
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        if (data27.alder_til !== undefined) {
          let data30 = data27.alder_til;
          if (!(typeof data30 == 'number' && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
            const err34 = {
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
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (typeof data30 == 'number' && isFinite(data30)) {
            if (data30 > 120 || isNaN(data30)) {
              const err35 = {
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
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data30 < 0 || isNaN(data30)) {
              const err36 = {
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
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        if (data27['oppfølging'] !== undefined) {
          let data31 = data27['oppfølging'];
          if (data31 && typeof data31 == 'object' && !Array.isArray(data31)) {
            if (data31.form === undefined) {
              const err37 = {
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
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            for (const key7 in data31) {
              if (!(key7 === 'form' || key7 === 'varighet_måneder')) {
                const err38 = {
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
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
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
                const err39 = {
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
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              if (typeof data33 == 'number' && isFinite(data33)) {
                if (data33 < 1 || isNaN(data33)) {
                  const err40 = {
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
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err41 = {
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
              vErrors = [err41];
            } else {
              vErrors.push(err41);
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
        const err42 = {
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
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data['mål'] !== undefined) {
      let data35 = data['mål'];
      if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
        if (data35['hovedmål'] === undefined) {
          const err43 = {
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
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data35['delmål'] === undefined) {
          const err44 = {
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
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        for (const key8 in data35) {
          if (!(key8 === 'hovedmål' || key8 === 'delmål')) {
            const err45 = {
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
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data35['hovedmål'] !== undefined) {
          let data36 = data35['hovedmål'];
          if (Array.isArray(data36)) {
            if (data36.length > 500) {
              const err46 = {
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
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data36.length < 1) {
              const err47 = {
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
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            const len1 = data36.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (
                !validate79(data36[i1], {
                  instancePath: instancePath + '/mål/hovedmål/' + i1,
                  parentData: data36,
                  parentDataProperty: i1,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err48 = {
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
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data35['delmål'] !== undefined) {
          let data38 = data35['delmål'];
          if (Array.isArray(data38)) {
            if (data38.length > 500) {
              const err49 = {
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
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            const len2 = data38.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (
                !validate79(data38[i2], {
                  instancePath: instancePath + '/mål/delmål/' + i2,
                  parentData: data38,
                  parentDataProperty: i2,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err50 = {
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
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = {
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
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.suksessfaktorer !== undefined) {
      let data40 = data.suksessfaktorer;
      if (Array.isArray(data40)) {
        if (data40.length > 500) {
          const err52 = {
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
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        const len3 = data40.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data41 = data40[i3];
          if (data41 && typeof data41 == 'object' && !Array.isArray(data41)) {
            if (data41.tekst === undefined) {
              const err53 = {
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
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            for (const key9 in data41) {
              if (!(key9 === 'tekst' || key9 === 'beskrivelse')) {
                const err54 = {
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
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
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
            const err55 = {
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
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = {
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
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.organisering !== undefined) {
      let data44 = data.organisering;
      if (data44 && typeof data44 == 'object' && !Array.isArray(data44)) {
        if (data44.prosjekteier === undefined) {
          const err57 = {
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
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        if (data44.arbeidsgiver === undefined) {
          const err58 = {
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
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (data44.ansvar === undefined) {
          const err59 = {
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
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        if (data44.ressurser === undefined) {
          const err60 = {
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
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        for (const key10 in data44) {
          if (!(
            key10 === 'prosjekteier' ||
            key10 === 'arbeidsgiver' ||
            key10 === 'samlokalisering' ||
            key10 === 'ansvar' ||
            key10 === 'ressurser'
          )) {
            const err61 = {
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
              vErrors = [err61];
            } else {
              vErrors.push(err61);
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
        if (data44.samlokalisering !== undefined) {
          if (
            !validate53(data44.samlokalisering, {
              instancePath: instancePath + '/organisering/samlokalisering',
              parentData: data44,
              parentDataProperty: 'samlokalisering',
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
              const err62 = {
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
                vErrors = [err62];
              } else {
                vErrors.push(err62);
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
            const err63 = {
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
              vErrors = [err63];
            } else {
              vErrors.push(err63);
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
                const err64 = {
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
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data50.stillinger_minimum !== undefined) {
              let data51 = data50.stillinger_minimum;
              if (!(typeof data51 == 'number' && !(data51 % 1) && !isNaN(data51) && isFinite(data51))) {
                const err65 = {
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
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (typeof data51 == 'number' && isFinite(data51)) {
                if (data51 < 0 || isNaN(data51)) {
                  const err66 = {
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
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
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
                !validate91(data50['kostnadsramme_per_år'], {
                  instancePath: instancePath + '/organisering/ressurser/kostnadsramme_per_år',
                  parentData: data50,
                  parentDataProperty: 'kostnadsramme_per_år',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
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
            const err67 = {
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
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = {
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
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.kunnskapsgrunnlag !== undefined) {
      let data55 = data.kunnskapsgrunnlag;
      if (data55 && typeof data55 == 'object' && !Array.isArray(data55)) {
        if (data55.rapport === undefined) {
          const err69 = {
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
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        if (data55.funn === undefined) {
          const err70 = {
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
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        for (const key12 in data55) {
          if (!(key12 === 'rapport' || key12 === 'funn' || key12 === 'oppsummering')) {
            const err71 = {
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
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data55.rapport !== undefined) {
          let data56 = data55.rapport;
          if (data56 && typeof data56 == 'object' && !Array.isArray(data56)) {
            if (data56.tittel === undefined) {
              const err72 = {
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
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data56['år'] === undefined) {
              const err73 = {
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
                vErrors = [err73];
              } else {
                vErrors.push(err73);
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
                const err74 = {
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
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
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
                !validate96(data56['år'], {
                  instancePath: instancePath + '/kunnskapsgrunnlag/rapport/år',
                  parentData: data56,
                  parentDataProperty: 'år',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                errors = vErrors.length;
              }
            }
            if (data56.url !== undefined) {
              if (
                !validate98(data56.url, {
                  instancePath: instancePath + '/kunnskapsgrunnlag/rapport/url',
                  parentData: data56,
                  parentDataProperty: 'url',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
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
            const err75 = {
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
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data55.funn !== undefined) {
          let data62 = data55.funn;
          if (Array.isArray(data62)) {
            if (data62.length > 500) {
              const err76 = {
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
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            const len5 = data62.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data63 = data62[i5];
              if (data63 && typeof data63 == 'object' && !Array.isArray(data63)) {
                if (data63.tema === undefined) {
                  const err77 = {
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
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (data63.sammendrag === undefined) {
                  const err78 = {
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
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (data63.sider === undefined) {
                  const err79 = {
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
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                for (const key14 in data63) {
                  if (!(key14 === 'tema' || key14 === 'sammendrag' || key14 === 'sider')) {
                    const err80 = {
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
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
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
                      const err81 = {
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
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  } else {
                    const err82 = {
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
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
              } else {
                const err83 = {
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
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
          } else {
            const err84 = {
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
              vErrors = [err84];
            } else {
              vErrors.push(err84);
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
        const err85 = {
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
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.eksisterende_strukturer !== undefined) {
      let data68 = data.eksisterende_strukturer;
      if (Array.isArray(data68)) {
        if (data68.length > 500) {
          const err86 = {
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
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
        const len6 = data68.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data69 = data68[i6];
          if (data69 && typeof data69 == 'object' && !Array.isArray(data69)) {
            if (data69.navn === undefined) {
              const err87 = {
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
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            if (data69.beskrivelse === undefined) {
              const err88 = {
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
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            for (const key15 in data69) {
              if (!(
                key15 === 'navn' ||
                key15 === 'kommune' ||
                key15 === 'vedtatt' ||
                key15 === 'klassetrinn' ||
                key15 === 'beskrivelse'
              )) {
                const err89 = {
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
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
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
            if (data69.klassetrinn !== undefined) {
              let data73 = data69.klassetrinn;
              if (Array.isArray(data73)) {
                if (data73.length > 500) {
                  const err90 = {
                    instancePath: instancePath + '/eksisterende_strukturer/' + i6 + '/klassetrinn',
                    schemaPath: '#/properties/eksisterende_strukturer/items/properties/klassetrinn/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 500 },
                    message: 'must NOT have more than 500 items',
                    schema: 500,
                    parentSchema: schema19.properties.eksisterende_strukturer.items.properties.klassetrinn,
                    data: data73,
                  };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                const len7 = data73.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data74 = data73[i7];
                  if (!(typeof data74 == 'number' && !(data74 % 1) && !isNaN(data74) && isFinite(data74))) {
                    const err91 = {
                      instancePath: instancePath + '/eksisterende_strukturer/' + i6 + '/klassetrinn/' + i7,
                      schemaPath:
                        '#/properties/eksisterende_strukturer/items/properties/klassetrinn/items/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                      schema:
                        schema19.properties.eksisterende_strukturer.items.properties.klassetrinn.items.type,
                      parentSchema:
                        schema19.properties.eksisterende_strukturer.items.properties.klassetrinn.items,
                      data: data74,
                    };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                  if (typeof data74 == 'number' && isFinite(data74)) {
                    if (data74 > 13 || isNaN(data74)) {
                      const err92 = {
                        instancePath: instancePath + '/eksisterende_strukturer/' + i6 + '/klassetrinn/' + i7,
                        schemaPath:
                          '#/properties/eksisterende_strukturer/items/properties/klassetrinn/items/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 13 },
                        message: 'must be <= 13',
                        schema: 13,
                        parentSchema:
                          schema19.properties.eksisterende_strukturer.items.properties.klassetrinn.items,
                        data: data74,
                      };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                    if (data74 < 1 || isNaN(data74)) {
                      const err93 = {
                        instancePath: instancePath + '/eksisterende_strukturer/' + i6 + '/klassetrinn/' + i7,
                        schemaPath:
                          '#/properties/eksisterende_strukturer/items/properties/klassetrinn/items/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema:
                          schema19.properties.eksisterende_strukturer.items.properties.klassetrinn.items,
                        data: data74,
                      };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err94 = {
                  instancePath: instancePath + '/eksisterende_strukturer/' + i6 + '/klassetrinn',
                  schemaPath: '#/properties/eksisterende_strukturer/items/properties/klassetrinn/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema19.properties.eksisterende_strukturer.items.properties.klassetrinn.type,
                  parentSchema: schema19.properties.eksisterende_strukturer.items.properties.klassetrinn,
                  data: data73,
                };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
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
            const err95 = {
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
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = {
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
          vErrors = [err96];
        } else {
          vErrors.push(err96);
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
      let data77 = data.partnere;
      if (Array.isArray(data77)) {
        if (data77.length > 500) {
          const err97 = {
            instancePath: instancePath + '/partnere',
            schemaPath: '#/properties/partnere/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.partnere,
            data: data77,
          };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
        const len8 = data77.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data78 = data77[i8];
          if (data78 && typeof data78 == 'object' && !Array.isArray(data78)) {
            if (data78.id === undefined) {
              const err98 = {
                instancePath: instancePath + '/partnere/' + i8,
                schemaPath: '#/properties/partnere/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema19.properties.partnere.items.required,
                parentSchema: schema19.properties.partnere.items,
                data: data78,
              };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data78.navn === undefined) {
              const err99 = {
                instancePath: instancePath + '/partnere/' + i8,
                schemaPath: '#/properties/partnere/items/required',
                keyword: 'required',
                params: { missingProperty: 'navn' },
                message: "must have required property '" + 'navn' + "'",
                schema: schema19.properties.partnere.items.required,
                parentSchema: schema19.properties.partnere.items,
                data: data78,
              };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data78.type === undefined) {
              const err100 = {
                instancePath: instancePath + '/partnere/' + i8,
                schemaPath: '#/properties/partnere/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
                schema: schema19.properties.partnere.items.required,
                parentSchema: schema19.properties.partnere.items,
                data: data78,
              };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data78.rolle === undefined) {
              const err101 = {
                instancePath: instancePath + '/partnere/' + i8,
                schemaPath: '#/properties/partnere/items/required',
                keyword: 'required',
                params: { missingProperty: 'rolle' },
                message: "must have required property '" + 'rolle' + "'",
                schema: schema19.properties.partnere.items.required,
                parentSchema: schema19.properties.partnere.items,
                data: data78,
              };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            for (const key16 in data78) {
              if (!(
                key16 === 'id' ||
                key16 === 'navn' ||
                key16 === 'type' ||
                key16 === 'orgnr' ||
                key16 === 'rolle' ||
                key16 === 'bidrag'
              )) {
                const err102 = {
                  instancePath: instancePath + '/partnere/' + i8,
                  schemaPath: '#/properties/partnere/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key16 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.partnere.items,
                  data: data78,
                };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data78.id !== undefined) {
              if (
                !validate61(data78.id, {
                  instancePath: instancePath + '/partnere/' + i8 + '/id',
                  parentData: data78,
                  parentDataProperty: 'id',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data78.navn !== undefined) {
              if (
                !validate53(data78.navn, {
                  instancePath: instancePath + '/partnere/' + i8 + '/navn',
                  parentData: data78,
                  parentDataProperty: 'navn',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data78.type !== undefined) {
              let data81 = data78.type;
              if (!(
                data81 === 'fylkeskommune' ||
                data81 === 'stat' ||
                data81 === 'politi' ||
                data81 === 'regionråd' ||
                data81 === 'kommune' ||
                data81 === 'annen'
              )) {
                const err103 = {
                  instancePath: instancePath + '/partnere/' + i8 + '/type',
                  schemaPath: '#/properties/partnere/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema19.properties.partnere.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema19.properties.partnere.items.properties.type.enum,
                  parentSchema: schema19.properties.partnere.items.properties.type,
                  data: data81,
                };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data78.orgnr !== undefined) {
              if (
                !validate111(data78.orgnr, {
                  instancePath: instancePath + '/partnere/' + i8 + '/orgnr',
                  parentData: data78,
                  parentDataProperty: 'orgnr',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
                errors = vErrors.length;
              }
            }
            if (data78.rolle !== undefined) {
              if (
                !validate53(data78.rolle, {
                  instancePath: instancePath + '/partnere/' + i8 + '/rolle',
                  parentData: data78,
                  parentDataProperty: 'rolle',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data78.bidrag !== undefined) {
              let data84 = data78.bidrag;
              if (Array.isArray(data84)) {
                if (data84.length > 500) {
                  const err104 = {
                    instancePath: instancePath + '/partnere/' + i8 + '/bidrag',
                    schemaPath: '#/properties/partnere/items/properties/bidrag/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 500 },
                    message: 'must NOT have more than 500 items',
                    schema: 500,
                    parentSchema: schema19.properties.partnere.items.properties.bidrag,
                    data: data84,
                  };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
                const len9 = data84.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data85 = data84[i9];
                  if (data85 && typeof data85 == 'object' && !Array.isArray(data85)) {
                    if (data85.form === undefined) {
                      const err105 = {
                        instancePath: instancePath + '/partnere/' + i8 + '/bidrag/' + i9,
                        schemaPath: '#/properties/partnere/items/properties/bidrag/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'form' },
                        message: "must have required property '" + 'form' + "'",
                        schema: schema19.properties.partnere.items.properties.bidrag.items.required,
                        parentSchema: schema19.properties.partnere.items.properties.bidrag.items,
                        data: data85,
                      };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                    if (data85.beskrivelse === undefined) {
                      const err106 = {
                        instancePath: instancePath + '/partnere/' + i8 + '/bidrag/' + i9,
                        schemaPath: '#/properties/partnere/items/properties/bidrag/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'beskrivelse' },
                        message: "must have required property '" + 'beskrivelse' + "'",
                        schema: schema19.properties.partnere.items.properties.bidrag.items.required,
                        parentSchema: schema19.properties.partnere.items.properties.bidrag.items,
                        data: data85,
                      };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                    for (const key17 in data85) {
                      if (!(
                        key17 === 'form' ||
                        key17 === 'beskrivelse' ||
                        key17 === 'beløp' ||
                        key17 === 'gjelder'
                      )) {
                        const err107 = {
                          instancePath: instancePath + '/partnere/' + i8 + '/bidrag/' + i9,
                          schemaPath:
                            '#/properties/partnere/items/properties/bidrag/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key17 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema19.properties.partnere.items.properties.bidrag.items,
                          data: data85,
                        };
                        if (vErrors === null) {
                          vErrors = [err107];
                        } else {
                          vErrors.push(err107);
                        }
                        errors++;
                      }
                    }
                    if (data85.form !== undefined) {
                      if (
                        !validate114(data85.form, {
                          instancePath: instancePath + '/partnere/' + i8 + '/bidrag/' + i9 + '/form',
                          parentData: data85,
                          parentDataProperty: 'form',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data85.beskrivelse !== undefined) {
                      if (
                        !validate53(data85.beskrivelse, {
                          instancePath: instancePath + '/partnere/' + i8 + '/bidrag/' + i9 + '/beskrivelse',
                          parentData: data85,
                          parentDataProperty: 'beskrivelse',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data85['beløp'] !== undefined) {
                      if (
                        !validate91(data85['beløp'], {
                          instancePath: instancePath + '/partnere/' + i8 + '/bidrag/' + i9 + '/beløp',
                          parentData: data85,
                          parentDataProperty: 'beløp',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data85.gjelder !== undefined) {
                      if (
                        !validate53(data85.gjelder, {
                          instancePath: instancePath + '/partnere/' + i8 + '/bidrag/' + i9 + '/gjelder',
                          parentData: data85,
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
                    const err108 = {
                      instancePath: instancePath + '/partnere/' + i8 + '/bidrag/' + i9,
                      schemaPath: '#/properties/partnere/items/properties/bidrag/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema19.properties.partnere.items.properties.bidrag.items.type,
                      parentSchema: schema19.properties.partnere.items.properties.bidrag.items,
                      data: data85,
                    };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
              } else {
                const err109 = {
                  instancePath: instancePath + '/partnere/' + i8 + '/bidrag',
                  schemaPath: '#/properties/partnere/items/properties/bidrag/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema19.properties.partnere.items.properties.bidrag.type,
                  parentSchema: schema19.properties.partnere.items.properties.bidrag,
                  data: data84,
                };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          } else {
            const err110 = {
              instancePath: instancePath + '/partnere/' + i8,
              schemaPath: '#/properties/partnere/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.partnere.items.type,
              parentSchema: schema19.properties.partnere.items,
              data: data78,
            };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
      } else {
        const err111 = {
          instancePath: instancePath + '/partnere',
          schemaPath: '#/properties/partnere/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.partnere.type,
          parentSchema: schema19.properties.partnere,
          data: data77,
        };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
    if (data.referansemodeller !== undefined) {
      let data90 = data.referansemodeller;
      if (Array.isArray(data90)) {
        if (data90.length > 500) {
          const err112 = {
            instancePath: instancePath + '/referansemodeller',
            schemaPath: '#/properties/referansemodeller/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.referansemodeller,
            data: data90,
          };
          if (vErrors === null) {
            vErrors = [err112];
          } else {
            vErrors.push(err112);
          }
          errors++;
        }
        const len10 = data90.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data91 = data90[i10];
          if (data91 && typeof data91 == 'object' && !Array.isArray(data91)) {
            if (data91.navn === undefined) {
              const err113 = {
                instancePath: instancePath + '/referansemodeller/' + i10,
                schemaPath: '#/properties/referansemodeller/items/required',
                keyword: 'required',
                params: { missingProperty: 'navn' },
                message: "must have required property '" + 'navn' + "'",
                schema: schema19.properties.referansemodeller.items.required,
                parentSchema: schema19.properties.referansemodeller.items,
                data: data91,
              };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
            for (const key18 in data91) {
              if (!(key18 === 'navn' || key18 === 'etablert' || key18 === 'beskrivelse')) {
                const err114 = {
                  instancePath: instancePath + '/referansemodeller/' + i10,
                  schemaPath: '#/properties/referansemodeller/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key18 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.referansemodeller.items,
                  data: data91,
                };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data91.navn !== undefined) {
              if (
                !validate53(data91.navn, {
                  instancePath: instancePath + '/referansemodeller/' + i10 + '/navn',
                  parentData: data91,
                  parentDataProperty: 'navn',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data91.etablert !== undefined) {
              if (
                !validate96(data91.etablert, {
                  instancePath: instancePath + '/referansemodeller/' + i10 + '/etablert',
                  parentData: data91,
                  parentDataProperty: 'etablert',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                errors = vErrors.length;
              }
            }
            if (data91.beskrivelse !== undefined) {
              if (
                !validate53(data91.beskrivelse, {
                  instancePath: instancePath + '/referansemodeller/' + i10 + '/beskrivelse',
                  parentData: data91,
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
            const err115 = {
              instancePath: instancePath + '/referansemodeller/' + i10,
              schemaPath: '#/properties/referansemodeller/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.referansemodeller.items.type,
              parentSchema: schema19.properties.referansemodeller.items,
              data: data91,
            };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = {
          instancePath: instancePath + '/referansemodeller',
          schemaPath: '#/properties/referansemodeller/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.referansemodeller.type,
          parentSchema: schema19.properties.referansemodeller,
          data: data90,
        };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
    if (data.kommuner !== undefined) {
      let data95 = data.kommuner;
      if (Array.isArray(data95)) {
        if (data95.length > 500) {
          const err117 = {
            instancePath: instancePath + '/kommuner',
            schemaPath: '#/properties/kommuner/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.kommuner,
            data: data95,
          };
          if (vErrors === null) {
            vErrors = [err117];
          } else {
            vErrors.push(err117);
          }
          errors++;
        }
        const len11 = data95.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data96 = data95[i11];
          if (data96 && typeof data96 == 'object' && !Array.isArray(data96)) {
            if (data96.id === undefined) {
              const err118 = {
                instancePath: instancePath + '/kommuner/' + i11,
                schemaPath: '#/properties/kommuner/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema19.properties.kommuner.items.required,
                parentSchema: schema19.properties.kommuner.items,
                data: data96,
              };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            if (data96.navn === undefined) {
              const err119 = {
                instancePath: instancePath + '/kommuner/' + i11,
                schemaPath: '#/properties/kommuner/items/required',
                keyword: 'required',
                params: { missingProperty: 'navn' },
                message: "must have required property '" + 'navn' + "'",
                schema: schema19.properties.kommuner.items.required,
                parentSchema: schema19.properties.kommuner.items,
                data: data96,
              };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            if (data96.deltakelse === undefined) {
              const err120 = {
                instancePath: instancePath + '/kommuner/' + i11,
                schemaPath: '#/properties/kommuner/items/required',
                keyword: 'required',
                params: { missingProperty: 'deltakelse' },
                message: "must have required property '" + 'deltakelse' + "'",
                schema: schema19.properties.kommuner.items.required,
                parentSchema: schema19.properties.kommuner.items,
                data: data96,
              };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            for (const key19 in data96) {
              if (!(
                key19 === 'id' ||
                key19 === 'navn' ||
                key19 === 'deltakelse' ||
                key19 === 'slt' ||
                key19 === 'orgnr'
              )) {
                const err121 = {
                  instancePath: instancePath + '/kommuner/' + i11,
                  schemaPath: '#/properties/kommuner/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key19 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.kommuner.items,
                  data: data96,
                };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data96.id !== undefined) {
              if (
                !validate61(data96.id, {
                  instancePath: instancePath + '/kommuner/' + i11 + '/id',
                  parentData: data96,
                  parentDataProperty: 'id',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data96.navn !== undefined) {
              if (
                !validate53(data96.navn, {
                  instancePath: instancePath + '/kommuner/' + i11 + '/navn',
                  parentData: data96,
                  parentDataProperty: 'navn',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data96.deltakelse !== undefined) {
              let data99 = data96.deltakelse;
              if (!(data99 === 'ja' || data99 === 'nei' || data99 === 'ikke avklart')) {
                const err122 = {
                  instancePath: instancePath + '/kommuner/' + i11 + '/deltakelse',
                  schemaPath: '#/properties/kommuner/items/properties/deltakelse/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema19.properties.kommuner.items.properties.deltakelse.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema19.properties.kommuner.items.properties.deltakelse.enum,
                  parentSchema: schema19.properties.kommuner.items.properties.deltakelse,
                  data: data99,
                };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data96.slt !== undefined) {
              let data100 = data96.slt;
              if (typeof data100 !== 'boolean') {
                const err123 = {
                  instancePath: instancePath + '/kommuner/' + i11 + '/slt',
                  schemaPath: '#/properties/kommuner/items/properties/slt/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema19.properties.kommuner.items.properties.slt.type,
                  parentSchema: schema19.properties.kommuner.items.properties.slt,
                  data: data100,
                };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
            if (data96.orgnr !== undefined) {
              if (
                !validate111(data96.orgnr, {
                  instancePath: instancePath + '/kommuner/' + i11 + '/orgnr',
                  parentData: data96,
                  parentDataProperty: 'orgnr',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err124 = {
              instancePath: instancePath + '/kommuner/' + i11,
              schemaPath: '#/properties/kommuner/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.kommuner.items.type,
              parentSchema: schema19.properties.kommuner.items,
              data: data96,
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
          data: data95,
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
      let data103 = data.prosjektperiode;
      if (data103 && typeof data103 == 'object' && !Array.isArray(data103)) {
        if (data103.start === undefined) {
          const err126 = {
            instancePath: instancePath + '/prosjektperiode',
            schemaPath: '#/properties/prosjektperiode/required',
            keyword: 'required',
            params: { missingProperty: 'start' },
            message: "must have required property '" + 'start' + "'",
            schema: schema19.properties.prosjektperiode.required,
            parentSchema: schema19.properties.prosjektperiode,
            data: data103,
          };
          if (vErrors === null) {
            vErrors = [err126];
          } else {
            vErrors.push(err126);
          }
          errors++;
        }
        for (const key20 in data103) {
          if (!(
            key20 === 'start' ||
            key20 === 'slutt' ||
            key20 === 'varighet_år' ||
            key20 === 'avklart' ||
            key20 === 'merknad'
          )) {
            const err127 = {
              instancePath: instancePath + '/prosjektperiode',
              schemaPath: '#/properties/prosjektperiode/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key20 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.prosjektperiode,
              data: data103,
            };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data103.start !== undefined) {
          if (
            !validate59(data103.start, {
              instancePath: instancePath + '/prosjektperiode/start',
              parentData: data103,
              parentDataProperty: 'start',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
        if (data103.slutt !== undefined) {
          if (
            !validate59(data103.slutt, {
              instancePath: instancePath + '/prosjektperiode/slutt',
              parentData: data103,
              parentDataProperty: 'slutt',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
            errors = vErrors.length;
          }
        }
        if (data103['varighet_år'] !== undefined) {
          let data106 = data103['varighet_år'];
          if (!(typeof data106 == 'number' && !(data106 % 1) && !isNaN(data106) && isFinite(data106))) {
            const err128 = {
              instancePath: instancePath + '/prosjektperiode/varighet_år',
              schemaPath: '#/properties/prosjektperiode/properties/varighet_%C3%A5r/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema19.properties.prosjektperiode.properties['varighet_år'].type,
              parentSchema: schema19.properties.prosjektperiode.properties['varighet_år'],
              data: data106,
            };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
          if (typeof data106 == 'number' && isFinite(data106)) {
            if (data106 > 20 || isNaN(data106)) {
              const err129 = {
                instancePath: instancePath + '/prosjektperiode/varighet_år',
                schemaPath: '#/properties/prosjektperiode/properties/varighet_%C3%A5r/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 20 },
                message: 'must be <= 20',
                schema: 20,
                parentSchema: schema19.properties.prosjektperiode.properties['varighet_år'],
                data: data106,
              };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (data106 < 1 || isNaN(data106)) {
              const err130 = {
                instancePath: instancePath + '/prosjektperiode/varighet_år',
                schemaPath: '#/properties/prosjektperiode/properties/varighet_%C3%A5r/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema19.properties.prosjektperiode.properties['varighet_år'],
                data: data106,
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
        if (data103.avklart !== undefined) {
          if (
            !validate128(data103.avklart, {
              instancePath: instancePath + '/prosjektperiode/avklart',
              parentData: data103,
              parentDataProperty: 'avklart',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
            errors = vErrors.length;
          }
        }
        if (data103.merknad !== undefined) {
          if (
            !validate53(data103.merknad, {
              instancePath: instancePath + '/prosjektperiode/merknad',
              parentData: data103,
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
          data: data103,
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
      let data109 = data.tidsplan;
      if (Array.isArray(data109)) {
        if (data109.length > 200) {
          const err132 = {
            instancePath: instancePath + '/tidsplan',
            schemaPath: '#/properties/tidsplan/maxItems',
            keyword: 'maxItems',
            params: { limit: 200 },
            message: 'must NOT have more than 200 items',
            schema: 200,
            parentSchema: schema19.properties.tidsplan,
            data: data109,
          };
          if (vErrors === null) {
            vErrors = [err132];
          } else {
            vErrors.push(err132);
          }
          errors++;
        }
        const len12 = data109.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data110 = data109[i12];
          if (data110 && typeof data110 == 'object' && !Array.isArray(data110)) {
            if (data110.id === undefined) {
              const err133 = {
                instancePath: instancePath + '/tidsplan/' + i12,
                schemaPath: '#/properties/tidsplan/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema19.properties.tidsplan.items.required,
                parentSchema: schema19.properties.tidsplan.items,
                data: data110,
              };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (data110.tittel === undefined) {
              const err134 = {
                instancePath: instancePath + '/tidsplan/' + i12,
                schemaPath: '#/properties/tidsplan/items/required',
                keyword: 'required',
                params: { missingProperty: 'tittel' },
                message: "must have required property '" + 'tittel' + "'",
                schema: schema19.properties.tidsplan.items.required,
                parentSchema: schema19.properties.tidsplan.items,
                data: data110,
              };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            if (data110.dato === undefined) {
              const err135 = {
                instancePath: instancePath + '/tidsplan/' + i12,
                schemaPath: '#/properties/tidsplan/items/required',
                keyword: 'required',
                params: { missingProperty: 'dato' },
                message: "must have required property '" + 'dato' + "'",
                schema: schema19.properties.tidsplan.items.required,
                parentSchema: schema19.properties.tidsplan.items,
                data: data110,
              };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            if (data110.type === undefined) {
              const err136 = {
                instancePath: instancePath + '/tidsplan/' + i12,
                schemaPath: '#/properties/tidsplan/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
                schema: schema19.properties.tidsplan.items.required,
                parentSchema: schema19.properties.tidsplan.items,
                data: data110,
              };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            for (const key21 in data110) {
              if (!(
                key21 === 'id' ||
                key21 === 'tittel' ||
                key21 === 'dato' ||
                key21 === 'type' ||
                key21 === 'avklart' ||
                key21 === 'beskrivelse'
              )) {
                const err137 = {
                  instancePath: instancePath + '/tidsplan/' + i12,
                  schemaPath: '#/properties/tidsplan/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key21 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.tidsplan.items,
                  data: data110,
                };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data110.id !== undefined) {
              if (
                !validate61(data110.id, {
                  instancePath: instancePath + '/tidsplan/' + i12 + '/id',
                  parentData: data110,
                  parentDataProperty: 'id',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data110.tittel !== undefined) {
              if (
                !validate53(data110.tittel, {
                  instancePath: instancePath + '/tidsplan/' + i12 + '/tittel',
                  parentData: data110,
                  parentDataProperty: 'tittel',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data110.dato !== undefined) {
              if (
                !validate59(data110.dato, {
                  instancePath: instancePath + '/tidsplan/' + i12 + '/dato',
                  parentData: data110,
                  parentDataProperty: 'dato',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
            if (data110.type !== undefined) {
              let data114 = data110.type;
              if (!(
                data114 === 'møte' ||
                data114 === 'vedtak' ||
                data114 === 'arbeid' ||
                data114 === 'frist' ||
                data114 === 'milepæl' ||
                data114 === 'fase'
              )) {
                const err138 = {
                  instancePath: instancePath + '/tidsplan/' + i12 + '/type',
                  schemaPath: '#/properties/tidsplan/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema19.properties.tidsplan.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema19.properties.tidsplan.items.properties.type.enum,
                  parentSchema: schema19.properties.tidsplan.items.properties.type,
                  data: data114,
                };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data110.avklart !== undefined) {
              if (
                !validate128(data110.avklart, {
                  instancePath: instancePath + '/tidsplan/' + i12 + '/avklart',
                  parentData: data110,
                  parentDataProperty: 'avklart',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
                errors = vErrors.length;
              }
            }
            if (data110.beskrivelse !== undefined) {
              if (
                !validate53(data110.beskrivelse, {
                  instancePath: instancePath + '/tidsplan/' + i12 + '/beskrivelse',
                  parentData: data110,
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
              instancePath: instancePath + '/tidsplan/' + i12,
              schemaPath: '#/properties/tidsplan/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.tidsplan.items.type,
              parentSchema: schema19.properties.tidsplan.items,
              data: data110,
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
          data: data109,
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
      let data117 = data.budsjett;
      if (data117 && typeof data117 == 'object' && !Array.isArray(data117)) {
        if (data117.kostnader === undefined) {
          const err141 = {
            instancePath: instancePath + '/budsjett',
            schemaPath: '#/properties/budsjett/required',
            keyword: 'required',
            params: { missingProperty: 'kostnader' },
            message: "must have required property '" + 'kostnader' + "'",
            schema: schema19.properties.budsjett.required,
            parentSchema: schema19.properties.budsjett,
            data: data117,
          };
          if (vErrors === null) {
            vErrors = [err141];
          } else {
            vErrors.push(err141);
          }
          errors++;
        }
        if (data117.finansiering === undefined) {
          const err142 = {
            instancePath: instancePath + '/budsjett',
            schemaPath: '#/properties/budsjett/required',
            keyword: 'required',
            params: { missingProperty: 'finansiering' },
            message: "must have required property '" + 'finansiering' + "'",
            schema: schema19.properties.budsjett.required,
            parentSchema: schema19.properties.budsjett,
            data: data117,
          };
          if (vErrors === null) {
            vErrors = [err142];
          } else {
            vErrors.push(err142);
          }
          errors++;
        }
        for (const key22 in data117) {
          if (!(key22 === 'kostnader' || key22 === 'finansiering')) {
            const err143 = {
              instancePath: instancePath + '/budsjett',
              schemaPath: '#/properties/budsjett/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key22 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.budsjett,
              data: data117,
            };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data117.kostnader !== undefined) {
          let data118 = data117.kostnader;
          if (Array.isArray(data118)) {
            if (data118.length > 500) {
              const err144 = {
                instancePath: instancePath + '/budsjett/kostnader',
                schemaPath: '#/properties/budsjett/properties/kostnader/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties.budsjett.properties.kostnader,
                data: data118,
              };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
            const len13 = data118.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data119 = data118[i13];
              if (data119 && typeof data119 == 'object' && !Array.isArray(data119)) {
                if (data119.kategori === undefined) {
                  const err145 = {
                    instancePath: instancePath + '/budsjett/kostnader/' + i13,
                    schemaPath: '#/properties/budsjett/properties/kostnader/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'kategori' },
                    message: "must have required property '" + 'kategori' + "'",
                    schema: schema19.properties.budsjett.properties.kostnader.items.required,
                    parentSchema: schema19.properties.budsjett.properties.kostnader.items,
                    data: data119,
                  };
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                }
                if (data119.beskrivelse === undefined) {
                  const err146 = {
                    instancePath: instancePath + '/budsjett/kostnader/' + i13,
                    schemaPath: '#/properties/budsjett/properties/kostnader/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'beskrivelse' },
                    message: "must have required property '" + 'beskrivelse' + "'",
                    schema: schema19.properties.budsjett.properties.kostnader.items.required,
                    parentSchema: schema19.properties.budsjett.properties.kostnader.items,
                    data: data119,
                  };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
                if (data119['beløp'] === undefined) {
                  const err147 = {
                    instancePath: instancePath + '/budsjett/kostnader/' + i13,
                    schemaPath: '#/properties/budsjett/properties/kostnader/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'beløp' },
                    message: "must have required property '" + 'beløp' + "'",
                    schema: schema19.properties.budsjett.properties.kostnader.items.required,
                    parentSchema: schema19.properties.budsjett.properties.kostnader.items,
                    data: data119,
                  };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
                for (const key23 in data119) {
                  if (!(
                    key23 === 'id' ||
                    key23 === 'kategori' ||
                    key23 === 'beskrivelse' ||
                    key23 === 'år' ||
                    key23 === 'beløp'
                  )) {
                    const err148 = {
                      instancePath: instancePath + '/budsjett/kostnader/' + i13,
                      schemaPath: '#/properties/budsjett/properties/kostnader/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key23 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema19.properties.budsjett.properties.kostnader.items,
                      data: data119,
                    };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                if (data119.id !== undefined) {
                  if (
                    !validate61(data119.id, {
                      instancePath: instancePath + '/budsjett/kostnader/' + i13 + '/id',
                      parentData: data119,
                      parentDataProperty: 'id',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                    errors = vErrors.length;
                  }
                }
                if (data119.kategori !== undefined) {
                  if (
                    !validate53(data119.kategori, {
                      instancePath: instancePath + '/budsjett/kostnader/' + i13 + '/kategori',
                      parentData: data119,
                      parentDataProperty: 'kategori',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data119.beskrivelse !== undefined) {
                  if (
                    !validate53(data119.beskrivelse, {
                      instancePath: instancePath + '/budsjett/kostnader/' + i13 + '/beskrivelse',
                      parentData: data119,
                      parentDataProperty: 'beskrivelse',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data119['år'] !== undefined) {
                  if (
                    !validate96(data119['år'], {
                      instancePath: instancePath + '/budsjett/kostnader/' + i13 + '/år',
                      parentData: data119,
                      parentDataProperty: 'år',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                    errors = vErrors.length;
                  }
                }
                if (data119['beløp'] !== undefined) {
                  if (
                    !validate91(data119['beløp'], {
                      instancePath: instancePath + '/budsjett/kostnader/' + i13 + '/beløp',
                      parentData: data119,
                      parentDataProperty: 'beløp',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err149 = {
                  instancePath: instancePath + '/budsjett/kostnader/' + i13,
                  schemaPath: '#/properties/budsjett/properties/kostnader/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema19.properties.budsjett.properties.kostnader.items.type,
                  parentSchema: schema19.properties.budsjett.properties.kostnader.items,
                  data: data119,
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
              data: data118,
            };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
        if (data117.finansiering !== undefined) {
          let data125 = data117.finansiering;
          if (Array.isArray(data125)) {
            if (data125.length > 500) {
              const err151 = {
                instancePath: instancePath + '/budsjett/finansiering',
                schemaPath: '#/properties/budsjett/properties/finansiering/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties.budsjett.properties.finansiering,
                data: data125,
              };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
            const len14 = data125.length;
            for (let i14 = 0; i14 < len14; i14++) {
              let data126 = data125[i14];
              if (data126 && typeof data126 == 'object' && !Array.isArray(data126)) {
                if (data126.kilde === undefined) {
                  const err152 = {
                    instancePath: instancePath + '/budsjett/finansiering/' + i14,
                    schemaPath: '#/properties/budsjett/properties/finansiering/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'kilde' },
                    message: "must have required property '" + 'kilde' + "'",
                    schema: schema19.properties.budsjett.properties.finansiering.items.required,
                    parentSchema: schema19.properties.budsjett.properties.finansiering.items,
                    data: data126,
                  };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
                if (data126.form === undefined) {
                  const err153 = {
                    instancePath: instancePath + '/budsjett/finansiering/' + i14,
                    schemaPath: '#/properties/budsjett/properties/finansiering/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'form' },
                    message: "must have required property '" + 'form' + "'",
                    schema: schema19.properties.budsjett.properties.finansiering.items.required,
                    parentSchema: schema19.properties.budsjett.properties.finansiering.items,
                    data: data126,
                  };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
                if (data126['beløp'] === undefined) {
                  const err154 = {
                    instancePath: instancePath + '/budsjett/finansiering/' + i14,
                    schemaPath: '#/properties/budsjett/properties/finansiering/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'beløp' },
                    message: "must have required property '" + 'beløp' + "'",
                    schema: schema19.properties.budsjett.properties.finansiering.items.required,
                    parentSchema: schema19.properties.budsjett.properties.finansiering.items,
                    data: data126,
                  };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
                for (const key24 in data126) {
                  if (!(
                    key24 === 'kilde' ||
                    key24 === 'form' ||
                    key24 === 'år' ||
                    key24 === 'beskrivelse' ||
                    key24 === 'beløp'
                  )) {
                    const err155 = {
                      instancePath: instancePath + '/budsjett/finansiering/' + i14,
                      schemaPath: '#/properties/budsjett/properties/finansiering/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key24 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema19.properties.budsjett.properties.finansiering.items,
                      data: data126,
                    };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
                if (data126.kilde !== undefined) {
                  if (
                    !validate61(data126.kilde, {
                      instancePath: instancePath + '/budsjett/finansiering/' + i14 + '/kilde',
                      parentData: data126,
                      parentDataProperty: 'kilde',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                    errors = vErrors.length;
                  }
                }
                if (data126.form !== undefined) {
                  if (
                    !validate114(data126.form, {
                      instancePath: instancePath + '/budsjett/finansiering/' + i14 + '/form',
                      parentData: data126,
                      parentDataProperty: 'form',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
                    errors = vErrors.length;
                  }
                }
                if (data126['år'] !== undefined) {
                  if (
                    !validate96(data126['år'], {
                      instancePath: instancePath + '/budsjett/finansiering/' + i14 + '/år',
                      parentData: data126,
                      parentDataProperty: 'år',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                    errors = vErrors.length;
                  }
                }
                if (data126.beskrivelse !== undefined) {
                  if (
                    !validate53(data126.beskrivelse, {
                      instancePath: instancePath + '/budsjett/finansiering/' + i14 + '/beskrivelse',
                      parentData: data126,
                      parentDataProperty: 'beskrivelse',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data126['beløp'] !== undefined) {
                  if (
                    !validate91(data126['beløp'], {
                      instancePath: instancePath + '/budsjett/finansiering/' + i14 + '/beløp',
                      parentData: data126,
                      parentDataProperty: 'beløp',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err156 = {
                  instancePath: instancePath + '/budsjett/finansiering/' + i14,
                  schemaPath: '#/properties/budsjett/properties/finansiering/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema19.properties.budsjett.properties.finansiering.items.type,
                  parentSchema: schema19.properties.budsjett.properties.finansiering.items,
                  data: data126,
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
              data: data125,
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
          data: data117,
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
      let data132 = data['åpne_spørsmål'];
      if (Array.isArray(data132)) {
        if (data132.length > 500) {
          const err159 = {
            instancePath: instancePath + '/åpne_spørsmål',
            schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties['åpne_spørsmål'],
            data: data132,
          };
          if (vErrors === null) {
            vErrors = [err159];
          } else {
            vErrors.push(err159);
          }
          errors++;
        }
        const len15 = data132.length;
        for (let i15 = 0; i15 < len15; i15++) {
          let data133 = data132[i15];
          if (data133 && typeof data133 == 'object' && !Array.isArray(data133)) {
            if (data133.id === undefined) {
              const err160 = {
                instancePath: instancePath + '/åpne_spørsmål/' + i15,
                schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema19.properties['åpne_spørsmål'].items.required,
                parentSchema: schema19.properties['åpne_spørsmål'].items,
                data: data133,
              };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            if (data133['spørsmål'] === undefined) {
              const err161 = {
                instancePath: instancePath + '/åpne_spørsmål/' + i15,
                schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/items/required',
                keyword: 'required',
                params: { missingProperty: 'spørsmål' },
                message: "must have required property '" + 'spørsmål' + "'",
                schema: schema19.properties['åpne_spørsmål'].items.required,
                parentSchema: schema19.properties['åpne_spørsmål'].items,
                data: data133,
              };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
            for (const key25 in data133) {
              if (!(
                key25 === 'id' ||
                key25 === 'spørsmål' ||
                key25 === 'ansvarlig' ||
                key25 === 'frist' ||
                key25 === 'gjelder'
              )) {
                const err162 = {
                  instancePath: instancePath + '/åpne_spørsmål/' + i15,
                  schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key25 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties['åpne_spørsmål'].items,
                  data: data133,
                };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data133.id !== undefined) {
              if (
                !validate61(data133.id, {
                  instancePath: instancePath + '/åpne_spørsmål/' + i15 + '/id',
                  parentData: data133,
                  parentDataProperty: 'id',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data133['spørsmål'] !== undefined) {
              if (
                !validate53(data133['spørsmål'], {
                  instancePath: instancePath + '/åpne_spørsmål/' + i15 + '/spørsmål',
                  parentData: data133,
                  parentDataProperty: 'spørsmål',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data133.ansvarlig !== undefined) {
              if (
                !validate53(data133.ansvarlig, {
                  instancePath: instancePath + '/åpne_spørsmål/' + i15 + '/ansvarlig',
                  parentData: data133,
                  parentDataProperty: 'ansvarlig',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data133.frist !== undefined) {
              if (
                !validate59(data133.frist, {
                  instancePath: instancePath + '/åpne_spørsmål/' + i15 + '/frist',
                  parentData: data133,
                  parentDataProperty: 'frist',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
            if (data133.gjelder !== undefined) {
              if (
                !validate53(data133.gjelder, {
                  instancePath: instancePath + '/åpne_spørsmål/' + i15 + '/gjelder',
                  parentData: data133,
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
              instancePath: instancePath + '/åpne_spørsmål/' + i15,
              schemaPath: '#/properties/%C3%A5pne_sp%C3%B8rsm%C3%A5l/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties['åpne_spørsmål'].items.type,
              parentSchema: schema19.properties['åpne_spørsmål'].items,
              data: data133,
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
          data: data132,
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
      let data139 = data.forslag_til_vedtak;
      if (data139 && typeof data139 == 'object' && !Array.isArray(data139)) {
        if (data139.organ === undefined) {
          const err165 = {
            instancePath: instancePath + '/forslag_til_vedtak',
            schemaPath: '#/properties/forslag_til_vedtak/required',
            keyword: 'required',
            params: { missingProperty: 'organ' },
            message: "must have required property '" + 'organ' + "'",
            schema: schema19.properties.forslag_til_vedtak.required,
            parentSchema: schema19.properties.forslag_til_vedtak,
            data: data139,
          };
          if (vErrors === null) {
            vErrors = [err165];
          } else {
            vErrors.push(err165);
          }
          errors++;
        }
        if (data139.punkter === undefined) {
          const err166 = {
            instancePath: instancePath + '/forslag_til_vedtak',
            schemaPath: '#/properties/forslag_til_vedtak/required',
            keyword: 'required',
            params: { missingProperty: 'punkter' },
            message: "must have required property '" + 'punkter' + "'",
            schema: schema19.properties.forslag_til_vedtak.required,
            parentSchema: schema19.properties.forslag_til_vedtak,
            data: data139,
          };
          if (vErrors === null) {
            vErrors = [err166];
          } else {
            vErrors.push(err166);
          }
          errors++;
        }
        for (const key26 in data139) {
          if (!(key26 === 'organ' || key26 === 'punkter')) {
            const err167 = {
              instancePath: instancePath + '/forslag_til_vedtak',
              schemaPath: '#/properties/forslag_til_vedtak/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key26 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema19.properties.forslag_til_vedtak,
              data: data139,
            };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        if (data139.organ !== undefined) {
          if (
            !validate53(data139.organ, {
              instancePath: instancePath + '/forslag_til_vedtak/organ',
              parentData: data139,
              parentDataProperty: 'organ',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data139.punkter !== undefined) {
          let data141 = data139.punkter;
          if (Array.isArray(data141)) {
            if (data141.length > 500) {
              const err168 = {
                instancePath: instancePath + '/forslag_til_vedtak/punkter',
                schemaPath: '#/properties/forslag_til_vedtak/properties/punkter/maxItems',
                keyword: 'maxItems',
                params: { limit: 500 },
                message: 'must NOT have more than 500 items',
                schema: 500,
                parentSchema: schema19.properties.forslag_til_vedtak.properties.punkter,
                data: data141,
              };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
            if (data141.length < 1) {
              const err169 = {
                instancePath: instancePath + '/forslag_til_vedtak/punkter',
                schemaPath: '#/properties/forslag_til_vedtak/properties/punkter/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema19.properties.forslag_til_vedtak.properties.punkter,
                data: data141,
              };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
            const len16 = data141.length;
            for (let i16 = 0; i16 < len16; i16++) {
              if (
                !validate53(data141[i16], {
                  instancePath: instancePath + '/forslag_til_vedtak/punkter/' + i16,
                  parentData: data141,
                  parentDataProperty: i16,
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
              data: data141,
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
          data: data139,
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
      let data143 = data.vedlegg;
      if (Array.isArray(data143)) {
        if (data143.length > 500) {
          const err172 = {
            instancePath: instancePath + '/vedlegg',
            schemaPath: '#/properties/vedlegg/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.vedlegg,
            data: data143,
          };
          if (vErrors === null) {
            vErrors = [err172];
          } else {
            vErrors.push(err172);
          }
          errors++;
        }
        const len17 = data143.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data144 = data143[i17];
          if (data144 && typeof data144 == 'object' && !Array.isArray(data144)) {
            if (data144.tittel === undefined) {
              const err173 = {
                instancePath: instancePath + '/vedlegg/' + i17,
                schemaPath: '#/properties/vedlegg/items/required',
                keyword: 'required',
                params: { missingProperty: 'tittel' },
                message: "must have required property '" + 'tittel' + "'",
                schema: schema19.properties.vedlegg.items.required,
                parentSchema: schema19.properties.vedlegg.items,
                data: data144,
              };
              if (vErrors === null) {
                vErrors = [err173];
              } else {
                vErrors.push(err173);
              }
              errors++;
            }
            for (const key27 in data144) {
              if (!(key27 === 'tittel' || key27 === 'url' || key27 === 'fil')) {
                const err174 = {
                  instancePath: instancePath + '/vedlegg/' + i17,
                  schemaPath: '#/properties/vedlegg/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key27 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.vedlegg.items,
                  data: data144,
                };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
            if (data144.tittel !== undefined) {
              if (
                !validate53(data144.tittel, {
                  instancePath: instancePath + '/vedlegg/' + i17 + '/tittel',
                  parentData: data144,
                  parentDataProperty: 'tittel',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data144.url !== undefined) {
              if (
                !validate98(data144.url, {
                  instancePath: instancePath + '/vedlegg/' + i17 + '/url',
                  parentData: data144,
                  parentDataProperty: 'url',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
                errors = vErrors.length;
              }
            }
            if (data144.fil !== undefined) {
              let data147 = data144.fil;
              if (typeof data147 === 'string') {
                if (!pattern5.test(data147)) {
                  const err175 = {
                    instancePath: instancePath + '/vedlegg/' + i17 + '/fil',
                    schemaPath: '#/properties/vedlegg/items/properties/fil/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\.[pP][dD][fF]$' },
                    message: 'must match pattern "' + '\\.[pP][dD][fF]$' + '"',
                    schema: '\\.[pP][dD][fF]$',
                    parentSchema: schema19.properties.vedlegg.items.properties.fil,
                    data: data147,
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
                  instancePath: instancePath + '/vedlegg/' + i17 + '/fil',
                  schemaPath: '#/properties/vedlegg/items/properties/fil/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema19.properties.vedlegg.items.properties.fil.type,
                  parentSchema: schema19.properties.vedlegg.items.properties.fil,
                  data: data147,
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
              instancePath: instancePath + '/vedlegg/' + i17,
              schemaPath: '#/properties/vedlegg/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.vedlegg.items.type,
              parentSchema: schema19.properties.vedlegg.items,
              data: data144,
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
          data: data143,
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
      let data148 = data.dokumenter;
      if (Array.isArray(data148)) {
        if (data148.length > 500) {
          const err179 = {
            instancePath: instancePath + '/dokumenter',
            schemaPath: '#/properties/dokumenter/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
            message: 'must NOT have more than 500 items',
            schema: 500,
            parentSchema: schema19.properties.dokumenter,
            data: data148,
          };
          if (vErrors === null) {
            vErrors = [err179];
          } else {
            vErrors.push(err179);
          }
          errors++;
        }
        const len18 = data148.length;
        for (let i18 = 0; i18 < len18; i18++) {
          let data149 = data148[i18];
          if (data149 && typeof data149 == 'object' && !Array.isArray(data149)) {
            if (data149.id === undefined) {
              const err180 = {
                instancePath: instancePath + '/dokumenter/' + i18,
                schemaPath: '#/properties/dokumenter/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema19.properties.dokumenter.items.required,
                parentSchema: schema19.properties.dokumenter.items,
                data: data149,
              };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
            if (data149.type === undefined) {
              const err181 = {
                instancePath: instancePath + '/dokumenter/' + i18,
                schemaPath: '#/properties/dokumenter/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
                schema: schema19.properties.dokumenter.items.required,
                parentSchema: schema19.properties.dokumenter.items,
                data: data149,
              };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
            if (data149.tittel === undefined) {
              const err182 = {
                instancePath: instancePath + '/dokumenter/' + i18,
                schemaPath: '#/properties/dokumenter/items/required',
                keyword: 'required',
                params: { missingProperty: 'tittel' },
                message: "must have required property '" + 'tittel' + "'",
                schema: schema19.properties.dokumenter.items.required,
                parentSchema: schema19.properties.dokumenter.items,
                data: data149,
              };
              if (vErrors === null) {
                vErrors = [err182];
              } else {
                vErrors.push(err182);
              }
              errors++;
            }
            for (const key28 in data149) {
              if (!func1.call(schema19.properties.dokumenter.items.properties, key28)) {
                const err183 = {
                  instancePath: instancePath + '/dokumenter/' + i18,
                  schemaPath: '#/properties/dokumenter/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key28 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema19.properties.dokumenter.items,
                  data: data149,
                };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
            }
            if (data149.id !== undefined) {
              let data150 = data149.id;
              if (
                !validate61(data150, {
                  instancePath: instancePath + '/dokumenter/' + i18 + '/id',
                  parentData: data149,
                  parentDataProperty: 'id',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
              if (typeof data150 === 'string') {
                if (func2(data150) > 64) {
                  const err184 = {
                    instancePath: instancePath + '/dokumenter/' + i18 + '/id',
                    schemaPath: '#/properties/dokumenter/items/properties/id/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 64 },
                    message: 'must NOT have more than 64 characters',
                    schema: 64,
                    parentSchema: schema19.properties.dokumenter.items.properties.id,
                    data: data150,
                  };
                  if (vErrors === null) {
                    vErrors = [err184];
                  } else {
                    vErrors.push(err184);
                  }
                  errors++;
                }
                if (!pattern6.test(data150)) {
                  const err185 = {
                    instancePath: instancePath + '/dokumenter/' + i18 + '/id',
                    schemaPath: '#/properties/dokumenter/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$' },
                    message: 'must match pattern "' + '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$' + '"',
                    schema: '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$',
                    parentSchema: schema19.properties.dokumenter.items.properties.id,
                    data: data150,
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
            if (data149.type !== undefined) {
              let data151 = data149.type;
              if (!(data151 === 'prosjektbeskrivelse' || data151 === 'søknad')) {
                const err186 = {
                  instancePath: instancePath + '/dokumenter/' + i18 + '/type',
                  schemaPath: '#/properties/dokumenter/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema19.properties.dokumenter.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema19.properties.dokumenter.items.properties.type.enum,
                  parentSchema: schema19.properties.dokumenter.items.properties.type,
                  data: data151,
                };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
            if (data149.tittel !== undefined) {
              if (
                !validate53(data149.tittel, {
                  instancePath: instancePath + '/dokumenter/' + i18 + '/tittel',
                  parentData: data149,
                  parentDataProperty: 'tittel',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data149.mottaker !== undefined) {
              if (
                !validate61(data149.mottaker, {
                  instancePath: instancePath + '/dokumenter/' + i18 + '/mottaker',
                  parentData: data149,
                  parentDataProperty: 'mottaker',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            if (data149.ordning !== undefined) {
              if (
                !validate53(data149.ordning, {
                  instancePath: instancePath + '/dokumenter/' + i18 + '/ordning',
                  parentData: data149,
                  parentDataProperty: 'ordning',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data149.frist !== undefined) {
              if (
                !validate59(data149.frist, {
                  instancePath: instancePath + '/dokumenter/' + i18 + '/frist',
                  parentData: data149,
                  parentDataProperty: 'frist',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
              }
            }
            if (data149.frist_avklart !== undefined) {
              let data156 = data149.frist_avklart;
              if (typeof data156 !== 'boolean') {
                const err187 = {
                  instancePath: instancePath + '/dokumenter/' + i18 + '/frist_avklart',
                  schemaPath: '#/properties/dokumenter/items/properties/frist_avklart/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema19.properties.dokumenter.items.properties.frist_avklart.type,
                  parentSchema: schema19.properties.dokumenter.items.properties.frist_avklart,
                  data: data156,
                };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
            if (data149['søkt_beløp'] !== undefined) {
              let data157 = data149['søkt_beløp'];
              if (Array.isArray(data157)) {
                if (data157.length > 500) {
                  const err188 = {
                    instancePath: instancePath + '/dokumenter/' + i18 + '/søkt_beløp',
                    schemaPath: '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 500 },
                    message: 'must NOT have more than 500 items',
                    schema: 500,
                    parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'],
                    data: data157,
                  };
                  if (vErrors === null) {
                    vErrors = [err188];
                  } else {
                    vErrors.push(err188);
                  }
                  errors++;
                }
                const len19 = data157.length;
                for (let i19 = 0; i19 < len19; i19++) {
                  let data158 = data157[i19];
                  if (data158 && typeof data158 == 'object' && !Array.isArray(data158)) {
                    if (data158['år'] === undefined) {
                      const err189 = {
                        instancePath: instancePath + '/dokumenter/' + i18 + '/søkt_beløp/' + i19,
                        schemaPath:
                          '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'år' },
                        message: "must have required property '" + 'år' + "'",
                        schema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items.required,
                        parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items,
                        data: data158,
                      };
                      if (vErrors === null) {
                        vErrors = [err189];
                      } else {
                        vErrors.push(err189);
                      }
                      errors++;
                    }
                    if (data158['beløp'] === undefined) {
                      const err190 = {
                        instancePath: instancePath + '/dokumenter/' + i18 + '/søkt_beløp/' + i19,
                        schemaPath:
                          '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'beløp' },
                        message: "must have required property '" + 'beløp' + "'",
                        schema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items.required,
                        parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items,
                        data: data158,
                      };
                      if (vErrors === null) {
                        vErrors = [err190];
                      } else {
                        vErrors.push(err190);
                      }
                      errors++;
                    }
                    for (const key29 in data158) {
                      if (!(key29 === 'år' || key29 === 'beløp')) {
                        const err191 = {
                          instancePath: instancePath + '/dokumenter/' + i18 + '/søkt_beløp/' + i19,
                          schemaPath:
                            '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key29 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items,
                          data: data158,
                        };
                        if (vErrors === null) {
                          vErrors = [err191];
                        } else {
                          vErrors.push(err191);
                        }
                        errors++;
                      }
                    }
                    if (data158['år'] !== undefined) {
                      if (
                        !validate96(data158['år'], {
                          instancePath: instancePath + '/dokumenter/' + i18 + '/søkt_beløp/' + i19 + '/år',
                          parentData: data158,
                          parentDataProperty: 'år',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data158['beløp'] !== undefined) {
                      if (
                        !validate91(data158['beløp'], {
                          instancePath: instancePath + '/dokumenter/' + i18 + '/søkt_beløp/' + i19 + '/beløp',
                          parentData: data158,
                          parentDataProperty: 'beløp',
                          rootData,
                          dynamicAnchors,
                        })
                      ) {
                        vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err192 = {
                      instancePath: instancePath + '/dokumenter/' + i18 + '/søkt_beløp/' + i19,
                      schemaPath: '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items.type,
                      parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'].items,
                      data: data158,
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
                  instancePath: instancePath + '/dokumenter/' + i18 + '/søkt_beløp',
                  schemaPath: '#/properties/dokumenter/items/properties/s%C3%B8kt_bel%C3%B8p/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema19.properties.dokumenter.items.properties['søkt_beløp'].type,
                  parentSchema: schema19.properties.dokumenter.items.properties['søkt_beløp'],
                  data: data157,
                };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
            if (data149.regler !== undefined) {
              let data161 = data149.regler;
              if (data161 && typeof data161 == 'object' && !Array.isArray(data161)) {
                for (const key30 in data161) {
                  if (!(
                    key30 === 'kortbeskrivelse_maks_tegn' ||
                    key30 === 'maks_andel_av_kostnader_prosent' ||
                    key30 === 'min_egenfinansiering_prosent' ||
                    key30 === 'maks_per_år' ||
                    key30 === 'maks_totalt' ||
                    key30 === 'min_søkt_beløp' ||
                    key30 === 'kun_kommune_kan_søke'
                  )) {
                    const err194 = {
                      instancePath: instancePath + '/dokumenter/' + i18 + '/regler',
                      schemaPath: '#/properties/dokumenter/items/properties/regler/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key30 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema19.properties.dokumenter.items.properties.regler,
                      data: data161,
                    };
                    if (vErrors === null) {
                      vErrors = [err194];
                    } else {
                      vErrors.push(err194);
                    }
                    errors++;
                  }
                }
                if (data161.kortbeskrivelse_maks_tegn !== undefined) {
                  let data162 = data161.kortbeskrivelse_maks_tegn;
                  if (!(
                    typeof data162 == 'number' &&
                    !(data162 % 1) &&
                    !isNaN(data162) &&
                    isFinite(data162)
                  )) {
                    const err195 = {
                      instancePath: instancePath + '/dokumenter/' + i18 + '/regler/kortbeskrivelse_maks_tegn',
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
                      data: data162,
                    };
                    if (vErrors === null) {
                      vErrors = [err195];
                    } else {
                      vErrors.push(err195);
                    }
                    errors++;
                  }
                  if (typeof data162 == 'number' && isFinite(data162)) {
                    if (data162 < 1 || isNaN(data162)) {
                      const err196 = {
                        instancePath:
                          instancePath + '/dokumenter/' + i18 + '/regler/kortbeskrivelse_maks_tegn',
                        schemaPath:
                          '#/properties/dokumenter/items/properties/regler/properties/kortbeskrivelse_maks_tegn/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema:
                          schema19.properties.dokumenter.items.properties.regler.properties
                            .kortbeskrivelse_maks_tegn,
                        data: data162,
                      };
                      if (vErrors === null) {
                        vErrors = [err196];
                      } else {
                        vErrors.push(err196);
                      }
                      errors++;
                    }
                  }
                }
                if (data161.maks_andel_av_kostnader_prosent !== undefined) {
                  let data163 = data161.maks_andel_av_kostnader_prosent;
                  if (typeof data163 == 'number' && isFinite(data163)) {
                    if (data163 > 100 || isNaN(data163)) {
                      const err197 = {
                        instancePath:
                          instancePath + '/dokumenter/' + i18 + '/regler/maks_andel_av_kostnader_prosent',
                        schemaPath:
                          '#/properties/dokumenter/items/properties/regler/properties/maks_andel_av_kostnader_prosent/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 100 },
                        message: 'must be <= 100',
                        schema: 100,
                        parentSchema:
                          schema19.properties.dokumenter.items.properties.regler.properties
                            .maks_andel_av_kostnader_prosent,
                        data: data163,
                      };
                      if (vErrors === null) {
                        vErrors = [err197];
                      } else {
                        vErrors.push(err197);
                      }
                      errors++;
                    }
                    if (data163 < 0 || isNaN(data163)) {
                      const err198 = {
                        instancePath:
                          instancePath + '/dokumenter/' + i18 + '/regler/maks_andel_av_kostnader_prosent',
                        schemaPath:
                          '#/properties/dokumenter/items/properties/regler/properties/maks_andel_av_kostnader_prosent/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                        schema: 0,
                        parentSchema:
                          schema19.properties.dokumenter.items.properties.regler.properties
                            .maks_andel_av_kostnader_prosent,
                        data: data163,
                      };
                      if (vErrors === null) {
                        vErrors = [err198];
                      } else {
                        vErrors.push(err198);
                      }
                      errors++;
                    }
                  } else {
                    const err199 = {
                      instancePath:
                        instancePath + '/dokumenter/' + i18 + '/regler/maks_andel_av_kostnader_prosent',
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
                      data: data163,
                    };
                    if (vErrors === null) {
                      vErrors = [err199];
                    } else {
                      vErrors.push(err199);
                    }
                    errors++;
                  }
                }
                if (data161.min_egenfinansiering_prosent !== undefined) {
                  let data164 = data161.min_egenfinansiering_prosent;
                  if (typeof data164 == 'number' && isFinite(data164)) {
                    if (data164 > 100 || isNaN(data164)) {
                      const err200 = {
                        instancePath:
                          instancePath + '/dokumenter/' + i18 + '/regler/min_egenfinansiering_prosent',
                        schemaPath:
                          '#/properties/dokumenter/items/properties/regler/properties/min_egenfinansiering_prosent/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 100 },
                        message: 'must be <= 100',
                        schema: 100,
                        parentSchema:
                          schema19.properties.dokumenter.items.properties.regler.properties
                            .min_egenfinansiering_prosent,
                        data: data164,
                      };
                      if (vErrors === null) {
                        vErrors = [err200];
                      } else {
                        vErrors.push(err200);
                      }
                      errors++;
                    }
                    if (data164 < 0 || isNaN(data164)) {
                      const err201 = {
                        instancePath:
                          instancePath + '/dokumenter/' + i18 + '/regler/min_egenfinansiering_prosent',
                        schemaPath:
                          '#/properties/dokumenter/items/properties/regler/properties/min_egenfinansiering_prosent/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                        schema: 0,
                        parentSchema:
                          schema19.properties.dokumenter.items.properties.regler.properties
                            .min_egenfinansiering_prosent,
                        data: data164,
                      };
                      if (vErrors === null) {
                        vErrors = [err201];
                      } else {
                        vErrors.push(err201);
                      }
                      errors++;
                    }
                  } else {
                    const err202 = {
                      instancePath:
                        instancePath + '/dokumenter/' + i18 + '/regler/min_egenfinansiering_prosent',
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
                      data: data164,
                    };
                    if (vErrors === null) {
                      vErrors = [err202];
                    } else {
                      vErrors.push(err202);
                    }
                    errors++;
                  }
                }
                if (data161['maks_per_år'] !== undefined) {
                  if (
                    !validate162(data161['maks_per_år'], {
                      instancePath: instancePath + '/dokumenter/' + i18 + '/regler/maks_per_år',
                      parentData: data161,
                      parentDataProperty: 'maks_per_år',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
                    errors = vErrors.length;
                  }
                }
                if (data161.maks_totalt !== undefined) {
                  if (
                    !validate162(data161.maks_totalt, {
                      instancePath: instancePath + '/dokumenter/' + i18 + '/regler/maks_totalt',
                      parentData: data161,
                      parentDataProperty: 'maks_totalt',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
                    errors = vErrors.length;
                  }
                }
                if (data161['min_søkt_beløp'] !== undefined) {
                  if (
                    !validate162(data161['min_søkt_beløp'], {
                      instancePath: instancePath + '/dokumenter/' + i18 + '/regler/min_søkt_beløp',
                      parentData: data161,
                      parentDataProperty: 'min_søkt_beløp',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
                    errors = vErrors.length;
                  }
                }
                if (data161['kun_kommune_kan_søke'] !== undefined) {
                  let data168 = data161['kun_kommune_kan_søke'];
                  if (typeof data168 !== 'boolean') {
                    const err203 = {
                      instancePath: instancePath + '/dokumenter/' + i18 + '/regler/kun_kommune_kan_søke',
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
                      data: data168,
                    };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                }
              } else {
                const err204 = {
                  instancePath: instancePath + '/dokumenter/' + i18 + '/regler',
                  schemaPath: '#/properties/dokumenter/items/properties/regler/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema19.properties.dokumenter.items.properties.regler.type,
                  parentSchema: schema19.properties.dokumenter.items.properties.regler,
                  data: data161,
                };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
            if (data149.mal !== undefined) {
              let data169 = data149.mal;
              if (typeof data169 === 'string') {
                if (!pattern7.test(data169)) {
                  const err205 = {
                    instancePath: instancePath + '/dokumenter/' + i18 + '/mal',
                    schemaPath: '#/properties/dokumenter/items/properties/mal/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*(\\.md\\.hbs)?$' },
                    message: 'must match pattern "' + '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*(\\.md\\.hbs)?$' + '"',
                    schema: '^[a-z0-9æøå]+(-[a-z0-9æøå]+)*(\\.md\\.hbs)?$',
                    parentSchema: schema19.properties.dokumenter.items.properties.mal,
                    data: data169,
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
                  instancePath: instancePath + '/dokumenter/' + i18 + '/mal',
                  schemaPath: '#/properties/dokumenter/items/properties/mal/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema19.properties.dokumenter.items.properties.mal.type,
                  parentSchema: schema19.properties.dokumenter.items.properties.mal,
                  data: data169,
                };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
            }
          } else {
            const err207 = {
              instancePath: instancePath + '/dokumenter/' + i18,
              schemaPath: '#/properties/dokumenter/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema19.properties.dokumenter.items.type,
              parentSchema: schema19.properties.dokumenter.items,
              data: data149,
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
          instancePath: instancePath + '/dokumenter',
          schemaPath: '#/properties/dokumenter/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema19.properties.dokumenter.type,
          parentSchema: schema19.properties.dokumenter,
          data: data148,
        };
        if (vErrors === null) {
          vErrors = [err208];
        } else {
          vErrors.push(err208);
        }
        errors++;
      }
    }
  } else {
    const err209 = {
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
      vErrors = [err209];
    } else {
      vErrors.push(err209);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
