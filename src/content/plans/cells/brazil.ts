import type { ComparisonCell } from '../../plans-schema.ts'

/**
 * Lula's 2023 statements in the comparison. Brazil had no written plan in 2023, so cells report what
 * Lula said, with the date; "not addressed" means none of the statements in the notes touch the topic.
 * Notes: peace-plans.md §3.1.
 */
const lulaStatements = [
  'kz-agencia-brasil-2023-01-30',
  'pp-mercopress-2023-02-25',
  'pp-oliberal-crimea',
  'pp-pledgetimes-poder360-crimea',
]

export const brazilCells: ComparisonCell[] = [
  {
    plan: 'brazil',
    dimension: 'territory',
    stance: 'partly',
    text: 'Lula said Putin could not hold on to Ukrainian land but that Crimea "may be discussed" (6 April 2023), and that deciding who Crimea belongs to was not his role (Madrid, 26 April 2023).',
    points: [3, 6],
    sources: ['pp-oliberal-crimea', 'pp-pledgetimes-poder360-crimea'],
  },
  {
    plan: 'brazil',
    dimension: 'ceasefire',
    stance: 'addressed',
    text: 'Lula said the fighting should stop first and the terms be negotiated afterwards (Madrid, 26 April 2023).',
    points: [6],
    sources: ['pp-pledgetimes-poder360-crimea'],
  },
  {
    plan: 'brazil',
    dimension: 'withdrawal',
    stance: 'partly',
    text: 'Lula did not set withdrawal as a condition; he said Putin could not hold on to Ukrainian land (6 April 2023). In February 2023 Brazil voted for the UN General Assembly resolution that called on Russia to withdraw.',
    points: [2, 3],
    sources: ['pp-mercopress-2023-02-25', 'pp-oliberal-crimea'],
  },
  {
    plan: 'brazil',
    dimension: 'format',
    stance: 'central',
    text: 'Lula proposed that countries outside the war, with enough weight for both sides to respect them, act as mediators (30 January 2023), later called a "Peace Club"; in Madrid he said anything could be discussed at the table (26 April 2023).',
    points: [1, 2, 4, 6],
    sources: [
      'kz-agencia-brasil-2023-01-30',
      'pp-mercopress-2023-02-25',
      'pp-dailybeast-lula-china',
      'pp-pledgetimes-poder360-crimea',
    ],
  },
  {
    plan: 'brazil',
    dimension: 'sanctions',
    stance: 'not addressed',
    text: "Not raised in Lula's 2023 statements reported in these sources.",
    points: [],
    sources: lulaStatements,
  },
  {
    plan: 'brazil',
    dimension: 'nuclear',
    stance: 'not addressed',
    text: "Not raised in Lula's 2023 statements reported in these sources.",
    points: [],
    sources: lulaStatements,
  },
  {
    plan: 'brazil',
    dimension: 'humanitarian',
    stance: 'not addressed',
    text: "Not raised in Lula's 2023 statements reported in these sources.",
    points: [],
    sources: lulaStatements,
  },
  {
    plan: 'brazil',
    dimension: 'food-energy',
    stance: 'not addressed',
    text: "Not raised in Lula's 2023 statements reported in these sources.",
    points: [],
    sources: lulaStatements,
  },
  {
    plan: 'brazil',
    dimension: 'accountability',
    stance: 'not addressed',
    text: "Not raised in Lula's 2023 statements reported in these sources.",
    points: [],
    sources: lulaStatements,
  },
  {
    plan: 'brazil',
    dimension: 'security',
    stance: 'partly',
    text: 'Lula said NATO, like Crimea, could be discussed at a negotiating table (Madrid, 26 April 2023).',
    points: [6],
    sources: ['pp-pledgetimes-poder360-crimea'],
  },
  {
    plan: 'brazil',
    dimension: 'reconstruction',
    stance: 'not addressed',
    text: "Not raised in Lula's 2023 statements reported in these sources.",
    points: [],
    sources: lulaStatements,
  },
]
