import type { Border } from './schema.ts'

/**
 * Kazakhstan's land borders: CIA World Factbook 2024 figures (shared/research/kazakhstan.md §1a),
 * with the other published figures (§1b) as footnotes. Shares of the total are computed from these
 * lengths and `totalLandBorderKm` where they are shown, never stored.
 */
export const borders: Border[] = [
  {
    neighbour: 'rus',
    lengthKm: 7644,
    sources: ['kz-factbook-kazakhstan', 'kz-factbook-russia', 'kz-wikipedia-kaz-rus-border'],
    otherFigures: [
      {
        value: 'more than 7,800 km (Sovereign Limits)',
        sources: ['kz-sovereignlimits-kaz-rus'],
      },
      {
        value: '7,591 km (Kazakh-language Wikipedia; not confirmed as an official figure)',
        sources: ['kz-wikipedia-kk'],
      },
      {
        value: '7,548.1 km (Kazakh data on a Kyrgyz Foreign Ministry page)',
        sources: ['kz-kyrgyz-mfa-almaty'],
      },
      {
        value:
          '7,512.8 km on land (5,936.1 km overland, 1,516.7 km along rivers, 60 km through lakes) plus 85.8 km maritime (Russian-language Wikipedia)',
        sources: ['kz-wikipedia-ru-border'],
      },
      {
        value: 'over 7,500 km (TASS, 2025)',
        sources: ['kz-tass-2025-border'],
      },
      {
        value:
          '6,846 km (CIA World Factbook 1994; also older revisions of the English Wikipedia article)',
        sources: ['kz-factbook-1994', 'kz-wikipedia-kaz-rus-border'],
      },
      {
        value: '6,477 km (olympic.kz)',
        sources: ['kz-olympic-kz'],
      },
    ],
  },
  {
    neighbour: 'chn',
    lengthKm: 1765,
    sources: ['kz-factbook-kazakhstan'],
    otherFigures: [
      {
        value: '1,782.8 km (Kazakh data on a Kyrgyz Foreign Ministry page)',
        sources: ['kz-kyrgyz-mfa-almaty'],
      },
      {
        value: '1,782 km (Kazakh-language Wikipedia)',
        sources: ['kz-wikipedia-kk'],
      },
      {
        value: '1,533 km (CIA World Factbook 1994)',
        sources: ['kz-factbook-1994'],
      },
      {
        value: '1,460 km (olympic.kz)',
        sources: ['kz-olympic-kz'],
      },
    ],
  },
  {
    neighbour: 'kgz',
    lengthKm: 1212,
    sources: ['kz-factbook-kazakhstan'],
    otherFigures: [
      {
        value: '1,241.6 km (Kazakh data on a Kyrgyz Foreign Ministry page)',
        sources: ['kz-kyrgyz-mfa-almaty'],
      },
      {
        value: '1,241 km (Kazakh-language Wikipedia)',
        sources: ['kz-wikipedia-kk'],
      },
      {
        value: '1,051 km (CIA World Factbook 1994)',
        sources: ['kz-factbook-1994'],
      },
      {
        value: '980 km (olympic.kz)',
        sources: ['kz-olympic-kz'],
      },
    ],
  },
  {
    neighbour: 'uzb',
    lengthKm: 2330,
    sources: ['kz-factbook-kazakhstan'],
    otherFigures: [
      {
        value: '2,354 km (Kazakh-language Wikipedia)',
        sources: ['kz-wikipedia-kk'],
      },
      {
        value: '2,351.4 km (Kazakh data on a Kyrgyz Foreign Ministry page)',
        sources: ['kz-kyrgyz-mfa-almaty'],
      },
      {
        value: '2,333 km (worldatlas.com)',
        sources: ['kz-worldatlas-borders'],
      },
      {
        value: '2,300 km (olympic.kz)',
        sources: ['kz-olympic-kz'],
      },
      {
        value: '2,203 km (CIA World Factbook 1994)',
        sources: ['kz-factbook-1994'],
      },
    ],
  },
  {
    neighbour: 'tkm',
    lengthKm: 413,
    sources: ['kz-factbook-kazakhstan'],
    otherFigures: [
      {
        value: '426 km (Kazakh data on a Kyrgyz Foreign Ministry page; Kazakh-language Wikipedia)',
        sources: ['kz-kyrgyz-mfa-almaty', 'kz-wikipedia-kk'],
      },
      {
        value: '380 km (olympic.kz)',
        sources: ['kz-olympic-kz'],
      },
      {
        value: '379 km (CIA World Factbook 1994)',
        sources: ['kz-factbook-1994'],
      },
    ],
  },
]

/** CIA World Factbook 2024: the five figures above add up to exactly this. */
export const totalLandBorderKm = 13364
export const totalLandBorderSources: string[] = ['kz-factbook-kazakhstan']

/** Other published totals, shown as footnotes to the total. */
export const totalLandBorderOtherFigures: Border['otherFigures'] = [
  {
    value: '13,394 km (Kazakh-language Wikipedia)',
    sources: ['kz-wikipedia-kk'],
  },
  {
    value:
      '13,392.6 km (Kazakh data on a Kyrgyz Foreign Ministry page, although its own per-country figures add up to 13,349.9 km)',
    sources: ['kz-kyrgyz-mfa-almaty'],
  },
  {
    value: '12,012 km (CIA World Factbook 1994)',
    sources: ['kz-factbook-1994'],
  },
]

/**
 * Kazakhstan's Caspian shore. The Factbook gives the country's coastline as "0 km (landlocked)" but
 * notes that it borders the Caspian Sea (1,894 km) and the Aral Sea (1,070 km); the 1994 edition
 * gives the same Caspian figure.
 */
export const caspianCoastlineKm = 1894
export const caspianCoastlineSources: string[] = ['kz-factbook-kazakhstan', 'kz-factbook-1994']
