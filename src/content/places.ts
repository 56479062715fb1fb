import type { Place } from './schema.ts'

/**
 * Every place the article, the map and the plans refer to. Facts carry source ids from
 * `sources/kazakhstan.ts`; figures follow shared/research/kazakhstan.md (CIA World Factbook 2024 for
 * areas and borders) and §0 of shared/research/peace-plans.md (the meeting). Border lengths live in
 * `borders.ts`, so the neighbours' facts here are about the relationship, not the line.
 */
export const places: Place[] = [
  {
    id: 'kaz',
    name: 'Kazakhstan',
    kind: 'country',
    role: 'Host of the meeting: its President, Kassym-Jomart Tokayev, received Germany’s Chancellor Olaf Scholz in Astana on 16 September 2024.',
    roleSources: ['kz-bundesregierung-astana', 'kz-astana-times-meeting'],
    facts: [
      {
        label: 'Area',
        value: '2,724,900 km² (land 2,699,700 km², water 25,200 km²)',
        note: 'CIA World Factbook figure. The official Kazakh figure, given on a Kyrgyz Foreign Ministry page and in Kazakh-language Wikipedia, is 2,724,902 km².',
        sources: ['kz-factbook-kazakhstan', 'kz-kyrgyz-mfa-almaty', 'kz-wikipedia-kk'],
      },
      {
        label: 'Size rank',
        value: 'Ninth-largest country in the world, and the largest landlocked one',
        note: 'olympic.kz names the eight larger countries: Russia, Canada, China, the United States, Brazil, Australia, India and Argentina. The Factbook adds that Kazakhstan is one of only two landlocked countries that extend into two continents; the other is Azerbaijan.',
        sources: ['kz-olympic-kz', 'kz-kyrgyz-mfa-almaty', 'kz-factbook-kazakhstan'],
      },
      {
        label: 'Population',
        value: '20,201,849 on 1 September 2024 (Bureau of National Statistics)',
        note: 'The article’s “20 million” is right: the official count passed 20 million on 14 November 2023. The CIA World Factbook’s own estimate is lower, at 19,543,464 (2023 estimate).',
        sources: [
          'kz-astana-times-population-2024',
          'kz-astana-times-population-2023',
          'kz-factbook-kazakhstan',
        ],
      },
      {
        label: 'Population density',
        value: 'About 7.4 people per km² (about 19 per sq mi)',
        note: 'Computed here from the official population on 1 September 2024 and the Factbook area; a mirror of Wikipedia’s “Demographics of Kazakhstan” gives 7.41 per km² for 1 August 2024. The article’s “fewer than 6 people per square kilometre (16 people/sq mi)” repeats older Wikipedia text and is out of date.',
        sources: [
          'kz-astana-times-population-2024',
          'kz-factbook-kazakhstan',
          'kz-wikimili-demographics',
          'kz-pravda-article',
        ],
      },
      {
        label: 'Ethnic groups',
        value: 'Kazakhs 70.4%, Russians about 15.5% (2021 census)',
        note: 'The census counted 2,981,946 Russians (15.54%) among 124 ethnic groups; the Kazakh share had been 63.1% in 2009. The CIA World Factbook gives a higher share for Russians: Kazakh 69.6%, Russian 17.9%, Uzbek 3.3%, Uyghur 1.5%, Ukrainian 1.3%, Tatar 1% (2022 estimate). A 2024 estimate on a Wikipedia mirror puts Kazakhs at about 71.0% and Russians at about 14.9%.',
        sources: [
          'kz-aqparat-census-ethnicity',
          'kz-almaty-akshamy-census-ethnicity',
          'kz-factbook-kazakhstan',
          'kz-wikimili-ethnic-demography',
        ],
      },
      {
        label: 'Religion',
        value: 'Islam 69.3%, Christianity 17.2%; 11% declined to answer (2021 census)',
        note: 'Non-believers were 2.3%; Buddhism and Judaism under 0.1%. The CIA World Factbook still uses the 2009 census: Muslim 70.2%, Christian 26.2% (mainly Russian Orthodox), atheist 2.8%.',
        sources: ['kz-el-kz-census-religion', 'kz-cabar-believers', 'kz-factbook-kazakhstan'],
      },
      {
        label: 'Capital',
        value: 'Astana',
        note: 'Called Nur-Sultan from 20 March 2019; the name Astana was restored on 17 September 2022.',
        sources: ['kz-factbook-kazakhstan'],
      },
      {
        label: 'Largest city',
        value: 'Almaty',
        note: 'As the article states; the research notes behind this page did not check the ranking separately.',
        sources: ['kz-pravda-article'],
      },
      {
        label: 'President',
        value: 'Kassym-Jomart Tokayev, since 20 March 2019',
        note: 'Then chairman of the Senate, he was sworn in after Nursultan Nazarbayev announced his resignation on 19 March 2019. He won the 2019 snap election with about 71% and was inaugurated on 12 June 2019; the article calls him acting president between those dates. Re-elected on 20 November 2022 to a single seven-year term; the next election is due in 2029.',
        sources: [
          'kz-kazinform-2019-tokayev',
          'kz-ap-insider-2019-tokayev',
          'kz-factbook-kazakhstan',
          'kz-wikipedia-tokayev-inauguration',
          'kz-pravda-article',
        ],
      },
      {
        label: 'Administrative divisions',
        value:
          '17 regions and 3 cities of republican significance (Astana, Almaty, Shymkent), plus Baikonur',
        note: 'Baikonur is a separate special-status city leased to Russia, so the CIA World Factbook counts “17 provinces and 4 cities”. Three regions are new: Abai (centre Semey), Zhetisu (Taldykorgan) and Ulytau (Zhezkazgan). Tokayev announced them on 16 March 2022; the decree followed in early May and took effect on 8 June 2022. Zhetisu’s centre is Taldykorgan according to Kazinform and the text of the decree; a paragraph in the Astana Times gives Konayev instead, in error.',
        sources: [
          'kz-factbook-kazakhstan',
          'kz-hubbry-regions',
          'kz-kazinform-2022-regions',
          'kz-astana-times-regions',
        ],
      },
      {
        label: 'Land borders',
        value: '13,364 km in total, with Russia, China, Kyrgyzstan, Uzbekistan and Turkmenistan',
        note: 'CIA World Factbook 2024. Other sources give other totals, listed under the table of Kazakhstan’s land borders.',
        sources: ['kz-factbook-kazakhstan'],
      },
      {
        label: 'Caspian shore',
        value: '1,894 km',
        note: 'The Factbook gives Kazakhstan’s coastline as “0 km (landlocked)” while noting that it borders the Caspian Sea (1,894 km) and the Aral Sea (1,070 km).',
        sources: ['kz-factbook-kazakhstan'],
      },
      {
        label: 'Memberships',
        value: 'Includes the CIS, CSTO, Eurasian Economic Union, SCO, OSCE and OIC',
        note: 'From the CIA World Factbook’s list of international organisations. Kazakhstan shares CSTO, Eurasian Economic Union and SCO membership with Russia; see Russia.',
        sources: ['kz-factbook-kazakhstan'],
      },
      {
        label: 'Crimea: UN vote',
        value:
          'Abstained in 2014 on UN General Assembly resolution 68/262, which affirmed Ukraine’s territorial integrity',
        note: 'Kazakhstan’s Foreign Ministry said at the time that it treated Russia’s decision “with understanding”.',
        sources: ['kz-tengrinews-2014-vote', 'kz-un-ga-68-262', 'kz-timesca-crimea-2014'],
      },
      {
        label: 'Crimea: statements since',
        value:
          'Mixed: in 2019 Tokayev questioned the word “annexation”; Nazarbayev (2021) and a senior official (2022) said Kazakhstan does not recognise the change',
        note: 'December 2019, Tokayev to DW: “Annexation is too heavy of a word” (Ukraine protested). December 2021, Nazarbayev in an Oliver Stone film: Kazakhstan “did not recognize Crimea as Russian”, since it would then have to recognise South Ossetia, Abkhazia and Kosovo. 29 March 2022, Timur Suleimenov, first deputy head of the presidential administration, to Euractiv: Kazakhstan “did not recognize and will not recognize” the Crimea situation, nor the Donbas one.',
        sources: [
          'kz-timesca-dw-2019',
          'kz-tass-nazarbayev-2021',
          'kz-asiaplus-2022-suleimenov',
          'kz-rferl-2022-suleimenov',
        ],
      },
      {
        label: 'Luhansk and Donetsk',
        value: 'Not recognised',
        note: 'At the St Petersburg International Economic Forum on 17 June 2022, on stage next to Putin, Tokayev said Kazakhstan does not recognise Taiwan, Kosovo, South Ossetia or Abkhazia, and that the principle applies to “quasi-state associations”, which in his view is what Luhansk and Donetsk are.',
        sources: ['kz-up-yahoo-spief-2022', 'kz-aa-spief-2022', 'kz-india-today-spief-2022'],
      },
      {
        label: 'Annexations of 2022',
        value: 'Abstained on UN General Assembly resolution ES-11/4 (12 October 2022)',
        note: 'The resolution declared Russia’s attempted annexation of four Ukrainian regions invalid. AFP reported in September 2024 that Kazakhstan had not endorsed the invasion and had refused to recognise the annexation claim.',
        sources: ['kz-interfax-ua-es-11-4', 'kz-frontier-post-afp'],
      },
      {
        label: 'Sanctions',
        value:
          'Has not imposed sanctions of its own, but says its territory will not be used to get around the sanctions on Russia',
        note: 'Said by Foreign Minister Tleuberdi (to NHK), Deputy Foreign Minister Vassilenko and, in March 2022, Timur Suleimenov (“we are going to abide by the sanctions”). In Berlin on 28 September 2023 Tokayev said Kazakhstan “will follow the sanctions regime”. In August 2024 Deputy Prime Minister Zhumangarin said it would not “blindly follow the sanctions” if they hurt Kazakh companies.',
        sources: [
          'kz-topwar-tleuberdi',
          'kz-timesca-vassilenko',
          'kz-asiaplus-2022-suleimenov',
          'kz-rferl-2022-suleimenov',
          'kz-daryo-tokayev-berlin',
          'kz-berliner-zeitung-tokayev',
          'kz-kyiv-independent-2024-09-17',
        ],
      },
      {
        label: 'Friends for Peace',
        value:
          'One of 13 countries in the China- and Brazil-led “Friends for Peace” joint communiqué at the UN on 27 September 2024',
        note: 'Eleven days after the Astana meeting.',
        sources: ['kz-bandnews-friends-for-peace'],
      },
    ],
  },
  {
    id: 'rus',
    name: 'Russia',
    kind: 'country',
    role: 'Kazakhstan’s neighbour along its longest border and its treaty ally, and the country whose war in Ukraine the article is about.',
    roleSources: [
      'kz-factbook-kazakhstan',
      'kz-cacianalyst-2013-treaty',
      'kz-pravda-article',
      'kz-frontier-post-afp',
    ],
    facts: [
      {
        label: 'Border with Kazakhstan',
        value: '7,644 km: the longest continuous land border in the world',
        note: 'This is the sense in which the article’s “longest land border” holds. By total length the Canada–US border is longer (8,891 km), but it is in two parts: 2,475 km of it is with Alaska, leaving 6,416 km along the lower 48 states. Published lengths of the Kazakhstan–Russia border differ; they are listed in this panel under other published figures.',
        sources: [
          'kz-factbook-kazakhstan',
          'kz-factbook-canada',
          'kz-wikipedia-kaz-rus-border',
          'kz-tass-2025-border',
        ],
      },
      {
        label: 'Tokayev on the border',
        value: 'Told Scholz that Kazakhstan has the longest land border with Russia',
        note: 'English and German renderings differ: “longest land border” in Pravda.ru (from zakon.kz), “longest fenced land border” in IANS, and “längste abgegrenzte Landgrenze der Welt” (the world’s longest delimited land border) in German-language reports. What Tokayev said in the original Russian has not been confirmed. The Astana Times and AFP also report the remark.',
        sources: [
          'kz-pravda-article',
          'kz-ians-scholz-astana',
          'kz-astana-times-meeting',
          'kz-frontier-post-afp',
        ],
      },
      {
        label: 'Border treaty',
        value: 'Signed in Moscow on 18 January 2005 by Putin and Nazarbayev',
        note: 'Delimitation ran from 1996 to 2005. In November 2019 Kursiv, citing RIA, reported the demarcation on the ground as 86.7% complete.',
        sources: ['kz-tass-2025-border', 'kz-kursiv-2019-demarcation'],
      },
      {
        label: 'Alliance treaty',
        value:
          'Treaty on Good-Neighbourliness and Alliance in the 21st Century, signed in Yekaterinburg on 11 November 2013',
        note: 'Signed by Putin and Nazarbayev; it builds on the May 1992 friendship treaty. Both sides respect each other’s sovereignty and territorial integrity, join no blocs aimed at the other and coordinate foreign policy. A later declaration on “comprehensive strategic partnership and alliance” was signed at the Kremlin after the article appeared; its exact date is unconfirmed (an RBC-Ukraine item dates it to November 2025).',
        sources: [
          'kz-cacianalyst-2013-treaty',
          'kz-fergana-2025-declaration',
          'kz-rbc-ua-2025-declaration',
        ],
      },
      {
        label: 'CSTO',
        value: 'Both are members of the Collective Security Treaty Organization',
        note: 'Six states, Kazakhstan and Russia among them, put their names to the Collective Security Treaty in Tashkent on 15 May 1992; the others were Armenia, Kyrgyzstan, Tajikistan and Uzbekistan. Today the organisation has six members: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.',
        sources: ['kz-blogen-csto', 'kz-factbook-kazakhstan'],
      },
      {
        label: 'CSTO charter',
        value: 'Signed on 7 October 2002; where is disputed',
        note: 'Most sources, including a copy of the Russian Wikipedia article, place the signing in Chișinău; the Washington Times places it in Tashkent.',
        sources: ['kz-blogen-csto', 'kz-washington-times-csto'],
      },
      {
        label: 'Eurasian Economic Union',
        value:
          'Founded by Belarus, Kazakhstan and Russia: treaty signed in Astana on 29 May 2014, in force on 1 January 2015',
        sources: ['kz-eurasian-commission-eaeu', 'kz-reuters-eaeu', 'kz-embassy-bern-eaeu'],
      },
      {
        label: 'SCO',
        value:
          'Founding members, with China, Kyrgyzstan, Tajikistan and Uzbekistan (Shanghai, 15 June 2001)',
        note: 'Some mirrors give 14 June 2001.',
        sources: ['kz-issi-sco', 'kz-indiainsco-sco', 'kz-shhzzz-sco'],
      },
      {
        label: 'Baikonur',
        value: 'Russia leases the Baikonur launch site from Kazakhstan until 2050',
        note: 'See Baikonur for the terms.',
        sources: [
          'kz-spacedaily-afp-2004-baikonur',
          'kz-voa-2004-baikonur',
          'kz-factbook-kazakhstan',
        ],
      },
      {
        label: 'Tokayev in Astana',
        value: '“It is a fact that Russia is militarily invincible” (AFP’s English wording)',
        note: 'The official English translation read “cannot be defeated militarily”, the Times of Central Asia noted; Russian-language reports quote «в военном отношении Россия непобедима». Other renderings: “cannot be defeated in the military sense” (Kyiv Independent, bne IntelliNews) and “invincible militarily” (IANS).',
        sources: [
          'kz-frontier-post-afp',
          'kz-timesca-invincible',
          'kz-smolnarod-tokayev',
          'kz-kyiv-independent-2024-09-17',
          'kz-bne-intellinews-scholz',
          'kz-ians-scholz-astana',
        ],
      },
    ],
  },
  {
    id: 'chn',
    name: 'China',
    kind: 'country',
    role: 'Kazakhstan’s eastern neighbour; author of the February 2023 position paper and, with Brazil, of the May 2024 six points that Tokayev backed.',
    roleSources: [
      'kz-factbook-kazakhstan',
      'kz-pravda-article',
      'kz-newscentralasia-china-position',
      'kz-peoples-daily-china-brazil',
      'kz-astana-times-meeting',
    ],
    facts: [
      {
        label: 'SCO',
        value:
          'Founding member with Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan (Shanghai, 15 June 2001)',
        note: 'Some mirrors give 14 June 2001.',
        sources: ['kz-issi-sco', 'kz-indiainsco-sco', 'kz-shhzzz-sco'],
      },
      {
        label: 'China–Brazil plan',
        value: 'Tokayev told Scholz on 16 September 2024 that it “deserves support”',
        sources: ['kz-astana-times-meeting', 'kz-unn-tokayev', 'kz-pravda-article'],
      },
      {
        label: 'Friends for Peace',
        value:
          'With Brazil, led the joint communiqué of 13 countries, Kazakhstan among them, at the UN on 27 September 2024',
        sources: ['kz-bandnews-friends-for-peace'],
      },
    ],
  },
  {
    id: 'kgz',
    name: 'Kyrgyzstan',
    kind: 'country',
    role: 'Kazakhstan’s south-eastern neighbour.',
    roleSources: ['kz-factbook-kazakhstan', 'kz-pravda-article'],
    facts: [
      {
        label: 'CSTO',
        value: 'A member with Kazakhstan and Russia',
        note: 'Kyrgyzstan also signed the Collective Security Treaty in Tashkent on 15 May 1992.',
        sources: ['kz-blogen-csto'],
      },
      {
        label: 'SCO',
        value:
          'Founding member with Kazakhstan, China, Russia, Tajikistan and Uzbekistan (15 June 2001)',
        sources: ['kz-issi-sco', 'kz-indiainsco-sco', 'kz-shhzzz-sco'],
      },
      {
        label: 'Central Asia–Germany summit',
        value: 'President Japarov attended the second summit, in Astana on 17 September 2024',
        sources: ['kz-newscentralasia-joint-declaration', 'kz-news-az-summit'],
      },
    ],
  },
  {
    id: 'uzb',
    name: 'Uzbekistan',
    kind: 'country',
    role: 'Kazakhstan’s southern neighbour, and Scholz’s first stop in Central Asia (Samarkand, 15 September 2024) before Astana.',
    roleSources: ['kz-factbook-kazakhstan', 'kz-pravda-article', 'kz-bundesregierung-samarkand'],
    facts: [
      {
        label: 'Scholz in Samarkand',
        value:
          '15 September 2024: talks with President Mirziyoyev; a migration and mobility agreement and seven other documents signed',
        note: 'The other documents include critical minerals and water management. A German–Uzbek business roundtable followed in Samarkand on 16 September, before Scholz went on to Astana.',
        sources: ['kz-bundesregierung-samarkand', 'kz-euronews-samarkand', 'kz-fbdza-samarkand'],
      },
      {
        label: 'SCO',
        value:
          'Founding member with Kazakhstan, China, Kyrgyzstan, Russia and Tajikistan (15 June 2001)',
        sources: ['kz-issi-sco', 'kz-indiainsco-sco', 'kz-shhzzz-sco'],
      },
      {
        label: 'Collective Security Treaty',
        value: 'Signed the 1992 treaty, but is not among the CSTO’s current members',
        sources: ['kz-blogen-csto'],
      },
    ],
  },
  {
    id: 'tkm',
    name: 'Turkmenistan',
    kind: 'country',
    role: 'Kazakhstan’s south-western neighbour, with the shortest of its five land borders.',
    roleSources: ['kz-factbook-kazakhstan', 'kz-pravda-article'],
    facts: [
      {
        label: 'Central Asia–Germany summit',
        value:
          'President Serdar Berdimuhamedov attended the second summit, in Astana on 17 September 2024',
        sources: ['kz-newscentralasia-joint-declaration', 'kz-news-az-summit'],
      },
    ],
  },
  {
    id: 'ukr',
    name: 'Ukraine',
    kind: 'country',
    role: 'The country Russia invaded; the article reports Kyiv’s view that President Volodymyr Zelensky’s peace plan is the only basis for peace, and in September 2022 Foreign Minister Kuleba defined Ukraine’s goal as its internationally recognised 1991 borders.',
    roleSources: ['kz-pravda-article', 'kz-interfax-ua-2022-09-20'],
    facts: [
      {
        label: '“1991 borders”',
        value:
          'The borders Ukraine had at independence in 1991, when the Soviet Union collapsed; they include Crimea, Donetsk and Luhansk',
        note: 'The UN continues to treat these areas as part of Ukraine, and Kyiv has made recognition of these borders a condition of any peace.',
        sources: [
          'kz-euronews-reuters-1991-borders',
          'kz-national-post-reuters-1991-borders',
          'kz-pledgetimes-yermak-2023',
        ],
      },
      {
        label: 'UN vote on the 2022 annexations',
        value:
          'Resolution ES-11/4 (12 October 2022): 143 for, 5 against, 35 abstentions; Kazakhstan abstained',
        note: 'It declared the “referendums” in the Donetsk, Kherson, Luhansk and Zaporizhzhia regions and their attempted annexation invalid and illegal, and called for non-recognition. Against: Russia, Belarus, Syria, North Korea and Nicaragua; 10 states were absent. Putin had proclaimed the annexation on 30 September 2022.',
        sources: ['kz-interfax-ua-es-11-4'],
      },
      {
        label: 'Tokayev on Ukraine',
        value:
          'Told Scholz that Kazakhstan feels sympathy for Ukrainians and that its embassy in Kyiv still works',
        sources: ['kz-astana-times-meeting', 'kz-frontier-post-afp', 'kz-pravda-article'],
      },
    ],
  },
  {
    id: 'deu',
    name: 'Germany',
    kind: 'country',
    role: 'Chancellor Olaf Scholz visited Uzbekistan and Kazakhstan on 15–17 September 2024, his first trip to Central Asia as chancellor.',
    roleSources: [
      'kz-atavatan-scholz-trip',
      'kz-bne-intellinews-scholz',
      'kz-bundesregierung-samarkand',
      'kz-bundesregierung-astana',
    ],
    facts: [
      {
        label: 'Scholz’s trip',
        value: 'Samarkand on 15–16 September 2024, Astana on 16–17 September',
        note: 'IANS calls him the first head of a German government to visit Kazakhstan in 14 years; this is unconfirmed elsewhere.',
        sources: [
          'kz-bundesregierung-samarkand',
          'kz-bundesregierung-astana',
          'kz-atavatan-scholz-trip',
          'kz-ians-scholz-astana',
        ],
      },
      {
        label: 'Oil',
        value: 'Kazakhstan is Germany’s third-largest oil supplier, with an 11.7% share (dpa)',
        note: 'Kazakh crude supplies the PCK refinery in Schwedt. On the sidelines of the visit the two sides agreed to extend deliveries, currently 100,000 t a month, beyond 2024.',
        sources: ['kz-ovb-dpa-oil', 'kz-24hoursworlds-scholz'],
      },
      {
        label: 'Trade',
        value: 'About $4 billion in 2023, as reported by IANS',
        sources: ['kz-ians-scholz-astana'],
      },
      {
        label: 'Raw materials',
        value:
          'Critical raw materials and German extraction know-how, oil, rare earths and lithium were on the agenda in Astana',
        sources: ['kz-bundesregierung-astana', 'kz-arabnews-reuters-scholz'],
      },
      {
        label: 'Sanctions',
        value:
          'Scholz said Germany wants to “prevent trade between us from being misused to circumvent sanctions”',
        note: 'The declaration of the first Central Asia–Germany summit, in Berlin in 2023, had already stressed efforts to prevent sanctions evasion.',
        sources: ['kz-arabnews-reuters-scholz', 'kz-asiaplus-2023-berlin'],
      },
      {
        label: 'Scholz on the war',
        value:
          'Said it was up to Russia to end the war, whenever it chose, by halting its aggression',
        note: 'He added that peace would depend on Moscow accepting that Ukraine is no “vassal state”, and confirmed that Germany would still not supply Taurus long-range missiles.',
        sources: ['kz-bundesregierung-astana', 'kz-ubn-scholz-astana'],
      },
      {
        label: 'Central Asia–Germany summit',
        value:
          'Second summit, in Astana on 17 September 2024, with Tokayev, Japarov, Rahmon, Serdar Berdimuhamedov and Mirziyoyev',
        note: 'Germany names the format “Central Asia + Germany” (Z5+1 in German); “C5+1” normally refers to the equivalent format with the United States. The leaders adopted a Joint Declaration. Their first meeting, in Berlin on 29 September 2023, had agreed a “Strategic Regional Partnership”.',
        sources: [
          'kz-newscentralasia-joint-declaration',
          'kz-news-az-summit',
          'kz-deutschland-de-summit',
        ],
      },
    ],
  },
  {
    id: 'bra',
    name: 'Brazil',
    kind: 'country',
    role: 'President Lula offered mediation in 2023; in May 2024 his chief adviser Celso Amorim and China’s Foreign Minister Wang Yi issued six joint points.',
    roleSources: [
      'kz-pravda-article',
      'kz-agencia-brasil-2023-01-30',
      'kz-peoples-daily-china-brazil',
    ],
    facts: [
      {
        label: 'China–Brazil plan',
        value: 'Tokayev told Scholz on 16 September 2024 that it “deserves support”',
        sources: ['kz-astana-times-meeting', 'kz-unn-tokayev', 'kz-pravda-article'],
      },
      {
        label: 'Friends for Peace',
        value:
          'With China, led the joint communiqué of 13 countries, Kazakhstan among them, at the UN on 27 September 2024',
        sources: ['kz-bandnews-friends-for-peace'],
      },
    ],
  },
  {
    id: 'tur',
    name: 'Türkiye',
    kind: 'country',
    role: 'Host of the March 2022 Russia–Ukraine talks in Istanbul.',
    roleSources: ['kz-rua-gr-istanbul'],
    facts: [
      {
        label: 'Istanbul talks',
        value: 'Russian and Ukrainian delegations met at Dolmabahçe Palace on 29 March 2022',
        sources: [
          'kz-telesur-istanbul',
          'kz-move2turkey-istanbul',
          'kz-frontier-post-ria-istanbul',
        ],
      },
    ],
  },
  {
    id: 'caspian-sea',
    name: 'Caspian Sea',
    kind: 'sea',
    role: 'Kazakhstan’s western shore: the article calls it a coastline, although Kazakhstan counts as landlocked.',
    roleSources: ['kz-factbook-kazakhstan', 'kz-pravda-article'],
    facts: [
      {
        label: 'Kazakhstan’s shore',
        value: '1,894 km',
        note: 'CIA World Factbook 2024; the 1994 edition gives the same. The Kazakh-language Wikipedia gives about 2,000 km, and olympic.kz instead gives “water borders with Azerbaijan and Iran” of 1,730 km.',
        sources: ['kz-factbook-kazakhstan', 'kz-factbook-1994', 'kz-wikipedia-kk', 'kz-olympic-kz'],
      },
      {
        label: 'Coastline or landlocked?',
        value: 'Both descriptions are used',
        note: 'The article speaks of “a coastline along the Caspian Sea” and also calls Kazakhstan landlocked. The CIA World Factbook gives its coastline as “0 km (landlocked)” while listing 1,894 km on the Caspian Sea and 1,070 km on the Aral Sea.',
        sources: ['kz-pravda-article', 'kz-factbook-kazakhstan'],
      },
      {
        label: 'Energy cable',
        value:
          'At the 17 September 2024 summit Tokayev offered a green-energy cable across the Caspian with Uzbekistan and Azerbaijan',
        sources: ['kz-news-az-summit', 'kz-deutschland-de-summit'],
      },
    ],
  },
  {
    id: 'astana',
    name: 'Astana',
    kind: 'city',
    // CIA WFB capital coordinates (51°10′N 71°25′E). Wikipedia gives 51°8′N 71°26′E (51.133, 71.433).
    coordinates: [51.167, 71.417],
    coordinatesSources: ['kz-factbook-kazakhstan'],
    role: 'Kazakhstan’s capital, where Tokayev met Scholz on 16 September 2024.',
    roleSources: ['kz-factbook-kazakhstan', 'kz-bundesregierung-astana'],
    facts: [
      {
        label: 'Tokayev–Scholz meeting',
        value: 'Monday 16 September 2024, at the Akorda',
        note: 'bne IntelliNews dated it 17 September, which is wrong: that was the day of the Central Asia–Germany summit, held at the Independence Palace.',
        sources: [
          'kz-bundesregierung-astana',
          'kz-astana-times-meeting',
          'kz-kyiv-independent-2024-09-17',
          'kz-bne-intellinews-scholz',
          'kz-newscentralasia-joint-declaration',
        ],
      },
      {
        label: 'Name',
        value: 'Called Nur-Sultan from 20 March 2019 until 17 September 2022',
        sources: ['kz-factbook-kazakhstan'],
      },
      {
        label: 'Status',
        value: 'Capital, and one of three cities of republican significance',
        sources: ['kz-factbook-kazakhstan', 'kz-hubbry-regions'],
      },
      {
        label: 'Signed here',
        value:
          'The Eurasian Economic Union treaty (29 May 2014) and the Baikonur lease extension to 2050 (9 January 2004)',
        sources: [
          'kz-eurasian-commission-eaeu',
          'kz-reuters-eaeu',
          'kz-spacedaily-afp-2004-baikonur',
          'kz-voa-2004-baikonur',
        ],
      },
    ],
  },
  {
    id: 'almaty',
    name: 'Almaty',
    kind: 'city',
    // Older Wikipedia coordinates (43°16′39″N 76°53′45″E). The 2024 Wikipedia text gives 43.240, 76.915.
    coordinates: [43.2775, 76.8958],
    coordinatesSources: ['kz-simple-wikipedia-almaty'],
    role: 'As the article says, Kazakhstan’s largest city and its leading cultural and commercial hub.',
    roleSources: ['kz-pravda-article'],
    facts: [
      {
        label: 'Status',
        value: 'One of three cities of republican significance, with Astana and Shymkent',
        sources: ['kz-factbook-kazakhstan', 'kz-hubbry-regions'],
      },
    ],
  },
  {
    id: 'baikonur',
    name: 'Baikonur',
    kind: 'site',
    // Baikonur Cosmodrome, 45°57′54″N 63°18′18″E.
    coordinates: [45.965, 63.305],
    coordinatesSources: ['kz-worddisk-baikonur', 'kz-piglix-baikonur'],
    role: 'The space launch site in Kazakhstan that Russia leases.',
    roleSources: ['kz-factbook-kazakhstan', 'kz-worddisk-baikonur'],
    facts: [
      {
        label: 'Status',
        value: 'Kazakh territory, leased to Russia',
        note: 'Baikonur is a special-status city outside Kazakhstan’s 17 regions; the CIA World Factbook lists Bayqongyr as one of four cities alongside the 17 provinces.',
        sources: ['kz-factbook-kazakhstan', 'kz-hubbry-regions'],
      },
      {
        label: '1994 agreement',
        value: 'Signed in Moscow on 28 March 1994 for 20 years; in force from 19 October 1994',
        note: 'This is the agreement on the basic principles and conditions of use of Baikonur. Aviapanorama dates the lease itself to 7 October 1994; the date of the lease agreement, as distinct from this framework agreement, is unconfirmed.',
        sources: [
          'kz-bayterek-baikonur',
          'kz-cis-legislation-baikonur',
          'kz-jamestown-baikonur',
          'kz-aviapanorama-baikonur',
        ],
      },
      {
        label: 'Rent',
        value: '$115 million a year',
        note: 'AFP (2004) put it at “some 150 million dollars”.',
        sources: [
          'kz-jamestown-baikonur',
          'kz-voa-2004-baikonur',
          'kz-moscow-times-baikonur',
          'kz-spacedaily-afp-2004-baikonur',
        ],
      },
      {
        label: 'Lease term',
        value: 'Until 2050, under an agreement of 9 January 2004',
        note: 'Signed by Putin and Nazarbayev in Astana. Russia ratified it in 2005; Kazakhstan by a law of 29 April 2010, in force from 7 June 2010.',
        sources: [
          'kz-spacedaily-afp-2004-baikonur',
          'kz-voa-2004-baikonur',
          'kz-moscow-times-baikonur',
          'kz-spacedaily-upi-2005-baikonur',
          'kz-zakonpravo-baikonur',
        ],
      },
      {
        label: 'Leased area',
        value: 'About 6,000 km², including the city of Bayqongyr (Baikonur, formerly Leninsk)',
        note: 'Wikipedia describes an ellipse of 90 km east–west by 85 km north–south. A Kyrgyz Foreign Ministry page puts all land leased by Russia at 111,913 km² (4.1% of the country); what that figure covers, presumably including rocket drop zones, is unconfirmed.',
        sources: ['kz-factbook-kazakhstan', 'kz-worddisk-baikonur', 'kz-kyrgyz-mfa-almaty'],
      },
    ],
  },
  {
    id: 'istanbul',
    name: 'Istanbul',
    kind: 'city',
    // The marker is Dolmabahçe Palace (41°02′22″N 29°00′06″E), where the 2022 talks were held.
    coordinates: [41.03944, 29.00167],
    coordinatesSources: ['kz-simple-wikipedia-dolmabahce'],
    role: 'Russian and Ukrainian delegations met at Dolmabahçe Palace on 29 March 2022; Tokayev said the chance of a truce was missed there.',
    roleSources: ['kz-telesur-istanbul', 'kz-move2turkey-istanbul', 'kz-pravda-article'],
    facts: [
      {
        label: '2022 talks',
        value: 'Russian and Ukrainian delegations met at Dolmabahçe Palace on 29 March 2022',
        sources: [
          'kz-telesur-istanbul',
          'kz-move2turkey-istanbul',
          'kz-frontier-post-ria-istanbul',
        ],
      },
      {
        label: 'Tokayev’s view',
        value:
          'The chance of “at least a truce” was missed at the Istanbul talks, but peace is still possible',
        note: 'He said the refusal to sign the Istanbul agreement lost that chance. English accounts differ between “truce” and “ceasefire”.',
        sources: ['kz-pravda-article', 'kz-astana-times-meeting', 'kz-unn-tokayev'],
      },
    ],
  },
  {
    id: 'kyiv',
    name: 'Kyiv',
    kind: 'city',
    // The Factbook's capital coordinates, degrees and minutes converted to decimals.
    coordinates: [50.433, 30.517],
    coordinatesSources: ['kz-factbook-ukraine'],
    role: 'Ukraine’s capital: the article reports Kyiv’s view that only Ukraine can set the terms of peace.',
    roleSources: ['kz-pravda-article'],
    facts: [
      {
        label: 'Kazakh embassy',
        value: 'Tokayev said on 16 September 2024 that Kazakhstan’s embassy in Kyiv still works',
        sources: ['kz-astana-times-meeting', 'kz-frontier-post-afp'],
      },
    ],
  },
  {
    id: 'moscow',
    name: 'Moscow',
    kind: 'city',
    // The Factbook's capital coordinates, degrees and minutes converted to decimals.
    coordinates: [55.75, 37.6],
    coordinatesSources: ['kz-factbook-russia'],
    role: 'Russia’s capital: the article reports that Moscow strongly opposes Zelensky’s terms.',
    roleSources: ['kz-pravda-article'],
    facts: [
      {
        label: 'Signed here',
        value:
          'The Baikonur agreement (28 March 1994) and the Kazakhstan–Russia border treaty (18 January 2005)',
        sources: ['kz-bayterek-baikonur', 'kz-cis-legislation-baikonur', 'kz-tass-2025-border'],
      },
    ],
  },
  {
    id: 'berlin',
    name: 'Berlin',
    kind: 'city',
    // The Factbook's capital coordinates, degrees and minutes converted to decimals.
    coordinates: [52.517, 13.4],
    coordinatesSources: ['kz-factbook-germany'],
    role: 'Where the first Central Asia–Germany summit met, on 29 September 2023; the second followed in Astana a year later.',
    roleSources: ['kz-newscentralasia-joint-declaration', 'kz-asiaplus-2023-berlin'],
    facts: [
      {
        label: 'First Central Asia–Germany summit',
        value: '29 September 2023; it set up a “Strategic Regional Partnership”',
        note: 'Its declaration stressed “close exchanges on sanctions regimes” and efforts to prevent sanctions evasion. In Berlin the day before, Tokayev said Kazakhstan had “unequivocally stated that it will follow the sanctions regime”.',
        sources: [
          'kz-newscentralasia-joint-declaration',
          'kz-asiaplus-2023-berlin',
          'kz-daryo-tokayev-berlin',
          'kz-berliner-zeitung-tokayev',
        ],
      },
    ],
  },
  {
    id: 'beijing',
    name: 'Beijing',
    kind: 'city',
    // The Factbook's capital coordinates, degrees and minutes converted to decimals.
    coordinates: [39.917, 116.383],
    coordinatesSources: ['kz-factbook-china'],
    role: 'Where China’s Foreign Minister Wang Yi and Brazil’s Celso Amorim issued the China–Brazil six points on 23 May 2024.',
    roleSources: ['kz-peoples-daily-china-brazil'],
    facts: [],
  },
  {
    id: 'brasilia',
    name: 'Brasília',
    kind: 'city',
    // The Factbook's capital coordinates, degrees and minutes converted to decimals.
    coordinates: [-15.783, -47.917],
    coordinatesSources: ['kz-factbook-brazil'],
    role: 'Where Lula first proposed a group of mediating countries, beside Scholz, on 30 January 2023.',
    roleSources: ['kz-agencia-brasil-2023-01-30'],
    facts: [
      {
        label: 'Lula and Scholz',
        value:
          'At a joint press conference on 30 January 2023, Lula made his first public pitch for a group of countries to mediate',
        sources: ['kz-agencia-brasil-2023-01-30'],
      },
    ],
  },
  {
    id: 'crimea',
    name: 'Crimea',
    kind: 'area',
    role: 'Part of Ukraine, annexed by Russia in 2014; the UN General Assembly affirmed Ukraine’s territorial integrity and called on states not to recognise the change (resolution 68/262).',
    roleSources: [
      'kz-un-ga-68-262',
      'kz-rightsinrussia-crimea',
      'kz-euronews-reuters-1991-borders',
    ],
    facts: [
      {
        label: 'Annexation',
        value: '18 March 2014: Putin and Crimean leaders signed an accession treaty in the Kremlin',
        note: 'A “referendum” had been held on 16 March; Russia ratified the treaty on 21 March 2014.',
        sources: [
          'kz-rightsinrussia-crimea',
          'kz-dailybeast-crimea',
          'kz-pdfslide-annexation-crimea',
        ],
      },
      {
        label: 'UN General Assembly',
        value:
          'Resolution 68/262 (27 March 2014), adopted by 100 votes to 11 with 58 abstentions, affirms Ukraine’s territorial integrity',
        note: 'It says the referendum, “having no validity”, cannot alter Crimea’s status, and calls on states not to recognise the change. 24 members were absent.',
        sources: ['kz-un-ga-68-262', 'kz-rightsinrussia-crimea'],
      },
      {
        label: 'Kazakhstan’s vote',
        value: 'Abstained',
        note: 'See Kazakhstan for how its statements on Crimea have varied since.',
        sources: ['kz-tengrinews-2014-vote'],
      },
    ],
  },
]
