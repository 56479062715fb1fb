import type { Plan } from '../plans-schema.ts'

/** China–Brazil "common understandings", 23 May 2024, and Friends for Peace. Notes: peace-plans.md §3.2–3.4. */
export const chinaBrazilPlan: Plan = {
  id: 'china-brazil',
  title: 'Common Understandings on the Political Settlement of the Ukraine Crisis',
  shortTitle: 'China–Brazil six points',
  proponent:
    "China and Brazil (Foreign Minister Wang Yi and Celso Amorim, chief adviser to Brazil's president)",
  proponentPlaces: ['chn', 'bra'],
  date: '2024-05-23',
  dateLabel: '23 May 2024',
  summary: {
    text: 'Six shared positions issued after talks between Wang Yi and Celso Amorim in Beijing, built around de-escalation, direct dialogue and a future peace conference recognised by both Russia and Ukraine.',
    sources: ['kz-peoples-daily-china-brazil', 'pp-chinadaily-2024-05-24'],
  },
  stances: {
    territory: {
      text: 'Not mentioned in the six points, Ukrainian outlets noted; the later Friends for Peace communiqué (27 September 2024) does refer to sovereignty and territorial integrity.',
      sources: ['pp-rubryka-2024-08', 'pp-menafn-ukrinform', 'kz-bandnews-friends-for-peace'],
    },
    ceasefire: {
      text: 'No widening of the battlefield, no escalation, no provocation, and continued de-escalation until a comprehensive ceasefire (points 1–2).',
      sources: ['kz-peoples-daily-china-brazil'],
    },
    talks: {
      text: 'An international peace conference "at a proper time", accepted by Russia and Ukraine, with every party taking part as an equal and every plan given a fair hearing (point 2).',
      sources: ['kz-peoples-daily-china-brazil', 'pp-chinadaily-2024-05-24'],
    },
  },
  pointCount: 6,
  points: [
    {
      number: 1,
      title: 'De-escalation',
      officialTitle: false,
      paraphrase:
        'All parties are asked to keep to three principles: the battlefield should not spread, the fighting should not intensify, and no side should provoke the other.',
      sources: ['kz-peoples-daily-china-brazil', 'pp-monitormercantil'],
    },
    {
      number: 2,
      title: 'Dialogue and a peace conference',
      officialTitle: false,
      paraphrase:
        'Talks are presented as the sole workable exit from the crisis. The parties should prepare the ground for direct dialogue and keep easing tensions until there is a comprehensive ceasefire. China and Brazil back an international peace conference, held "at a proper time", that both Russia and Ukraine recognise, where all parties take part on equal terms and every peace plan gets a fair hearing.',
      sources: ['kz-peoples-daily-china-brazil', 'pp-monitormercantil', 'pp-veja'],
    },
    {
      number: 3,
      title: 'Humanitarian aid and prisoners',
      officialTitle: false,
      paraphrase:
        'More humanitarian help should reach the affected regions so that the humanitarian crisis does not grow. Civilians and civilian facilities should not be attacked; civilians, women and children among them, and prisoners of war should be protected; prisoner exchanges are supported.',
      sources: ['kz-peoples-daily-china-brazil', 'pp-monitormercantil'],
    },
    {
      number: 4,
      title: 'Weapons of mass destruction',
      officialTitle: false,
      paraphrase:
        'The two sides reject any use of weapons of mass destruction, nuclear, chemical and biological weapons above all, and call for every effort to head off nuclear proliferation and a nuclear crisis.',
      sources: ['kz-peoples-daily-china-brazil', 'pp-monitormercantil'],
    },
    {
      number: 5,
      title: 'Nuclear facilities',
      officialTitle: false,
      paraphrase:
        'Attacks on nuclear power plants and other civilian nuclear sites are rejected. Every party should respect international law, the Convention on Nuclear Safety included, and prevent nuclear accidents caused by human action.',
      sources: ['kz-peoples-daily-china-brazil', 'pp-monitormercantil'],
    },
    {
      number: 6,
      title: 'Cooperation, blocs and infrastructure',
      officialTitle: false,
      paraphrase:
        'The text rejects splitting the world into closed political or economic camps. It calls for more international cooperation on energy, trade, food security and other fields, and for protecting critical infrastructure such as oil and gas pipelines and undersea fibre-optic cables, so that global industrial and supply chains stay stable.',
      sources: ['kz-peoples-daily-china-brazil', 'pp-noticiasaominuto-folhapress'],
    },
  ],
  omissions: [
    {
      text: "Ukraine's territorial integrity is not mentioned, Ukrainian outlets (Rubryka; Ukrinform) observed.",
      sources: ['pp-rubryka-2024-08', 'pp-menafn-ukrinform'],
    },
    {
      text: 'There is no call for Russian troops to withdraw (Rubryka; Ukrinform).',
      sources: ['pp-rubryka-2024-08', 'pp-menafn-ukrinform'],
    },
    {
      text: 'Accountability for the war is not addressed (Rubryka; Ukrinform).',
      sources: ['pp-rubryka-2024-08', 'pp-menafn-ukrinform'],
    },
  ],
  context: [
    {
      id: 'cb-invitation',
      title: 'Other countries invited to sign up',
      date: '2024-05-23',
      text: 'China and Brazil asked other countries to endorse the text, according to China Daily (Chinese state media).',
      sources: ['pp-chinadaily-2024-05-24'],
    },
    {
      id: 'cb-china-skips-burgenstock',
      title: 'China stays away from Bürgenstock',
      date: '2024-05-31',
      text: 'China declined to attend the Swiss peace summit, saying the conditions it sets for a conference were not met: acceptance by both Russia and Ukraine, equal standing for all parties and a fair hearing for every plan. Point 2 uses the same terms.',
      sources: ['pp-unn-china-wont-join-2024-05-31', 'pp-uatv-mao-ning'],
    },
    {
      id: 'cb-endorsements-52',
      title: "Beijing's count: 52 (June 2024)",
      date: '2024-06',
      text: "China's Foreign Ministry said 52 countries and organisations had endorsed the text or were considering it. This is a Chinese government claim, not independently verified.",
      sources: ['pp-estadodeminas-2024-06'],
    },
    {
      id: 'cb-endorsements-110',
      title: "Beijing's count: over 110 (August 2024)",
      date: '2024-08',
      text: 'Chinese special envoy Li Hui said more than 110 countries supported the text. This is a Chinese government claim, not independently verified.',
      sources: ['pp-rubryka-2024-08'],
    },
    {
      id: 'cb-melnyk',
      title: 'Kyiv says it was not told',
      date: '2024-08-29',
      text: "Andrii Melnyk, Ukraine's ambassador to Brazil, said Brazil had not informed Kyiv that it would put forward the plan with China.",
      sources: ['pp-euromaidanpress-zelensky'],
    },
    {
      id: 'cb-lula-unga',
      title: 'Lula at the UN General Assembly',
      date: '2024-09-24',
      text: 'Lula promoted the six points in his speech to the UN General Assembly.',
      sources: ['pp-brasildefato-2024-09', 'pp-businesslive-2024-09-25'],
    },
    {
      id: 'cb-friends-for-peace',
      title: '"Friends for Peace" launched in New York',
      date: '2024-09-27',
      text: 'On the sidelines of the 79th UN General Assembly, Brazil\'s Foreign Minister Mauro Vieira, Celso Amorim and China\'s Wang Yi co-chaired a meeting that announced a group called "Friends for Peace". Thirteen countries signed the joint communiqué: South Africa, Algeria, Bolivia, Brazil, China, Colombia, Egypt, Indonesia, Kazakhstan, Kenya, Mexico, Türkiye and Zambia.',
      sources: ['kz-bandnews-friends-for-peace', 'pp-rondoniadigital'],
    },
    {
      id: 'cb-friends-communique',
      title: 'What the Friends for Peace communiqué says',
      date: '2024-09-27',
      text: 'The signatories voiced concern about the risk of escalation and backed the UN Charter, including sovereignty and territorial integrity, alongside the "legitimate concerns" of states. They urged the sides to calm the situation without widening the battlefield or stepping up the fighting, for abstaining from the use or threat of weapons of mass destruction, nuclear ones especially, for protecting civilians, and for closer cooperation on food security, trade and supply chains.',
      sources: ['kz-bandnews-friends-for-peace', 'pp-brasilemfolhas', 'pp-jovempan'],
    },
    {
      id: 'cb-friends-counts',
      title: 'Reports disagree on who took part',
      date: '2024-09-27',
      text: 'Agência Brasil counted 13 signatories and 16 participating ministers or senior representatives from Global South countries; the Chinese readout spoke of 17 Global South attendees, and Reuters of 17 countries. France, Switzerland and Hungary reportedly attended as observers. A single Brazilian site said Mexico signed "with reservations"; this is unconfirmed.',
      sources: [
        'kz-bandnews-friends-for-peace',
        'pp-information-bz',
        'pp-devdiscourse-reuters',
        'pp-eir-friends',
        'pp-afolhadonordeste',
      ],
    },
    {
      id: 'cb-friends-platform',
      title: 'How the co-chairs described the group',
      date: '2024-09-27',
      text: 'According to TASS (Russian state media), Wang Yi presented the group as an open platform rather than a confrontational one. Amorim said the group would keep meeting in New York (Reuters).',
      sources: ['pp-tass-1848521', 'pp-devdiscourse-reuters'],
    },
  ],
  articleParagraphs: ['q-china-brazil'],
}
