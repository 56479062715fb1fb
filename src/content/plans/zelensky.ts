import type { Plan } from '../plans-schema.ts'

/** Zelensky's 10-point Peace Formula, 15 November 2022, and Bürgenstock. Notes: peace-plans.md §2. */
export const zelenskyPlan: Plan = {
  id: 'zelensky',
  title: "Ukraine's 10-point Peace Formula",
  shortTitle: "Zelensky's Peace Formula",
  proponent: 'Ukraine (President Volodymyr Zelensky)',
  proponentPlaces: ['ukr'],
  date: '2022-11-15',
  dateLabel: '15 November 2022',
  summary: {
    text: 'Ten points Zelensky put to G20 leaders in Bali by video, running from nuclear and food security to the full withdrawal of Russian troops and a signed document ending the war.',
    sources: ['pp-businessinsider-2022-11-15', 'pp-aljazeera-2022-11-15'],
  },
  stances: {
    territory: {
      text: "Restoring Ukraine's territorial integrity under the UN Charter, which Zelensky called non-negotiable (point 5); Kyiv has defined the goal as the 1991 borders.",
      sources: [
        'pp-unionesarda-g20',
        'pp-pledgetimes-reuters-formula',
        'kz-interfax-ua-2022-09-20',
      ],
    },
    ceasefire: {
      text: 'An end to hostilities goes together with full Russian withdrawal (point 6); Zelensky said there would be no "Minsk-3".',
      sources: ['pp-pledgetimes-reuters-formula', 'pp-insightnews-g20'],
    },
    talks: {
      text: 'The parties sign a document ending the war once the other points are in place (point 10); a 2022 decree rules out talks with Putin himself.',
      sources: ['pp-unionesarda-g20', 'pp-nv-decree-putin-talks'],
    },
  },
  pointCount: 10,
  points: [
    {
      number: 1,
      title: 'Radiation and nuclear safety',
      officialTitle: false,
      paraphrase:
        'Russian forces should leave the Zaporizhzhia nuclear power plant, which would come under the control of the IAEA and Ukraine, and nuclear blackmail should stop.',
      sources: ['pp-romaniajournal-formula', 'pp-newsweek-bali'],
    },
    {
      number: 2,
      title: 'Food security',
      officialTitle: false,
      paraphrase:
        'The Black Sea grain corridor should be prolonged and widened to ports in the Mykolaiv area, and the "Grain from Ukraine" programme for poorer countries supported.',
      sources: ['pp-romaniajournal-formula', 'pp-newsweek-bali'],
    },
    {
      number: 3,
      title: 'Energy security',
      officialTitle: false,
      paraphrase:
        "Ukraine's electricity grid, badly damaged by strikes, should be protected and repaired, and the price of Russian energy capped.",
      sources: ['pp-pledgetimes-reuters-formula', 'pp-aljazeera-2022-11-15'],
    },
    {
      number: 4,
      title: 'Release of all prisoners and deportees',
      officialTitle: false,
      paraphrase:
        'An "all for all" exchange of prisoners of war and civilians, with deported children brought home. Zelensky said Kyiv knew the names of 11,000 deported children.',
      sources: ['pp-businessinsider-2022-11-15', 'pp-talkofnaija-transcript'],
    },
    {
      number: 5,
      title:
        "Implementation of the UN Charter and restoration of Ukraine's territorial integrity and the world order",
      officialTitle: false,
      paraphrase:
        "Russia should reaffirm Ukraine's territorial integrity as the UN Charter requires. Zelensky said this point was not open to negotiation.",
      sources: ['pp-unionesarda-g20', 'pp-pledgetimes-reuters-formula'],
    },
    {
      number: 6,
      title: 'Withdrawal of Russian troops and cessation of hostilities',
      officialTitle: false,
      paraphrase:
        "All Russian troops should leave, the fighting should end, and Ukraine's state border with Russia should be restored.",
      sources: ['pp-pledgetimes-reuters-formula', 'pp-unionesarda-g20'],
    },
    {
      number: 7,
      title: 'Justice',
      officialTitle: false,
      paraphrase:
        'A special tribunal for Russian war crimes and aggression, and an international mechanism to compensate for war damage, which Ukraine had already proposed through the UN General Assembly.',
      sources: ['pp-unionesarda-g20', 'pp-pledgetimes-reuters-formula'],
    },
    {
      number: 8,
      title: 'Ecocide / protection of the environment',
      officialTitle: false,
      paraphrase:
        'Urgent steps to protect the environment, starting with demining and the restoration of water-treatment plants.',
      sources: ['pp-unionesarda-g20', 'pp-pledgetimes-reuters-formula'],
    },
    {
      number: 9,
      title: 'Prevention of escalation',
      officialTitle: false,
      paraphrase:
        'A new Euro-Atlantic security order with guarantees for Ukraine built in. In Zelensky\'s view, Russia was able to attack because Ukraine sat in a "grey zone", belonging to no alliance.',
      sources: ['pp-unionesarda-g20', 'pp-pledgetimes-reuters-formula'],
    },
    {
      number: 10,
      title: 'Confirmation of the end of the war',
      officialTitle: false,
      paraphrase:
        'When the other measures have been carried out, the parties sign a document confirming that the war is over.',
      sources: ['pp-unionesarda-g20'],
    },
  ],
  omissions: [],
  context: [
    {
      id: 'zpf-titles-note',
      title: 'About the point titles',
      date: '2022-11-15',
      text: 'No official list from the Ukrainian presidency was consulted. The ten titles are consistent across Business Insider, Jurist, L’Unione Sarda and a Reuters explainer, with small differences in wording (for example "Justice" or "Restoring justice", "Ecocide" or "Anti-ecocide").',
      sources: [
        'pp-businessinsider-2022-11-15',
        'pp-jurist-2022-11',
        'pp-unionesarda-g20',
        'pp-pledgetimes-reuters-formula',
      ],
    },
    {
      id: 'zpf-unga-2022',
      title: 'A first version at the UN',
      date: '2022-09',
      text: 'In the Bali speech Zelensky said he had first presented an earlier version of his formula to the UN General Assembly, in September 2022.',
      sources: ['pp-civil-today-speech'],
    },
    {
      id: 'zpf-1991-borders',
      title: 'The "1991 borders"',
      date: '2022-09-20',
      text: "Foreign Minister Kuleba said Ukraine's central aim was territorial integrity within its internationally recognised 1991 borders, and that no deal would be built on giving up territory. The formula itself speaks of restoring territorial integrity (point 5) and the state border (point 6).",
      sources: ['kz-interfax-ua-2022-09-20'],
    },
    {
      id: 'zpf-decree',
      title: 'No talks with Putin',
      date: '2022-10-04',
      text: "Zelensky enacted, by decree No. 679/2022, a 30 September 2022 Security Council decision declaring negotiations with Putin impossible. The same decision approved Ukraine's application for fast-track NATO membership.",
      sources: ['pp-nv-decree-putin-talks', 'pp-thepage-decree'],
    },
    {
      id: 'zpf-speech-framing',
      title: 'How Zelensky framed it in Bali',
      date: '2022-11-15',
      text: 'He said the war should end "justly", in line with international law and the UN Charter, that Ukraine would not compromise on its sovereignty or territory, and that there would be no "Minsk-3".',
      sources: ['pp-aljazeera-2022-11-15', 'pp-jurist-2022-11', 'pp-insightnews-g20'],
    },
    {
      id: 'zpf-global-summit',
      title: 'A global summit on the formula',
      date: '2022-12',
      text: 'In December 2022 Zelensky asked the G7 to support a global peace summit built on the formula.',
      sources: ['pp-pledgetimes-reuters-formula'],
    },
    {
      id: 'zpf-burgenstock',
      title: 'Summit on Peace in Ukraine, Bürgenstock',
      date: '2024-06-15',
      text: 'On 15–16 June 2024 the Swiss-hosted summit took up three topics the hosts described as trust-building: nuclear safety, food security, and humanitarian issues (prisoners, detained civilians, abducted children). Its communiqué says it built on talks "based on Ukraine\'s Peace Formula and other peace proposals". Russia was not invited and China did not attend.',
      sources: [
        'pp-swiss-fdfa-2024-06-16',
        'pp-wikisource-communique',
        'pp-unn-china-wont-join-2024-05-31',
      ],
    },
    {
      id: 'zpf-burgenstock-communique',
      title: 'What the Bürgenstock communiqué says',
      date: '2024-06-16',
      text: 'It restates support for the territorial integrity and sovereignty of every state, "including Ukraine", within internationally recognised borders. Ukraine\'s nuclear plants, Zaporizhzhia among them, should run under full Ukrainian sovereign control with IAEA supervision, and threatening or using nuclear weapons in this war is inadmissible. It backs free commercial shipping to Black Sea and Azov ports, a full exchange of prisoners and the return of deported children and civilians, and says peace needs "the involvement of and dialogue between all parties".',
      sources: [
        'pp-wikisource-communique',
        'pp-rbc-ukraine-summit',
        'pp-nordot-kyivindependent',
        'pp-thegeopost-summit',
      ],
    },
    {
      id: 'zpf-burgenstock-attendance',
      title: 'Attendance: counts differ',
      date: '2024-06-16',
      text: "Switzerland's foreign ministry said 92 states took part, 57 of them at head of state or government level. Other outlets counted Ukraine plus 91 states and 8 international organisations, or about 100 countries and organisations.",
      sources: [
        'pp-swiss-fdfa-2024-06-16',
        'pp-online-ua-micronesia',
        'pp-kyivindependent-communique-signatories',
      ],
    },
    {
      id: 'zpf-burgenstock-signatories',
      title: 'Signatories: counts change over time',
      date: '2024-06-16',
      text: 'On 16 June, 80 countries (Ukraine included) and four European institutions (the Council of Europe, European Commission, European Parliament and European Council) signed. Iraq and Jordan later disappeared from the list on the Swiss website, leaving 78 states; no reason was given. The list stayed open, and the Federated States of Micronesia joined on 28 June 2024. One outlet reported 84 signatories, apparently adding the four institutions to the 80 states.',
      sources: [
        'pp-kyivindependent-communique-signatories',
        'pp-interfax-ua-iraq-jordan',
        'pp-liga-iraq-jordan',
        'pp-online-ua-micronesia',
        'pp-odnako-84',
      ],
    },
    {
      id: 'zpf-yermak-2024',
      title: 'A later nuance from Kyiv',
      date: '2024',
      text: "Presidential office head Yermak told Corriere della Sera that talks would first require a return to the situation before 24 February 2022, with sovereignty up to the 1991 borders to be discussed after that. The report is undated; it refers to Zelensky's autumn 2024 visit to the US.",
      sources: ['pp-uawire-yermak'],
    },
  ],
  articleParagraphs: ['p-zelensky'],
}
