import type { Plan } from '../plans-schema.ts'

/**
 * Brazil's own initiative: Lula's 2023 mediation and "peace club" proposals and remarks. Brazil
 * published no written plan, so each dated proposal or remark is one numbered item (the summary says
 * so to the reader). Notes: peace-plans.md §3.1.
 */
export const brazilPlan: Plan = {
  id: 'brazil',
  title: 'Lula\'s mediation proposals and "Peace Club"',
  shortTitle: "Brazil's mediation offer",
  proponent: 'Brazil (President Luiz Inácio Lula da Silva)',
  proponentPlaces: ['bra'],
  date: '2023-01-30',
  dateLabel: 'January–April 2023',
  summary: {
    text: 'Brazil published no written plan. The six items below are proposals and remarks Lula made at press conferences and on visits abroad in 2023, numbered here for reference: a group of countries "strong enough" to sit down with both sides (January), a "Peace Club" of countries not involved in the war (February), Crimea as something that "may be discussed" (April), and a halt to the fighting before terms are negotiated (April).',
    sources: [
      'kz-agencia-brasil-2023-01-30',
      'pp-mercopress-2023-02-25',
      'pp-oliberal-crimea',
      'pp-pledgetimes-poder360-crimea',
    ],
  },
  stances: {
    territory: {
      text: 'Lula said Putin could not hold on to Ukrainian land but that Crimea "may be discussed" (6 April 2023); in Madrid he said deciding who Crimea belongs to was not his role (26 April 2023).',
      sources: ['pp-oliberal-crimea', 'pp-pledgetimes-poder360-crimea'],
    },
    ceasefire: {
      text: 'In Madrid on 26 April 2023 Lula said the fighting should stop first and the terms be negotiated afterwards.',
      sources: ['pp-pledgetimes-poder360-crimea'],
    },
    talks: {
      text: 'In Brasília on 30 January 2023 Lula proposed a group of countries "strong enough" to be respected at the table and to sit down with both sides; in February he pushed for a "Peace Club" of countries not involved in the war, and he repeated the call for a group of countries in April.',
      sources: [
        'kz-agencia-brasil-2023-01-30',
        'pp-efe-2023-01-30',
        'pp-mercopress-2023-02-25',
        'pp-dailybeast-lula-china',
      ],
    },
  },
  pointCount: 6,
  points: [
    {
      number: 1,
      title: 'Proposal in Brasília: a group of countries to mediate',
      officialTitle: false,
      paraphrase:
        '30 January 2023, Brasília, at a joint press conference with Olaf Scholz: Lula floated the idea of a group of countries with the weight ("strong enough", in his words) to command respect in negotiations and to talk with both sides. He likened it to the G20 formed after the 2008 financial crisis and named China, India and Indonesia as possible members. He also ruled out Brazil supplying tank ammunition to Ukraine, directly or indirectly.',
      sources: ['kz-agencia-brasil-2023-01-30', 'pp-efe-2023-01-30'],
    },
    {
      number: 2,
      title: 'Proposal: a "Peace Club"',
      officialTitle: false,
      paraphrase:
        '24–25 February 2023: Lula pressed for a "Peace Club" of countries that are not party to the war. MercoPress noted that, the day before, Brazil alone among the BRICS countries had backed the UN General Assembly resolution that called on Russia to withdraw.',
      sources: ['pp-mercopress-2023-02-25'],
    },
    {
      number: 3,
      title: 'Remark to journalists: Crimea "may be discussed"',
      officialTitle: false,
      paraphrase:
        '6 April 2023, at a breakfast with journalists: Lula said Putin could not hold on to Ukrainian land, that Crimea "may be discussed" and that Zelensky "cannot want everything". Translations of the Crimea remark differ slightly; the sources agree on its substance.',
      sources: ['pp-oliberal-crimea', 'pp-pledgetimes-poder360-crimea'],
    },
    {
      number: 4,
      title: 'Remark in China: the US should talk peace',
      officialTitle: false,
      paraphrase:
        'Around 14–15 April 2023, during his visit to China: Lula said the United States should stop "encouraging war" and begin talking about peace, and repeated his call for a group of countries willing to make peace.',
      sources: ['pp-dailybeast-lula-china'],
    },
    {
      number: 5,
      title: 'Remark in Abu Dhabi: a war decided by "two countries"',
      officialTitle: false,
      paraphrase:
        '16 April 2023, Abu Dhabi: in Lula\'s words, the choice to go to war was "taken by two countries".',
      sources: ['pp-pledgetimes-poder360-parrot'],
    },
    {
      number: 6,
      title: 'Remark in Madrid: stop fighting first, then negotiate',
      officialTitle: false,
      paraphrase:
        '26 April 2023, Madrid: Lula said deciding who Crimea belongs to was not his role, that anything, Crimea and NATO included, could be discussed at a negotiating table, and that the fighting should stop before terms are negotiated.',
      sources: ['pp-pledgetimes-poder360-crimea'],
    },
  ],
  omissions: [],
  context: [
    {
      id: 'br-ukraine-reply',
      title: "Ukraine's reply on Crimea",
      date: '2023-04-07',
      text: 'Ukraine\'s Foreign Ministry, through its spokesman Oleg Nikolenko, was grateful for Lula\'s efforts but said Ukraine "does not trade" its territories and has no legal, political or moral ground for ceding any of them.',
      sources: ['pp-oliberal-crimea', 'pp-dailynewsen-crimea'],
    },
    {
      id: 'br-china-joint-statement',
      title: "Brazil on China's paper",
      date: '2023-04-14',
      text: "During Lula's state visit to China, the two countries' joint statement described China's proposal as useful for reaching a peaceful settlement (as reported by CGTN, Chinese state media).",
      sources: ['pp-cgtn-2023-04-14'],
    },
    {
      id: 'br-kirby',
      title: 'White House criticism',
      date: '2023-04-17',
      text: 'John Kirby, speaking for the White House, said Brazil was "parroting Russian and Chinese propaganda".',
      sources: ['pp-thetimes-kirby'],
    },
    {
      id: 'br-china-brazil-2024',
      title: 'Next step: a joint text with China',
      date: '2024-05-23',
      text: "Lula's adviser Celso Amorim and China's Foreign Minister Wang Yi issued six common understandings on the war in Beijing (see the China–Brazil card).",
      sources: ['kz-peoples-daily-china-brazil'],
    },
  ],
  articleParagraphs: ['p-brazil'],
}
