import type { Plan } from '../plans-schema.ts'

/**
 * Brazil's own initiative: Lula's 2023 mediation and "peace club" proposals. There is no single
 * document, so each dated proposal or statement is one point. Notes: peace-plans.md §3.1.
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
    text: 'Proposals Lula made in press conferences and visits in 2023: a group of countries not involved in the war to mediate between both sides, fighting to stop before terms are negotiated, and Crimea as something that could be discussed.',
    sources: [
      'kz-agencia-brasil-2023-01-30',
      'pp-mercopress-2023-02-25',
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
      text: 'Lula proposed that countries not involved in the war, with enough weight to be respected by both sides, form a group to mediate (January–April 2023).',
      sources: ['kz-agencia-brasil-2023-01-30', 'pp-efe-2023-01-30', 'pp-mercopress-2023-02-25'],
    },
  },
  pointCount: 6,
  points: [
    {
      number: 1,
      title: 'A group of countries to mediate',
      officialTitle: false,
      paraphrase:
        '30 January 2023, Brasília, at a joint press conference with Olaf Scholz: Lula floated the idea of a group of countries with the weight ("strong enough", in his words) to command respect in negotiations and to talk with both sides. He likened it to the G20 formed after the 2008 financial crisis and named China, India and Indonesia as possible members. He also ruled out Brazil supplying tank ammunition to Ukraine, directly or indirectly.',
      sources: ['kz-agencia-brasil-2023-01-30', 'pp-efe-2023-01-30'],
    },
    {
      number: 2,
      title: 'A "Peace Club"',
      officialTitle: false,
      paraphrase:
        '24–25 February 2023: Lula pressed for a "Peace Club" of countries that are not party to the war. MercoPress noted that, the day before, Brazil alone among the BRICS countries had backed the UN General Assembly resolution that called on Russia to withdraw.',
      sources: ['pp-mercopress-2023-02-25'],
    },
    {
      number: 3,
      title: 'Crimea "may be discussed"',
      officialTitle: false,
      paraphrase:
        '6 April 2023, at a breakfast with journalists: Lula said Putin could not hold on to Ukrainian land, that Crimea "may be discussed" and that Zelensky "cannot want everything". Translations of the Crimea remark differ slightly; the sources agree on its substance.',
      sources: ['pp-oliberal-crimea', 'pp-pledgetimes-poder360-crimea'],
    },
    {
      number: 4,
      title: 'Calls on the US to talk peace',
      officialTitle: false,
      paraphrase:
        'Around 14–15 April 2023, during his visit to China: Lula said the United States should stop "encouraging war" and begin talking about peace, and repeated his call for a group of countries willing to make peace.',
      sources: ['pp-dailybeast-lula-china'],
    },
    {
      number: 5,
      title: 'A war decided by "two countries"',
      officialTitle: false,
      paraphrase:
        '16 April 2023, Abu Dhabi: in Lula\'s words, the choice to go to war was "taken by two countries".',
      sources: ['pp-pledgetimes-poder360-parrot'],
    },
    {
      number: 6,
      title: 'Stop fighting first, then negotiate',
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
