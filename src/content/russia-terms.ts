import type { ReferenceColumn } from './plans-schema.ts'

const speech = ['pp-kyivindependent-putin-demands', 'pp-tbsnews-reuters', 'pp-24kg-interfax']

/**
 * Russia's stated conditions (Putin, 14 June 2024). A reference column in the comparison, never a
 * card. Notes: peace-plans.md §4.1.
 */
export const russiaTerms: ReferenceColumn = {
  id: 'russia-terms',
  title: "Russia's stated conditions (Putin, 14 June 2024)",
  proponent: 'Russia (President Vladimir Putin)',
  date: '2024-06-14',
  dateLabel: '14 June 2024',
  summary: {
    text: "Conditions Putin set out in a speech to the leadership of Russia's Foreign Ministry in Moscow on 14 June 2024, the day before the Bürgenstock summit. Shown here alongside the plans for comparison.",
    sources: speech,
  },
  terms: [
    {
      text: 'Ukraine pulls all its troops out of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions, within their full former administrative borders, including areas Russia does not control.',
      sources: [...speech, 'pp-xklsv-ap'],
    },
    {
      text: 'Ukraine officially gives up its plans to join NATO.',
      sources: [...speech, 'pp-xklsv-ap'],
    },
    {
      text: 'Once Kyiv has done both, Putin said, Russia would order a ceasefire and open talks "literally at the same minute".',
      sources: speech,
    },
    {
      text: 'Ukraine becomes neutral, non-aligned and non-nuclear, and undergoes what Putin called "demilitarisation and denazification".',
      sources: [...speech, 'pp-zeitfragen'],
    },
    {
      text: 'The rights of Russian speakers are protected.',
      sources: [...speech, 'pp-zeitfragen'],
    },
    {
      text: 'The new "realities" are recognised: Crimea and the four regions as part of Russia.',
      sources: [...speech, 'pp-zeitfragen'],
    },
    {
      text: 'All of this is set down in fundamental international agreements.',
      sources: ['pp-24kg-interfax', 'pp-zeitfragen'],
    },
    {
      text: 'All Western sanctions are lifted.',
      sources: [...speech, 'pp-zeitfragen'],
    },
  ],
}
