import type { Source } from '../schema.ts'

/**
 * Sources for the article, the places, the borders and the map. Notes: shared/research/kazakhstan.md
 * (and §0 of shared/research/peace-plans.md for the Astana meeting).
 *
 * - `url` only where the notes give an address, exactly as given (a bare domain gets `https://`).
 *   Sources the notes name without an address, or with a truncated one ("…"), have no `url`.
 * - Where the notes name a source without its headline, `title` describes the item instead.
 * - A few entries repeat a source from `plans.ts` under a `kz-` id so that place facts can cite it.
 */
export const kazakhstanSources: Source[] = [
  // The article and the meeting, 16 September 2024
  {
    id: 'kz-pravda-article',
    title: 'Kazakhstan President Tokayev to Olaf Scholz: Russia is invincible militarily',
    publisher: 'Pravda.ru (English edition)',
    url: 'https://english.pravda.ru/news/world/160655-kazakhstan-tokayev-scholz/',
    note: 'The article reproduced on this page; it cites zakon.kz.',
  },
  {
    id: 'kz-bundesregierung-astana',
    title: 'Press statement delivered by the Federal Chancellor in Kazakhstan',
    publisher: 'Federal Government of Germany',
    date: '2024-09-16',
    url: 'https://www.bundesregierung.de/breg-en/news/federal-chancellor-statement-kazakhstan-2308904',
  },
  {
    id: 'kz-bundesregierung-samarkand',
    title: 'Press statement delivered by the Federal Chancellor in Samarkand',
    publisher: 'Federal Government of Germany',
    date: '2024-09-15',
    url: 'https://www.bundesregierung.de/breg-en/news/federal-chancellor-statement-uzbekistan-2308896',
  },
  {
    id: 'kz-astana-times-meeting',
    title: 'Kazakh President on Russia-Ukraine Conflict: Peace Still Remains Possible',
    publisher: 'The Astana Times',
    date: '2024-09-17',
    url: 'https://astanatimes.com/2024/09/kazakh-president-on-russia-ukraine-conflict-peace-still-remains-possible/',
  },
  {
    id: 'kz-unn-tokayev',
    title:
      "'Russia is militarily invincible': Kazakh President supports China and Brazil's peace plan",
    publisher: 'UNN (Ukrainian News Agency)',
    url: 'https://unn.ua/en/news/russia-is-militarily-invincible-kazakh-president-supports-china-and-brazils-peace-plan',
  },
  {
    id: 'kz-frontier-post-afp',
    title: "Kazakhstan's president declares Russia 'invincible'",
    publisher: 'The Frontier Post',
    url: 'https://thefrontierpost.com/kazakhstans-president-declares-russia-invincible/',
    note: 'AFP copy.',
  },
  {
    id: 'kz-ubn-scholz-astana',
    title: 'Deutschland und Kasachstan erörtern Wege zum Frieden in der Ukraine',
    publisher: 'UBN',
    url: 'https://ubn.news/de/deutschland-und-kasachstan-eroertern-wege-zum-frieden-in-der-ukraine/?amp=1',
    note: 'In German.',
  },
  {
    id: 'kz-timesca-invincible',
    title: 'Tokayev Gets Pundits Talking with ‘Invincible’ Russia Remark',
    publisher: 'The Times of Central Asia',
    url: 'https://timesca.com/tokayev-gets-pundits-talking-with-invincible-russia-remark',
  },
  {
    id: 'kz-smolnarod-tokayev',
    title: 'Russian-language report of Tokayev’s remark to Scholz',
    publisher: 'smolnarod.ru',
    note: 'In Russian.',
  },
  {
    id: 'kz-kyiv-independent-2024-09-17',
    title: 'Report on Tokayev’s remarks at his meeting with Scholz',
    publisher: 'The Kyiv Independent',
    date: '2024-09-17',
  },
  {
    id: 'kz-ians-scholz-astana',
    title: 'Report on Scholz’s talks with Tokayev in Astana',
    publisher: 'IANS (via daijiworld)',
    note: 'Datelined 16 September 2024.',
  },
  {
    id: 'kz-bne-intellinews-scholz',
    title: 'Report on Scholz’s visit to Uzbekistan and Kazakhstan',
    publisher: 'bne IntelliNews',
    note: 'Dates the Tokayev–Scholz meeting to 17 September 2024, which is wrong: it took place on the 16th.',
  },

  // Scholz's trip, 15–17 September 2024
  {
    id: 'kz-atavatan-scholz-trip',
    title: 'German government announcement of Scholz’s trip to Central Asia',
    publisher: 'atavatan-turkmenistan.com',
  },
  {
    id: 'kz-euronews-samarkand',
    title: 'Report on Scholz’s talks with Mirziyoyev in Samarkand',
    publisher: 'Euronews (via Yahoo)',
  },
  {
    id: 'kz-fbdza-samarkand',
    title: 'Report on the agreements signed in Samarkand',
    publisher: 'fbdza.eu',
  },
  {
    id: 'kz-arabnews-reuters-scholz',
    title: 'Reuters report on Scholz’s visit to Kazakhstan',
    publisher: 'Arab News (Reuters copy)',
    url: 'https://arabnews.com/node/2571624',
  },
  {
    id: 'kz-ovb-dpa-oil',
    title: 'dpa report on Kazakh oil for Germany',
    publisher: 'ovb-heimatzeitungen (dpa copy)',
    note: 'In German.',
  },
  {
    id: 'kz-24hoursworlds-scholz',
    title: 'Report on the agreements of Scholz’s visit to Kazakhstan',
    publisher: '24hoursworlds',
  },
  {
    id: 'kz-newscentralasia-joint-declaration',
    title: 'Joint Declaration of the second Central Asia–Germany summit (text)',
    publisher: 'News Central Asia (newscentralasia.net)',
    date: '2024-09-18',
  },
  {
    id: 'kz-news-az-summit',
    title: 'Report on the Central Asia–Germany summit in Astana',
    publisher: 'news.az',
  },
  {
    id: 'kz-deutschland-de-summit',
    title: 'Report on the Central Asia–Germany summit in Astana',
    publisher: 'deutschland.de (dpa)',
  },
  {
    id: 'kz-asiaplus-2023-berlin',
    title: 'Report on the Berlin declaration of the first Central Asia–Germany summit',
    publisher: 'Asia-Plus (asiaplustj.info)',
    date: '2023-10-02',
  },
  {
    id: 'kz-daryo-tokayev-berlin',
    title: 'Report on Tokayev’s remarks on sanctions in Berlin',
    publisher: 'Daryo (daryo.uz)',
  },
  {
    id: 'kz-berliner-zeitung-tokayev',
    title: 'Report on Tokayev’s remarks on sanctions in Berlin',
    publisher: 'Berliner Zeitung',
  },

  // Peace initiatives, cited for the roles of China, Brazil, Türkiye and their cities
  {
    id: 'kz-newscentralasia-china-position',
    title: "China's 12-point formula for Ukraine calls for immediate start of peace talks",
    publisher: 'News Central Asia',
    date: '2023-02-25',
    url: 'https://www.newscentralasia.net/2023/02/25/chinas-12-point-formula-for-ukraine-calls-for-immediate-start-of-peace-talks-impartial-and-just-resolution-of-humanitarian-crisis/',
  },
  {
    id: 'kz-peoples-daily-china-brazil',
    title:
      'China, Brazil issue common understandings on political settlement of Ukraine crisis (full text)',
    publisher: "People's Daily Online (Xinhua copy)",
    date: '2024-05-24',
    url: 'http://en.people.cn/n3/2024/0524/c90000-20173768.html',
    note: 'Chinese state media.',
  },
  {
    id: 'kz-agencia-brasil-2023-01-30',
    title: 'Lula suggests group of nations to negotiate peace between Ukraine and Russia',
    publisher: 'Agência Brasil',
    url: 'https://agenciabrasil.ebc.com.br./en/internacional/noticia/2023-01/lula-suggests-group-nations-negotiate-peace-ukraine-russia',
  },
  {
    id: 'kz-bandnews-friends-for-peace',
    title: "Brasil, China e mais 11 países anunciam criação do grupo 'Amigos da Paz'",
    publisher: 'Band News (Agência Brasil copy)',
    date: '2024-09-28',
    url: 'https://bandnewstv.uol.com.br/2024/09/28/brasil-china-e-mais-11-paises-anunciam-criacao-do-grupo-amigos-da-paz',
    note: 'In Portuguese.',
  },
  {
    id: 'kz-rua-gr-istanbul',
    title: 'What ended the negotiations between Ukraine and Russia in Turkey',
    publisher: 'rua.gr',
    url: 'https://en.rua.gr/2022/03/29/what-ended-the-negotiations-between-ukraine-and-russia-in-turkey/',
  },
  {
    id: 'kz-telesur-istanbul',
    title: 'Live blog on the Russia–Ukraine talks in Istanbul',
    publisher: 'teleSUR English',
  },
  {
    id: 'kz-move2turkey-istanbul',
    title: 'Report on the Russia–Ukraine talks at Dolmabahçe Palace',
    publisher: 'move2turkey',
  },
  {
    id: 'kz-frontier-post-ria-istanbul',
    title: 'Report on the Russia–Ukraine talks in Istanbul',
    publisher: 'The Frontier Post (RIA Novosti copy)',
  },

  // Country data
  {
    id: 'kz-factbook-kazakhstan',
    title: 'The World Factbook: Kazakhstan (2024 edition, JSON mirror)',
    publisher: 'CIA World Factbook, via the factbook/factbook.json mirror',
    date: '2024',
    url: 'https://github.com/factbook/factbook.json/blob/master/central-asia/kz.json',
    note: 'The notes cite the file central-asia/kz.json of this mirror at commit af82d746…; it lists PM Bektenov “since 6 February 2024”.',
  },
  {
    id: 'kz-factbook-russia',
    title: 'The World Factbook: Russia (2024 edition, JSON mirror)',
    publisher: 'CIA World Factbook, via the factbook/factbook.json mirror',
    date: '2024',
    note: 'Its land-boundary list also gives Kazakhstan 7,644 km.',
    url: 'https://github.com/factbook/factbook.json/blob/master/central-asia/rs.json',
  },
  {
    id: 'kz-factbook-canada',
    title: 'The World Factbook: Canada (JSON mirror)',
    publisher: 'CIA World Factbook, via the factbook/factbook.json mirror',
    url: 'https://github.com/factbook/factbook.json/blob/master/north-america/ca.json',
  },
  {
    id: 'kz-factbook-1994',
    title: 'The World Factbook 1994: Kazakhstan',
    publisher: 'CIA World Factbook',
    date: '1994',
  },
  {
    id: 'kz-kyrgyz-mfa-almaty',
    title: 'Country Information (Kazakhstan)',
    publisher:
      'Ministry of Foreign Affairs of the Kyrgyz Republic, Consulate-General of the Kyrgyz Republic in Almaty',
    note: 'Gives Kazakh figures. The notes give only a truncated address (mfa.gov.kg/en/dm/Consulate-General-of-the-Kyrgyz-Republic-in-Almaty/…).',
  },
  {
    id: 'kz-wikipedia-kk',
    title: 'Kazakh-language Wikipedia article text on Kazakhstan (via a mirror dataset)',
    publisher: 'Kazakh-language Wikipedia',
    note: 'Text as of about October 2022.',
  },
  {
    id: 'kz-olympic-kz',
    title: 'Republic of Kazakhstan',
    publisher: 'National Olympic Committee of Kazakhstan (olympic.kz)',
    url: 'http://olympic.kz/en/page/view/republic_kazakhstan',
  },
  {
    id: 'kz-worldatlas-borders',
    title: 'Which Countries Border Kazakhstan?',
    publisher: 'WorldAtlas (worldatlas.com)',
  },

  // Borders
  {
    id: 'kz-wikipedia-kaz-rus-border',
    title: 'Kazakhstan–Russia border',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Kazakhstan%E2%80%93Russia_border',
  },
  {
    id: 'kz-wikipedia-ru-border',
    title: 'Российско-казахстанская граница (Russia–Kazakhstan border)',
    publisher: 'Russian-language Wikipedia, via the wiki-org.ru mirror',
    note: 'In Russian.',
  },
  {
    id: 'kz-sovereignlimits-kaz-rus',
    title: 'Kazakhstan–Russia land boundary',
    publisher: 'Sovereign Limits',
    url: 'https://sovereignlimits.com/boundaries/kazakhstan-russia-land',
  },
  {
    id: 'kz-tass-2025-border',
    title: 'Report on the 20th anniversary of the Russia–Kazakhstan border treaty',
    publisher: 'TASS',
    date: '2025-01-18',
    url: 'https://tass.com/politics/1901155',
    note: 'Russian state news agency.',
  },
  {
    id: 'kz-kursiv-2019-demarcation',
    title: 'Report on the demarcation of the Kazakhstan–Russia border',
    publisher: 'Kursiv',
    date: '2019-11-07',
    note: 'Cites RIA Novosti.',
  },

  // Population, ethnicity, religion
  {
    id: 'kz-astana-times-population-2024',
    title: 'Kazakhstan’s population exceeds 20 million people',
    publisher: 'The Astana Times',
    date: '2024-10-22',
    url: 'https://astanatimes.com/2024/10/kazakhstans-population-exceeds-20-million-people/',
    note: 'Reports the Bureau of National Statistics figure for 1 September 2024.',
  },
  {
    id: 'kz-astana-times-population-2023',
    title: 'Kazakhstan’s population reaches 20 million',
    publisher: 'The Astana Times',
    date: '2023-11-16',
    url: 'https://astanatimes.com/2023/11/kazakhstans-population-reaches-20-million/',
  },
  {
    id: 'kz-wikimili-demographics',
    title: 'Demographics of Kazakhstan',
    publisher: 'Wikipedia, via the wikimili mirror',
  },
  {
    id: 'kz-aqparat-census-ethnicity',
    title: 'Report on the ethnic composition counted by the 2021 census',
    publisher: 'aqparat.info',
    date: '2023-11-07',
  },
  {
    id: 'kz-almaty-akshamy-census-ethnicity',
    title: 'Report on the ethnic composition counted by the 2021 census',
    publisher: 'almaty-akshamy.kz',
  },
  {
    id: 'kz-wikimili-ethnic-demography',
    title: 'Ethnic demography of Kazakhstan',
    publisher: 'Wikipedia, via the wikimili mirror',
  },
  {
    id: 'kz-el-kz-census-religion',
    title: 'Report on religious affiliation counted by the 2021 census',
    publisher: 'el.kz',
    date: '2023-11-02',
  },
  {
    id: 'kz-cabar-believers',
    title: 'How the Number of Believers Changed in Kazakhstan',
    publisher: 'CABAR.asia',
  },

  // Government and administrative divisions
  {
    id: 'kz-kazinform-2019-tokayev',
    title: 'Report on Tokayev taking office as president',
    publisher: 'Kazinform',
    date: '2019-03-20',
  },
  {
    id: 'kz-ap-insider-2019-tokayev',
    title: 'AP report on Tokayev taking office as president',
    publisher: 'Insider (AP copy)',
  },
  {
    id: 'kz-wikipedia-tokayev-inauguration',
    title: 'First inauguration of Kassym-Jomart Tokayev',
    publisher: 'Wikipedia',
  },
  {
    id: 'kz-kazinform-2022-regions',
    title: '3 new regions established in Kazakhstan',
    publisher: 'Kazinform',
    date: '2022-05-04',
    url: 'https://en.inform.kz/news/3-new-regions-established-in-kazakhstan_a3929668/',
  },
  {
    id: 'kz-astana-times-regions',
    title: 'Report on the decree creating three new regions',
    publisher: 'The Astana Times',
    note: 'One paragraph wrongly names Konayev as the centre of Zhetisu Region; Kazinform and the decree text say Taldykorgan.',
  },
  {
    id: 'kz-hubbry-regions',
    title: 'Regions of Kazakhstan',
    publisher: 'Wikipedia, via the hubbry mirror',
  },

  // Kazakhstan and Russia
  {
    id: 'kz-cacianalyst-2013-treaty',
    title: 'Field report on the Kazakhstan–Russia Treaty on Good-Neighbourliness and Alliance',
    publisher: 'Central Asia-Caucasus Analyst',
    date: '2013-11-27',
    note: 'Item 12863 in the field reports on cacianalyst.org. The notes give only a truncated address (…/publications/field-reports/item/12863-…), so none is linked.',
  },
  {
    id: 'kz-fergana-2025-declaration',
    title:
      'Report on the Kazakhstan–Russia declaration on comprehensive strategic partnership and alliance',
    publisher: 'Fergana (fergana.agency)',
  },
  {
    id: 'kz-rbc-ua-2025-declaration',
    title:
      'Report on the Kazakhstan–Russia declaration on comprehensive strategic partnership and alliance',
    publisher: 'RBC-Ukraine (rbc.ua)',
    note: 'Dated November 2025 by the item’s address.',
  },
  {
    id: 'kz-blogen-csto',
    title: 'Collective Security Treaty Organization',
    publisher: 'Russian-language Wikipedia, via the blogen.wiki copy',
  },
  {
    id: 'kz-washington-times-csto',
    title: 'Report on the CSTO charter',
    publisher: 'The Washington Times',
  },
  {
    id: 'kz-eurasian-commission-eaeu',
    title: 'Press item on the Treaty on the Eurasian Economic Union',
    publisher: 'Eurasian Economic Commission (eurasiancommission.org)',
  },
  {
    id: 'kz-reuters-eaeu',
    title: 'Report on the signing of the Eurasian Economic Union treaty',
    publisher: 'Reuters',
  },
  {
    id: 'kz-embassy-bern-eaeu',
    title: 'Page on the Eurasian Economic Union',
    publisher: 'Embassy of the Republic of Kazakhstan in Bern',
  },
  {
    id: 'kz-issi-sco',
    title: 'Item on the Shanghai Cooperation Organisation',
    publisher: 'Institute of Strategic Studies Islamabad (issi.org.pk)',
  },
  {
    id: 'kz-indiainsco-sco',
    title: 'Item on the founding of the Shanghai Cooperation Organisation',
    publisher: 'indiainsco.in',
  },
  {
    id: 'kz-shhzzz-sco',
    title: 'Item on the founding of the Shanghai Cooperation Organisation',
    publisher: 'shhzzz.net',
  },

  // Baikonur
  {
    id: 'kz-bayterek-baikonur',
    title: 'Item on the 1994 Baikonur agreement',
    publisher: 'bayterek.kz',
  },
  {
    id: 'kz-cis-legislation-baikonur',
    title:
      'Agreement on the basic principles and conditions of use of the Baikonur cosmodrome (28 March 1994)',
    publisher: 'cis-legislation.com',
  },
  {
    id: 'kz-jamestown-baikonur',
    title: 'Item on the Baikonur lease',
    publisher: 'Jamestown Foundation (Monitor)',
  },
  {
    id: 'kz-voa-2004-baikonur',
    title: 'Report on the extension of the Baikonur lease',
    publisher: 'Voice of America',
    date: '2004-01-10',
    url: 'https://www.voanews.com/a/a-13-a-2004-01-10-11-russia/304371.html',
  },
  {
    id: 'kz-moscow-times-baikonur',
    title: 'Cosmodrome Lease Extended Until 2050',
    publisher: 'The Moscow Times',
    url: 'https://www.themoscowtimes.com/archive/cosmodrome-lease-extended-until-2050',
  },
  {
    id: 'kz-spacedaily-afp-2004-baikonur',
    title: 'AFP report on the extension of the Baikonur lease to 2050',
    publisher: 'SpaceDaily (AFP copy)',
    date: '2004-01-09',
    url: 'https://www.spacedaily.com/2004/040109151358.forhgci8.html',
  },
  {
    id: 'kz-spacedaily-upi-2005-baikonur',
    title: 'UPI report on Russia’s ratification of the Baikonur lease extension',
    publisher: 'SpaceDaily (UPI copy)',
  },
  {
    id: 'kz-zakonpravo-baikonur',
    title: 'Law of 29 April 2010 ratifying the 2004 Baikonur agreement',
    publisher: 'zakonpravo.kz',
  },
  {
    id: 'kz-aviapanorama-baikonur',
    title: 'Item on the Baikonur lease',
    publisher: 'Aviapanorama',
    note: 'Dates the lease to 7 October 1994; the research notes could not confirm that date.',
  },
  {
    id: 'kz-worddisk-baikonur',
    title: 'Baikonur Cosmodrome',
    publisher: 'Wikipedia, via the worddisk.com mirror',
  },
  {
    id: 'kz-piglix-baikonur',
    title: 'Baikonur Cosmodrome',
    publisher: 'Wikipedia, via the piglix mirror',
  },

  // Crimea, Ukraine and Kazakhstan's position
  {
    id: 'kz-un-ga-68-262',
    title: 'Resolution 68/262: Territorial integrity of Ukraine',
    publisher: 'United Nations General Assembly',
    date: '2014-03-27',
    url: 'https://undocs.org/A/RES/68/262',
  },
  {
    id: 'kz-rightsinrussia-crimea',
    title: 'Items on the annexation of Crimea and resolution 68/262',
    publisher: 'Rights in Russia (rightsinrussia.org)',
  },
  {
    id: 'kz-dailybeast-crimea',
    title: 'Photo caption on the signing of the Crimea accession treaty',
    publisher: 'The Daily Beast',
  },
  {
    id: 'kz-pdfslide-annexation-crimea',
    title: 'Annexation of Crimea (Wikipedia article, via pdfslide)',
    publisher: 'Wikipedia, via pdfslide',
  },
  {
    id: 'kz-tengrinews-2014-vote',
    title: 'Report on Kazakhstan’s vote on UN General Assembly resolution 68/262',
    publisher: 'Tengrinews',
    date: '2014-03-28',
  },
  {
    id: 'kz-timesca-crimea-2014',
    title: 'Report on Kazakhstan’s Foreign Ministry statement on Crimea (2014)',
    publisher: 'The Times of Central Asia',
  },
  {
    id: 'kz-timesca-dw-2019',
    title: 'Report on Tokayev’s December 2019 interview with DW about Crimea',
    publisher: 'The Times of Central Asia (timesca.com)',
  },
  {
    id: 'kz-tass-nazarbayev-2021',
    title: 'Report on Nazarbayev’s remarks on Crimea in Oliver Stone’s film',
    publisher: 'TASS, via thegoaspotlight and rusreality',
    note: 'Russian state news agency.',
  },
  {
    id: 'kz-asiaplus-2022-suleimenov',
    title: 'Report on Timur Suleimenov’s interview with Euractiv',
    publisher: 'Asia-Plus (asiaplustj)',
  },
  {
    id: 'kz-rferl-2022-suleimenov',
    title: 'Report on Timur Suleimenov’s interview with Euractiv',
    publisher: 'Radio Free Europe/Radio Liberty',
  },
  {
    id: 'kz-up-yahoo-spief-2022',
    title: 'Report on Tokayev’s remarks at SPIEF, 17 June 2022',
    publisher: 'Ukrainska Pravda (via Yahoo)',
  },
  {
    id: 'kz-aa-spief-2022',
    title: 'Report on Tokayev’s remarks at SPIEF, 17 June 2022',
    publisher: 'Anadolu Agency',
  },
  {
    id: 'kz-india-today-spief-2022',
    title: 'Report on Tokayev’s remarks at SPIEF, 17 June 2022',
    publisher: 'India Today',
  },
  {
    id: 'kz-interfax-ua-es-11-4',
    title: 'List of the 35 countries that abstained on UN General Assembly resolution ES-11/4',
    publisher: 'Interfax-Ukraine',
  },
  {
    id: 'kz-interfax-ua-2022-09-20',
    title: 'Kuleba on Ukraine’s goal of territorial integrity within the 1991 borders',
    publisher: 'Interfax-Ukraine',
    date: '2022-09-20',
    url: 'https://en.interfax.com.ua/news/general/860043.html',
  },
  {
    id: 'kz-euronews-reuters-1991-borders',
    title: 'Reuters report on Kyiv’s position on Ukraine’s borders',
    publisher: 'Euronews (Reuters copy)',
    date: '2022-03',
  },
  {
    id: 'kz-national-post-reuters-1991-borders',
    title: 'Reuters report on Kyiv’s position on Ukraine’s borders',
    publisher: 'National Post (Reuters copy)',
    date: '2022-03',
  },
  {
    id: 'kz-pledgetimes-yermak-2023',
    title: 'Report on Andriy Yermak’s remarks on the 1991 borders',
    publisher: 'pledgetimes',
    date: '2023-01',
  },
  {
    id: 'kz-topwar-tleuberdi',
    title: 'Report on Foreign Minister Tleuberdi’s interview with NHK',
    publisher: 'topwar.ru',
    note: 'In Russian.',
  },
  {
    id: 'kz-timesca-vassilenko',
    title: 'Report on Deputy Foreign Minister Vassilenko’s remarks on sanctions',
    publisher: 'The Times of Central Asia (timesca.com)',
  },

  // Maps and coordinates
  {
    id: 'kz-natural-earth-disputed',
    title: 'Disputed boundaries policy',
    publisher: 'Natural Earth',
    url: 'https://www.naturalearthdata.com/about/disputed-boundaries-policy/',
  },
  {
    id: 'kz-natural-earth-issue-391',
    title: 'Issue #391: Crimea shown as part of Russia',
    publisher: 'nvkelso/natural-earth-vector on GitHub',
    date: '2020',
    url: 'https://github.com/nvkelso/natural-earth-vector/issues/391',
  },
  {
    id: 'kz-world-atlas',
    title: 'world-atlas 2.0.2: Natural Earth 4.1.0 as TopoJSON',
    publisher: 'npm (Mike Bostock, ISC licence)',
    url: 'https://www.npmjs.com/package/world-atlas',
  },
  {
    id: 'kz-simple-wikipedia-dolmabahce',
    title: 'Dolmabahçe Palace',
    publisher: 'Simple English Wikipedia',
    url: 'https://simple.wikipedia.org/wiki/Dolmabah%C3%A7e_Palace',
  },
  {
    id: 'kz-simple-wikipedia-almaty',
    title: 'Almaty',
    publisher: 'Simple English Wikipedia',
    url: 'https://simple.wikipedia.org/wiki/Almaty',
  },
  {
    id: 'kz-factbook-ukraine',
    title: 'The World Factbook: Ukraine (JSON mirror)',
    publisher: 'CIA World Factbook, via the factbook/factbook.json mirror',
    url: 'https://github.com/factbook/factbook.json/blob/master/europe/up.json',
    note: 'Capital coordinates “50 26 N, 30 31 E”.',
  },
  {
    id: 'kz-factbook-germany',
    title: 'The World Factbook: Germany (JSON mirror)',
    publisher: 'CIA World Factbook, via the factbook/factbook.json mirror',
    url: 'https://github.com/factbook/factbook.json/blob/master/europe/gm.json',
    note: 'Capital coordinates “52 31 N, 13 24 E”.',
  },
  {
    id: 'kz-factbook-china',
    title: 'The World Factbook: China (JSON mirror)',
    publisher: 'CIA World Factbook, via the factbook/factbook.json mirror',
    url: 'https://github.com/factbook/factbook.json/blob/master/east-n-southeast-asia/ch.json',
    note: 'Capital coordinates “39 55 N, 116 23 E”.',
  },
  {
    id: 'kz-factbook-brazil',
    title: 'The World Factbook: Brazil (JSON mirror)',
    publisher: 'CIA World Factbook, via the factbook/factbook.json mirror',
    url: 'https://github.com/factbook/factbook.json/blob/master/south-america/br.json',
    note: 'Capital coordinates “15 47 S, 47 55 W”.',
  },
]
