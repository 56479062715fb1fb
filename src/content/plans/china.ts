import type { Plan } from '../plans-schema.ts'

/** China's 12-point position paper, 24 February 2023. Notes: peace-plans.md §1. */
export const chinaPlan: Plan = {
  id: 'china',
  title: "China's Position on the Political Settlement of the Ukraine Crisis",
  shortTitle: "China's 12 points",
  proponent: 'China (Ministry of Foreign Affairs)',
  proponentPlaces: ['chn'],
  date: '2023-02-24',
  dateLabel: '24 February 2023',
  summary: {
    text: "A 12-point paper from China's Foreign Ministry, issued on the first anniversary of the invasion: it urges talks and a gradual path to a ceasefire, upholds every country's sovereignty in general terms and does not ask Russian troops to leave.",
    sources: ['kz-newscentralasia-china-position', 'pp-cgtn-2023-02-24', 'pp-babel-2023-02-24'],
  },
  stances: {
    territory: {
      text: 'Upholds the sovereignty and territorial integrity of all countries, without naming Ukraine (point 1).',
      sources: ['pp-chinadaily-pressreader-2023-03-03', 'pp-babel-2023-02-24'],
    },
    ceasefire: {
      text: 'Direct talks and step-by-step de-escalation first, a comprehensive ceasefire as the end goal, with no timetable (point 3).',
      sources: ['pp-nv-china-plan', 'pp-breakinglatest-wsj'],
    },
    talks: {
      text: 'Calls negotiation "the only viable solution" and offers China a "constructive role" (point 4).',
      sources: ['pp-cgtn-europe-2023-02-25', 'pp-tass-1592819'],
    },
  },
  pointCount: 12,
  points: [
    {
      number: 1,
      title: 'Respecting the sovereignty of all countries',
      officialTitle: true,
      paraphrase:
        'All states should abide by the UN Charter and international law and uphold the sovereignty, independence and territorial integrity of every country equally, without double standards. Ukraine is not mentioned by name.',
      sources: [
        'pp-chinadaily-pressreader-2023-03-03',
        'pp-hatenablog-fmprc',
        'pp-cgtn-europe-2023-02-25',
      ],
    },
    {
      number: 2,
      title: 'Abandoning the Cold War mentality',
      officialTitle: true,
      paraphrase:
        'No country should seek its own security "at the expense of others", and enlarging or reinforcing military blocs does not make a region safer. The "legitimate security interests and concerns" of every country should be taken seriously, and Europe should get a balanced and lasting security architecture.',
      sources: ['pp-chinadaily-pressreader-2023-03-03', 'pp-nv-china-plan'],
    },
    {
      number: 3,
      title: 'Ceasing hostilities',
      officialTitle: true,
      paraphrase:
        'Every side should exercise restraint and avoid "fanning the flames", and help Russia and Ukraine get back to direct talks soon, so that tensions ease step by step and a comprehensive ceasefire is eventually reached.',
      sources: ['pp-nv-china-plan', 'pp-cgtn-europe-2023-02-25'],
    },
    {
      number: 4,
      title: 'Resuming peace talks',
      officialTitle: true,
      paraphrase:
        'The paper calls dialogue and negotiation "the only viable solution". Other countries should help provide the conditions and venues for talks to restart, and China says it will play a "constructive role".',
      sources: [
        'pp-cgtn-europe-2023-02-25',
        'pp-tass-1592819',
        'pp-vigilantnews-guardian-2023-02-24',
      ],
    },
    {
      number: 5,
      title: 'Resolving the humanitarian crisis',
      officialTitle: true,
      paraphrase:
        'Backs every step that relieves the humanitarian crisis. Aid operations should be neutral, impartial and free of politics, with quick, safe and unobstructed access; summaries of the paper also mention corridors for evacuating civilians.',
      sources: ['pp-theins-china-plan', 'pp-cgtn-europe-2023-02-25', 'pp-24newsreporter-china'],
    },
    {
      number: 6,
      title: 'Protecting civilians and prisoners of war (POWs)',
      officialTitle: true,
      paraphrase:
        'The warring parties should respect international humanitarian law, refrain from attacking civilians and civilian sites, and protect women, children and prisoners of war. China supports prisoner exchanges between Russia and Ukraine.',
      sources: ['pp-hatenablog-fmprc'],
    },
    {
      number: 7,
      title: 'Keeping nuclear power plants safe',
      officialTitle: true,
      paraphrase:
        'China is against armed attacks on nuclear power stations and other civilian nuclear sites. China wants international law, such as the Convention on Nuclear Safety, to be respected, and would like the IAEA to play a constructive part.',
      sources: ['pp-theins-china-plan', 'pp-dasfazit-china'],
    },
    {
      number: 8,
      title: 'Reducing strategic risks',
      officialTitle: true,
      paraphrase:
        'Nuclear weapons must not be used and no nuclear war fought; threats to use them should be opposed and proliferation stopped. According to summaries, the paper also rejects developing or using chemical and biological weapons.',
      sources: [
        'pp-theins-china-plan',
        'pp-dasfazit-china',
        'pp-vigilantnews-guardian-2023-02-24',
        'pp-bel-ru-china',
      ],
    },
    {
      number: 9,
      title: 'Facilitating grain exports',
      officialTitle: true,
      paraphrase:
        "The Black Sea Grain Initiative agreed by Russia, Türkiye, Ukraine and the UN should be carried out fully and evenly, with the UN playing a key part. The paper points to China's own initiative on global food-security cooperation.",
      sources: ['pp-hatenablog-fmprc'],
    },
    {
      number: 10,
      title: 'Stopping unilateral sanctions',
      officialTitle: true,
      paraphrase:
        'Unilateral sanctions and maximum pressure, the paper argues, create fresh problems rather than solving the existing one. China opposes sanctions that the UN Security Council has not authorised and asks states to stop misusing sanctions and "long-arm jurisdiction".',
      sources: [
        'pp-hatenablog-fmprc',
        'pp-theins-china-plan',
        'pp-sputnik-2023-02-24',
        'pp-tdminews-china',
      ],
    },
    {
      number: 11,
      title: 'Keeping industrial and supply chains stable',
      officialTitle: true,
      paraphrase:
        'The existing world economic system should be preserved and the world economy should not be turned into a political tool or weapon. The knock-on effects on energy, finance, food trade and transport should be contained.',
      sources: ['pp-hatenablog-fmprc'],
    },
    {
      number: 12,
      title: 'Promoting post-conflict reconstruction',
      officialTitle: true,
      paraphrase:
        'Other countries should support rebuilding in conflict zones; China says it is prepared to help and to play a constructive role.',
      sources: ['pp-ukranews-china'],
    },
  ],
  omissions: [
    {
      text: 'It does not ask Russian troops to leave Ukraine (BBC-based reporting; Babel). Zelensky said this was the element Kyiv most needed.',
      sources: ['pp-shepherdgazette-2023-03-22', 'pp-babel-2023-02-24'],
    },
    {
      text: 'It does not say whose territorial integrity it means; Zelensky pointed this out on 24 February 2023.',
      sources: ['pp-babel-2023-02-24', 'pp-exbulletin-zelensky-china'],
    },
    {
      text: 'Neither the United States nor NATO is named, according to a Wall Street Journal summary; the passage on expanding military blocs has been widely read as aimed at NATO (WSJ; Guardian).',
      sources: ['pp-breakinglatest-wsj', 'pp-vigilantnews-guardian-2023-02-24'],
    },
    {
      text: 'It speaks of a "crisis" or "conflict", not a war, as Babel noted.',
      sources: ['pp-babel-2023-02-24'],
    },
  ],
  context: [
    {
      id: 'china-text-provenance',
      title: 'Where the text comes from',
      date: '2023-02-24',
      text: "The 12 titles follow the list read out by Foreign Ministry spokesman Wang Wenbin. The content is taken from reproductions of the ministry's text (China Daily, CGTN Europe, The Insider and a blog copy of the fmprc.gov.cn text), which agree with one another; the ministry's own page was not consulted.",
      sources: [
        'pp-cgtn-2023-02-24',
        'kz-newscentralasia-china-position',
        'pp-chinadaily-pressreader-2023-03-03',
        'pp-hatenablog-fmprc',
        'pp-theins-china-plan',
      ],
    },
    {
      id: 'china-putin-xi',
      title: 'Putin after talks with Xi',
      date: '2023-03-21',
      text: 'Putin said many provisions of the paper matched Russia\'s approach and could be a basis for a settlement once "the West and Kyiv" were ready, which he said they were not yet.',
      sources: ['pp-yahoo-putin-chinese-plan', 'pp-tass-1592819'],
    },
    {
      id: 'china-brazil-2023',
      title: 'Brazil on the paper',
      date: '2023-04-14',
      text: "In the China–Brazil joint statement issued during Lula's state visit, Brazil described China's proposal as useful for reaching a peaceful settlement (as reported by CGTN, Chinese state media).",
      sources: ['pp-cgtn-2023-04-14'],
    },
  ],
  articleParagraphs: ['p-china-plan', 'list-china-plan'],
}
