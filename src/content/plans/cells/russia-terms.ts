import type { ComparisonCell } from '../../plans-schema.ts'

/**
 * Putin's stated conditions (14 June 2024) as the reference column. No point numbers: the terms are a
 * list from a speech, not a numbered document. Notes: peace-plans.md §7 (fourth column) and §4.
 */
const speech = ['pp-kyivindependent-putin-demands', 'pp-tbsnews-reuters', 'pp-24kg-interfax']

export const russiaTermsCells: ComparisonCell[] = [
  {
    plan: 'russia-terms',
    dimension: 'territory',
    stance: 'demanded',
    text: 'Ukraine leaves the whole of four regions; Crimea and the four regions are recognised as Russian.',
    points: [],
    sources: speech,
  },
  {
    plan: 'russia-terms',
    dimension: 'ceasefire',
    stance: 'addressed',
    text: 'A ceasefire only after Ukraine starts withdrawing from the four regions and renounces NATO.',
    points: [],
    sources: speech,
  },
  {
    plan: 'russia-terms',
    dimension: 'withdrawal',
    stance: 'opposed',
    text: 'Withdrawal is asked of Ukraine, not Russia. Peskov said in December 2022 that a Russian pullout was out of the question.',
    points: [],
    sources: [...speech, 'pp-kyivindependent-peskov-2022-12', 'pp-tribuneindia-peskov'],
  },
  {
    plan: 'russia-terms',
    dimension: 'format',
    stance: 'addressed',
    text: 'Talks start once the conditions are met; the outcome is to be fixed in fundamental international agreements.',
    points: [],
    sources: ['pp-24kg-interfax', 'pp-zeitfragen'],
  },
  {
    plan: 'russia-terms',
    dimension: 'sanctions',
    stance: 'demanded',
    text: 'All Western sanctions lifted.',
    points: [],
    sources: [...speech, 'pp-zeitfragen'],
  },
  {
    plan: 'russia-terms',
    dimension: 'nuclear',
    stance: 'not addressed',
    text: 'Nuclear plant safety is not among the stated terms (a non-nuclear Ukraine is; see security).',
    points: [],
    sources: speech,
  },
  {
    plan: 'russia-terms',
    dimension: 'humanitarian',
    stance: 'not addressed',
    text: "Prisoners and civilians are not among the stated terms; the terms do include protecting Russian speakers' rights.",
    points: [],
    sources: [...speech, 'pp-zeitfragen'],
  },
  {
    plan: 'russia-terms',
    dimension: 'food-energy',
    stance: 'not addressed',
    text: 'Not among the stated terms.',
    points: [],
    sources: speech,
  },
  {
    plan: 'russia-terms',
    dimension: 'accountability',
    stance: 'not addressed',
    text: 'Not among the stated terms.',
    points: [],
    sources: speech,
  },
  {
    plan: 'russia-terms',
    dimension: 'security',
    stance: 'demanded',
    text: 'Ukraine renounces NATO and becomes neutral, non-aligned and non-nuclear, plus "demilitarisation and denazification".',
    points: [],
    sources: [...speech, 'pp-zeitfragen'],
  },
  {
    plan: 'russia-terms',
    dimension: 'reconstruction',
    stance: 'not addressed',
    text: 'Not among the stated terms.',
    points: [],
    sources: speech,
  },
]
