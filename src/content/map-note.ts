import type { Fact } from './schema.ts'

/** What the map shows and whose borders it draws: printed under the map, with its sources. */
export const mapNotes: Fact[] = [
  {
    label: 'Borders shown',
    value:
      'Borders as recognised under international law. Crimea is drawn as part of Ukraine and marked separately: Russia annexed it in 2014, and UN General Assembly resolution 68/262 calls on states not to recognise the change. Baikonur is drawn as part of Kazakhstan, which leases it to Russia.',
    sources: ['kz-un-ga-68-262', 'kz-factbook-kazakhstan'],
  },
  {
    label: 'Map data',
    value:
      'Natural Earth 4.1.0 boundaries (public domain) from the world-atlas package, simplified. Natural Earth draws de facto control by default, with Crimea inside Russia and Baikonur as a unit of its own; this map corrects both.',
    sources: ['kz-world-atlas', 'kz-natural-earth-disputed', 'kz-natural-earth-issue-391'],
  },
]
