import type { Fact } from './schema.ts'

/**
 * Where the article's wording or figures differ from the record (shared/research/kazakhstan.md §0,
 * §1c, §2, §10). Shown with the article, each linked to the paragraph it concerns.
 */
export interface FactCheckNote extends Fact {
  /** The article block the note is about. */
  block: string
}

export const factCheckNotes: FactCheckNote[] = [
  {
    block: 'q-fact',
    label: '“Militarily invincible”',
    value:
      'Translations differ. The official English translation of Tokayev’s remark read that Russia “cannot be defeated militarily”; Russian-language reports used the word for “invincible”.',
    sources: ['kz-timesca-invincible'],
  },
  {
    block: 'p-border',
    label: '“The longest land border with Russia”',
    value:
      'The Kazakhstan–Russia border (7,644 km in the CIA World Factbook) is the world’s longest continuous land border. By total length the Canada–United States border is longer, at 8,891 km, but it runs in two separate stretches.',
    sources: ['kz-factbook-kazakhstan', 'kz-factbook-canada', 'kz-wikipedia-kaz-rus-border'],
  },
  {
    block: 'p-kazakhstan-bio',
    label: '“Fewer than 6 people per square kilometre”',
    value:
      'Out of date. With the official population of 20,201,849 (1 September 2024) and an area of 2,724,900 km², the density is about 7.4 people per km². The population figure of 20 million is right.',
    sources: [
      'kz-astana-times-population-2024',
      'kz-factbook-kazakhstan',
      'kz-wikimili-demographics',
    ],
  },
  {
    block: 'p-invincible',
    label: 'The date',
    value:
      'The article does not date the meeting. Tokayev received Scholz in Astana on Monday 16 September 2024; one outlet, bne IntelliNews, gave 17 September, the day of the Central Asia–Germany summit.',
    sources: [
      'kz-bundesregierung-astana',
      'kz-bne-intellinews-scholz',
      'kz-newscentralasia-joint-declaration',
    ],
  },
]
