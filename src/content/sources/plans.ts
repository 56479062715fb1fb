import type { Source } from '../schema.ts'

/**
 * Sources for the peace-plan cards, the comparison, positions and the timeline.
 * Notes: shared/research/peace-plans.md (and kazakhstan.md for the article itself).
 * URLs are given exactly as found in the notes, including mirrors and aggregators.
 * `date` is the publication date only where the notes state it.
 */
export const planSources: Source[] = [
  // The news hook: Tokayev and Scholz in Astana, 16 September 2024

  // China's 12-point position paper, 24 February 2023
  {
    id: 'pp-chinadaily-pressreader-2023-03-03',
    title: 'China’s Position on the Political Settlement of the Ukraine Crisis (full text)',
    publisher: 'China Daily Global Weekly, via PressReader',
    date: '2023-03-03',
    url: 'https://www.pressreader.com/usa/china-daily-global-weekly/20230303/281908777350662',
    note: 'Chinese state media. Full-text reproduction.',
  },
  {
    id: 'pp-hatenablog-fmprc',
    title:
      'China’s Position on the Political Settlement of the Ukraine Crisis (text from fmprc.gov.cn)',
    publisher: 'scuglobal.hatenablog.com',
    url: 'https://scuglobal.hatenablog.com/entry/2023/02/26/012229',
    note: 'Blog reproduction of the Chinese Foreign Ministry text.',
  },
  {
    id: 'pp-cgtn-europe-2023-02-25',
    title: "China's 12-point peace position on Ukraine: what it says",
    publisher: 'CGTN Europe',
    date: '2023-02-25',
    url: 'https://newseu.cgtn.com/news/2023-02-25/China-s-12-point-peace-position-on-Ukraine-what-it-says-1hH6nRMDfJS/index.html',
    note: 'Chinese state media.',
  },
  {
    id: 'pp-cgtn-2023-02-24',
    title: 'China reiterates its commitment to Ukraine crisis political settlement',
    publisher: 'CGTN',
    date: '2023-02-24',
    url: 'https://news.cgtn.com/news/2023-02-24/China-reiterates-its-commitment-to-Ukraine-crisis-political-settlement-1hGGuvIBo5O/index.html',
    note: 'Chinese state media. Foreign Ministry spokesman Wang Wenbin lists the 12 official titles.',
  },
  {
    id: 'pp-theins-china-plan',
    title: 'China publishes its position on the settlement of the Ukraine crisis',
    publisher: 'The Insider',
    url: 'https://theins.ru/en/news/259663',
  },
  {
    id: 'pp-nv-china-plan',
    title: 'China presents position paper on ending Russia’s war on Ukraine',
    publisher: 'NV (New Voice of Ukraine)',
    url: 'https://english.nv.ua/nation/china-presents-position-paper-on-ending-russia-s-war-on-ukraine-50306548.html',
  },
  {
    id: 'pp-tass-1592819',
    title: 'Report on China’s position paper and Putin’s comments on it',
    publisher: 'TASS',
    url: 'https://tass.com/world/1592819',
    note: 'Russian state media.',
  },
  {
    id: 'pp-vigilantnews-guardian-2023-02-24',
    title: 'China calls for Ukraine peace talks as it steps up engagement in the conflict',
    publisher: 'Vigilant News',
    url: 'https://vigilantnews.net/en/2023/02/24/china-calls-for-ukraine-peace-talks-as-it-steps-up-engagement-in-the-conflict/',
    note: 'Mirror of a Guardian summary.',
  },
  {
    id: 'pp-24newsreporter-china',
    title: 'Summary of China’s position paper on Ukraine',
    publisher: '24newsreporter',
    url: 'https://24newsreporter.com/world/43119.html',
    note: 'News aggregator.',
  },
  {
    id: 'pp-dasfazit-china',
    title: 'Summary of China’s position paper on Ukraine',
    publisher: 'DasFazit',
    url: 'https://www.dasfazit.at/nachrichten/politik/9900.html',
    note: 'In German.',
  },
  {
    id: 'pp-bel-ru-china',
    title: 'Otkaz ot sanktsiy: Kitay predstavil plan po uregulirovaniyu konflikta na Ukraine',
    publisher: 'bel.ru',
    url: 'https://bel.ru/news/2023-02-24/otkaz-ot-sanktsiy-kitay-predstavil-plan-po-uregulirovaniyu-konflikta-na-ukraine-2670086?amp=1',
    note: 'In Russian.',
  },
  {
    id: 'pp-sputnik-2023-02-24',
    title:
      'Forget Cold War stance, politicization: what did China say in its position paper on Ukraine crisis',
    publisher: 'Sputnik',
    url: 'https://sputnikglobe.com/20230224/forget-cold-war-stance--politicization-what-did-china-say-in-its-position-paper-on-ukraine-crisis-1107754814.html',
    note: 'Russian state media.',
  },
  {
    id: 'pp-tdminews-china',
    title: 'China releases position paper over Ukraine crisis political settlement',
    publisher: 'TDMI News',
    url: 'https://tdminews.com/china-releases-position-paper-over-ukraine-crisis-political-settlement',
  },
  {
    id: 'pp-ukranews-china',
    title: 'China presents its peace plan for Ukraine',
    publisher: 'Ukranews',
    url: 'https://ukranews.com/en/news/917293-china-presents-its-peace-plan-for-ukraine',
  },
  {
    id: 'pp-shepherdgazette-2023-03-22',
    title: 'Putin: China plan could end war but Ukraine and West not ready for peace',
    publisher: 'Shepherd Gazette',
    date: '2023-03-22',
    url: 'https://shepherdgazette.com/putin-china-plan-could-end-war-but-ukraine-and-west-not-ready-for-peace/',
    note: 'Based on BBC reporting.',
  },
  {
    id: 'pp-babel-2023-02-24',
    title: "'Just thoughts': Zelensky commented on China's peace plan",
    publisher: 'Babel',
    date: '2023-02-24',
    url: 'https://babel.ua/en/news/90944-just-thoughts-zelensky-commented-on-china-s-peace-plan',
  },
  {
    id: 'pp-breakinglatest-wsj',
    title: 'China urges peaceful talks to end Ukraine war',
    publisher: 'Breaking Latest',
    url: 'https://www.breakinglatest.news/world/china-urges-peaceful-talks-to-end-ukraine-war-wsj/',
    note: 'Mirror of a Wall Street Journal summary.',
  },
  {
    id: 'pp-exbulletin-zelensky-china',
    title: 'Zelensky on China’s position paper',
    publisher: 'exbulletin',
    url: 'https://exbulletin.com/politics/2057232/',
    note: 'News aggregator.',
  },
  {
    id: 'pp-trendingnews1-politico',
    title: "Zelenskyy open to considering some parts of Beijing's proposals to end Ukraine war",
    publisher: 'trendingnews1',
    url: 'https://trendingnews1.xyz/2023/02/21/zelenskyy-open-to-considering-some-parts-of-beijings-proposals-to-end-ukraine-war-politico/',
    note: 'Mirror of Politico copy.',
  },
  {
    id: 'pp-pledgetimes-stoltenberg',
    title: 'Zelensky says he is open to part of China’s plan to end the war',
    publisher: 'Pledge Times',
    url: 'https://pledgetimes.com/zelensky-says-he-is-open-to-part-of-chinas-plan-to-end-the-war/',
    note: 'News aggregator.',
  },
  {
    id: 'pp-kyivpost-13454',
    title: 'Reactions to China’s position paper',
    publisher: 'Kyiv Post',
    url: 'https://www.kyivpost.com/post/13454',
    note: 'AFP copy.',
  },
  {
    id: 'pp-yahoo-putin-chinese-plan',
    title: 'Putin wants to implement Chinese peace plan',
    publisher: 'Yahoo News',
    url: 'https://news.yahoo.com/putin-wants-implement-chinese-peace-155408524.html',
    note: 'Ukrainska Pravda report citing the Russian state agency RIA.',
  },
  {
    id: 'pp-cgtn-2023-04-14',
    title: 'China, Brazil issue joint statement',
    publisher: 'CGTN',
    url: 'https://news.cgtn.com/news/2023-04-14/China-Brazil-issue-joint-statement-1j0hQU56S2c/index.html',
    note: 'Chinese state media.',
  },

  // Zelensky's Peace Formula, 15 November 2022
  {
    id: 'pp-businessinsider-2022-11-15',
    title: 'Zelenskyy proposes 10-point peace plan at the G20 summit in Bali',
    publisher: 'Business Insider',
    date: '2022-11-15',
    url: 'https://www.businessinsider.com/zelenskyy-proposes-10-point-peace-plan-ukraine-g20-bali-summit-2022-11?r=US&IR=T',
  },
  {
    id: 'pp-aljazeera-2022-11-15',
    title: 'Ukraine’s Zelenskyy urges G20 to adopt plan to end Russia’s war',
    publisher: 'Al Jazeera',
    date: '2022-11-15',
    url: 'https://www.aljazeera.com/news/2022/11/15/ukraines-zelenskyy-urges-g20-to-adopt-plan-to-end-russias-war',
  },
  {
    id: 'pp-civil-today-speech',
    title: 'Zelensky’s address to the G20 (speech text)',
    publisher: 'civil.today',
    url: 'https://civil.today/?p=40443',
  },
  {
    id: 'pp-jurist-2022-11',
    title: 'Ukraine president Zelensky urges G20 leaders to adopt 10-point peace proposal',
    publisher: 'JURIST',
    url: 'https://jurist.org/news/2022/11/ukraine-president-zelensky-urges-g20-leaders-to-adopt-10-point-peace-proposal-to-end-war-in-ukraine',
  },
  {
    id: 'pp-insightnews-g20',
    title: 'G20 summit: Zelensky presented the Ukrainian formula for peace with 10 points',
    publisher: 'InsightNews',
    url: 'https://insightnews.media/g20-summit-zelensky-presented-the-ukrainian-formula-for-peace-with-10-points/amp/',
  },
  {
    id: 'pp-romaniajournal-formula',
    title: 'Zelensky spoke to world leaders about Kyiv’s 10 proposals for peace',
    publisher: 'Romania Journal',
    url: 'https://www.romaniajournal.ro/politics/zelensky-spoke-to-world-leaders-about-kyivs-10-proposals-for-peace/',
    note: 'AFP and DPA copy.',
  },
  {
    id: 'pp-newsweek-bali',
    title: 'Zelensky’s path to peace at the G20 in Bali',
    publisher: 'Newsweek',
    url: 'https://www.qa.newsweek.com/ukraine-russia-zelensky-war-putin-bali-g20-peace-path-1759524',
  },
  {
    id: 'pp-pledgetimes-reuters-formula',
    title: "What is the Ukrainian president's 10-point peace plan?",
    publisher: 'Pledge Times',
    date: '2022-12-28',
    url: 'https://pledgetimes.com/what-is-the-ukrainian-presidents-10-point-peace-plan/',
    note: 'Mirror of a Reuters explainer.',
  },
  {
    id: 'pp-talkofnaija-transcript',
    title: 'President Zelensky outlines 10-point peace plan to end war with Russia',
    publisher: 'Talk of Naija',
    url: 'https://talkofnaija.com/president-zelensky-outlines-10-point-peace-plan-to-end-war-with-russia/',
    note: 'Reproduces a Ukrainian embassy transcript.',
  },
  {
    id: 'pp-unionesarda-g20',
    title:
      "Zelensky at the G20 launches the 10 proposals for peace. Lavrov: 'They are not realistic'",
    publisher: 'L’Unione Sarda',
    url: 'https://www.unionesarda.it/en/world/zelensky-at-the-g20-launches-the-10-proposals-for-peace-lavrov-quot-they-are-not-realisticquot-blwfv2su',
  },
  {
    id: 'pp-uawire-yermak',
    title: 'Kyiv: Crimea and Donbass are non-negotiable in talks with Russia',
    publisher: 'UAWire',
    url: 'https://uawire.azurewebsites.net/kyiv-crimea-and-donbass-are-non-negotiable-in-talks-with-russia',
    note: 'Undated; reports an interview with Corriere della Sera.',
  },
  {
    id: 'pp-nv-decree-putin-talks',
    title: 'Zelenskyy approves NSDC decision on impossibility of negotiating with Putin',
    publisher: 'NV (New Voice of Ukraine)',
    url: 'https://english.nv.ua/nation/zelenskyy-approves-nsdc-decision-on-impossibility-of-negotiating-with-putin-50274495.html',
  },
  {
    id: 'pp-thepage-decree',
    title: "It's official: Zelenskyy's negotiations with Putin are not going to happen",
    publisher: 'ThePage',
    url: 'https://en.thepage.ua/news/its-official-zelenskyys-negotiations-with-putin-are-not-going-to-happen',
  },

  // Bürgenstock summit, 15–16 June 2024
  {
    id: 'pp-swiss-fdfa-2024-06-16',
    title: 'Summit on Peace in Ukraine: press release',
    publisher: 'Swiss Federal Department of Foreign Affairs (FDFA)',
    date: '2024-06-16',
    url: 'https://www.eda.admin.ch/countries/ukraine/uk/home/aktualne/novini.html/content/eda/en/meta/news/2024/6/16/101439',
  },
  {
    id: 'pp-online-ua-micronesia',
    title: 'Federated States of Micronesia joins peace summit communiqué',
    publisher: 'online.ua',
    url: 'https://news.online.ua/en/federated-states-of-micronesia-joins-peace-summit-communique-881035/',
  },
  {
    id: 'pp-kyivindependent-communique-signatories',
    title: "80 countries, 4 European institutions sign peace summit's joint communiqué",
    publisher: 'The Kyiv Independent',
    date: '2024-06-16',
    url: 'https://kyivindependent.com/80-countries-4-european-institutions-sign-peace-summits-joint-communique/',
  },
  {
    id: 'pp-wikisource-communique',
    title:
      'Summit on Peace in Ukraine: Joint Communiqué on a Peace Framework (17 June 2024 version 1)',
    publisher: 'Wikisource',
    url: 'https://en.m.wikisource.org/wiki/Summit_on_Peace_in_Ukraine:_Joint_Communiqu%C3%A9_on_a_Peace_Framework_(17_June_2024_version_1)',
    note: 'Text of the communiqué.',
  },
  {
    id: 'pp-rbc-ukraine-summit',
    title: 'Key statements of the peace summit in Switzerland',
    publisher: 'RBC-Ukraine',
    url: 'https://newsukraine.rbc.ua/news/key-statements-of-summit-in-switzerland-peace-1718559108.html',
  },
  {
    id: 'pp-nordot-kyivindependent',
    title: 'Peace summit communiqué (Kyiv Independent copy)',
    publisher: 'nordot',
    url: 'https://nordot.app/1175097855208079867',
    note: 'Syndicated Kyiv Independent copy.',
  },
  {
    id: 'pp-thegeopost-summit',
    title: "80 countries back Ukraine's territorial integrity at Swiss peace summit",
    publisher: 'The Geopost',
    url: 'https://thegeopost.com/en/analysis/80-countries-back-ukraines-territorial-integrity-at-swiss-peace-summit/',
  },
  {
    id: 'pp-interfax-ua-iraq-jordan',
    title: 'Iraq and Jordan withdraw from the peace summit communiqué',
    publisher: 'Interfax-Ukraine',
    url: 'https://en.interfax.com.ua/news/general/994204-amp.html',
  },
  {
    id: 'pp-liga-iraq-jordan',
    title: 'Iraq and Jordan withdraw signatures under global peace summit communiqué',
    publisher: 'LIGA.net',
    url: 'https://news.liga.net/en/politics/news/iraq-and-jordan-withdraw-signatures-under-global-peace-summit-communiqué',
  },
  {
    id: 'pp-odnako-84',
    title: 'Arabia, India, Brazil, South Africa do not sign the peace summit statement for Kiev',
    publisher: 'odnako.org',
    url: 'https://www.odnako.org/arabia-india-brazil-south-africa-do-not-sign-the-peace-summit-statement-for-kiev/',
    note: 'Gives a count of 84 signatories, which appears to add the four institutions to the 80 states.',
  },
  {
    id: 'pp-unn-china-wont-join-2024-05-31',
    title: "China won't join Swiss peace conference on Ukraine - Reuters",
    publisher: 'UNN (Ukrainian News Agency)',
    date: '2024-05-31',
    url: 'https://unn.ua/en/news/china-wont-join-swiss-peace-conference-on-ukraine-reuters',
    note: 'Reuters copy.',
  },
  {
    id: 'pp-uatv-mao-ning',
    title: 'China will not attend peace summit in Switzerland - Reuters',
    publisher: 'UATV',
    url: 'https://uatv.ua/en/china-will-not-attend-peace-summit-in-switzerland-reuters/',
    note: 'Quotes Chinese Foreign Ministry spokeswoman Mao Ning.',
  },

  // Brazil: Lula's 2023 proposals
  {
    id: 'pp-efe-2023-01-30',
    title: 'Lula proposes creating a group to mediate peace between Russia and Ukraine',
    publisher: 'EFE',
    url: 'https://agencyefe.com/2023/01/30/lula-proposes-creating-a-group-to-mediate-peace-between-russia/',
  },
  {
    id: 'pp-mercopress-2023-02-25',
    title: "Lula determined to form 'Peace Club' to end Ukraine conflict",
    publisher: 'MercoPress',
    url: 'https://en.mercopress.com/2023/02/25/lula-determined-to-form-peace-club-to-end-ukraine-conflict?utm_source=feed&utm_medium=rss&utm_content=main&utm_campaign=rss',
  },
  {
    id: 'pp-oliberal-crimea',
    title:
      'Ucrânia agradece esforços de Lula, mas reforça que não cederá nenhum centímetro de terra à Rússia',
    publisher: 'O Liberal',
    url: 'https://www.oliberal.com/politica/ucrania-agradece-esforcos-de-lula-mas-reforca-que-nao-cedera-nenhum-centimetro-de-terra-a-russia-1.665990',
    note: 'In Portuguese.',
  },
  {
    id: 'pp-pledgetimes-poder360-crimea',
    title: "It's not up to me to decide who owns Crimea, says Lula",
    publisher: 'Pledge Times',
    url: 'https://pledgetimes.com/its-not-up-to-me-to-decide-who-owns-crimea-says-lula/',
    note: 'Mirror of Poder360 copy.',
  },
  {
    id: 'pp-dailynewsen-crimea',
    title: 'War in Europe: Lula stopped by Ukraine before his proposal to cede Crimea',
    publisher: 'Daily News EN',
    url: 'https://www.dailynewsen.com/breaking/war-in-europe-lula-stopped-by-ukraine-before-his-proposal-to-cede-crimea-h111042.html',
  },
  {
    id: 'pp-dailybeast-lula-china',
    title: 'Brazilian President Lula da Silva accuses United States of encouraging war in Ukraine',
    publisher: 'The Daily Beast',
    url: 'https://www.thedailybeast.com/brazilian-president-lula-da-silva-accuses-united-states-of-encouraging-war-in-ukraine',
  },
  {
    id: 'pp-pledgetimes-poder360-parrot',
    title: "Brazil repeats Russian propaganda 'like a parrot', says White House",
    publisher: 'Pledge Times',
    url: 'https://pledgetimes.com/brazil-repeats-russian-propaganda-like-a-parrot-says-white-house/',
    note: 'Mirror of Poder360 copy.',
  },
  {
    id: 'pp-thetimes-kirby',
    title: 'US accuses Brazil’s Lula of parroting propaganda on Ukraine war',
    publisher: 'The Times',
    url: 'https://www.thetimes.co.uk/article/us-brazil-lula-propaganda-ukraine-war-2023-sxrtm3qx5',
  },

  // China–Brazil common understandings, 23 May 2024, and reactions
  {
    id: 'pp-chinadaily-2024-05-24',
    title: 'China, Brazil reach consensus on political settlement of Ukraine crisis',
    publisher: 'China Daily',
    url: 'https://global.chinadaily.com.cn/a/202405/24/WS664feafaa31082fc043c8d8e.html',
    note: 'Chinese state media.',
  },
  {
    id: 'pp-monitormercantil',
    title: 'Brasil e China divulgam entendimento sobre Ucrânia',
    publisher: 'Monitor Mercantil',
    url: 'https://monitormercantil.com.br/brasil-e-china-divulgam-entendimento-sobre-ucrania/',
    note: 'Full text in Portuguese.',
  },
  {
    id: 'pp-veja',
    title: 'Ucrânia: a moção conjunta de Brasil e China em meio a brutal ataque russo',
    publisher: 'Veja',
    url: 'https://veja.abril.com.br/coluna/maquiavel/ucrania-a-mocao-conjunta-de-brasil-e-china-em-meio-a-brutal-ataque-russo/',
    note: 'Full text in Portuguese.',
  },
  {
    id: 'pp-noticiasaominuto-folhapress',
    title: 'China e Brasil querem reunir Rússia e Ucrânia em conferência de paz',
    publisher: 'Notícias ao Minuto',
    url: 'https://www.noticiasaominuto.com.br/mundo/2154130/china-e-brasil-querem-reunir-russia-e-ucrania-em-conferencia-de-paz',
    note: 'Folhapress copy, in Portuguese.',
  },
  {
    id: 'pp-estadodeminas-2024-06',
    title: 'Proposta de Brasil e China para a paz na Ucrânia ganha apoio, diz Pequim',
    publisher: 'Estado de Minas',
    url: 'https://www.em.com.br/internacional/2024/06/6877453-proposta-de-brasil-e-china-para-a-paz-ucrania-ganha-apoio-diz-pequim.html',
    note: 'In Portuguese. Reports a Chinese Foreign Ministry claim.',
  },
  {
    id: 'pp-rubryka-2024-08',
    title:
      'China claims its joint consensus with Brazil on Ukraine has gained support of over 110 countries',
    publisher: 'Rubryka',
    url: 'https://rubryka.com/en/2024/08/02/kytaj-zayavyv-shho-jogo-spilnyj-z-brazyliyeyu-konsensus-shhodo-ukrayiny-zdobuv-pidtrymku-bilsh-nizh-110-krayin',
  },
  {
    id: 'pp-menafn-ukrinform',
    title: "China, Brazil to more actively engage 'Friends of Peace' in settling Ukraine crisis",
    publisher: 'MENAFN',
    url: 'https://menafn.com/1109490845/China-Brazil-To-More-Actively-EngageFriends-Of-Peace-In-Settling-Ukraine-Crisis',
    note: 'Ukrinform copy.',
  },
  {
    id: 'pp-brasildefato-2024-09',
    title: 'Entenda o plano Brasil-China para a Ucrânia mencionado por Lula na ONU',
    publisher: 'Brasil de Fato',
    url: 'https://brasildefato.com.br/2024/09/25/entenda-plano-brasil-china-para-a-ucrania-mencionado-por-lula-na-onu',
    note: 'In Portuguese.',
  },
  {
    id: 'pp-businesslive-2024-09-25',
    title: 'Zelensky rejects peace plan of China and Brazil at UN',
    publisher: 'BusinessLIVE',
    url: 'https://www.businesslive.co.za/bd/world/americas/2024-09-25-zelensky-rejects-peace-plan-of-china-and-brazil-at-un/',
    note: 'Reuters copy.',
  },
  {
    id: 'pp-uol-reuters-zelensky',
    title: 'Zelenskiy chama proposta de paz de Brasil e China de destrutiva',
    publisher: 'UOL',
    url: 'https://noticias.uol.com.br/ultimas-noticias/reuters/2024/09/12/zelenskiy-chama-proposta-de-paz-de-brasil-e-china-de-destrutiva.htm',
    note: 'Reuters copy, in Portuguese.',
  },
  {
    id: 'pp-euromaidanpress-zelensky',
    title:
      'Zelenskyy blasts China-Brazil peace plan as destructive, calls for global support to stop Russia',
    publisher: 'Euromaidan Press',
    url: 'https://euromaidanpress.com/2024/09/12/zelenskyy-blasts-china-brazil-peace-plan-as-destructive-calls-for-global-support-to-stop-russia/',
  },
  {
    id: 'pp-unn-zelensky-theater',
    title:
      "'What's the point of this theater?': Zelensky calls Sino-Brazilian peace initiatives destructive",
    publisher: 'UNN (Ukrainian News Agency)',
    url: 'https://unn.ua/en/news/whats-the-point-of-this-theater-zelensky-calls-sino-brazilian-peace-initiatives-destructive',
  },
  {
    id: 'pp-ieu-monitoring-unsc',
    title: 'Zelensky’s speech at the UN Security Council (text)',
    publisher: 'ieu-monitoring',
    url: 'https://ieu-monitoring.com/?p=442845',
  },
  {
    id: 'pp-nashvernisazh-bbc',
    title: 'Summary of Zelensky’s UN Security Council speech',
    publisher: 'nashvernisazh',
    url: 'https://nashvernisazh.com/ar/news/6616',
    note: 'Arabic summary of BBC reporting.',
  },
  {
    id: 'pp-inews-zelensky-un',
    title: 'Zelensky UN speech attacks China and Brazil over Russia peace plans',
    publisher: 'i news',
    url: 'https://inews.co.uk/news/world/zelensky-un-speech-attack-china-brazil-russia-peace-plans-3295613',
  },
  {
    id: 'pp-unn-alternative-plans',
    title: 'Alternative peace plans give Putin space to continue the war - Zelenskyy',
    publisher: 'UNN (Ukrainian News Agency)',
    url: 'https://unn.ua/en/news/alternative-peace-plans-give-putin-space-to-continue-the-war-zelenskyy',
  },

  // Friends for Peace, 27 September 2024
  {
    id: 'pp-rondoniadigital',
    title: "Brasil, China e mais 11 países anunciam criação do grupo 'Amigos da Paz'",
    publisher: 'Rondônia Digital',
    url: 'https://rondoniadigital.com/noticia/34904/brasil-china-e-mais-11-paises-anunciam-criacao-do-grupo-amigos-da-paz',
    note: 'In Portuguese.',
  },
  {
    id: 'pp-brasilemfolhas',
    title: 'Grupo de países do Sul Global propõe esforços para a paz',
    publisher: 'Brasil em Folhas',
    url: 'https://www1.brasilemfolhas.com.br/2024/09/grupo-de-paises-do-sul-global-propoe-esforcos-para-a-paz',
    note: 'In Portuguese.',
  },
  {
    id: 'pp-jovempan',
    title:
      'Brasil e China pedem que armas nucleares não sejam usadas no conflito entre Rússia e Ucrânia',
    publisher: 'Jovem Pan',
    url: 'https://jovempan.com.br/noticias/mundo/brasil-e-china-pedem-que-armas-nucleares-nao-sejam-usadas-no-conflito-entre-russia-e-ucrania.html',
    note: 'In Portuguese.',
  },
  {
    id: 'pp-devdiscourse-reuters',
    title: "China and Brazil lead effort to end Ukraine war amid Zelenskiy's dismissal",
    publisher: 'Devdiscourse',
    url: 'https://www.devdiscourse.com/article/headlines/3102830-china-and-brazil-lead-effort-to-end-ukraine-war-amid-zelenskiy-dismissal',
    note: 'Reuters copy.',
  },
  {
    id: 'pp-tass-1848521',
    title: "Report on the 'Friends for Peace' meeting",
    publisher: 'TASS',
    url: 'https://tass.com/world/1848521',
    note: 'Russian state media.',
  },
  {
    id: 'pp-eir-friends',
    title:
      "Brazil and China create 'Friends of Peace' group to debate plan to end Ukraine-Russia conflict",
    publisher: 'EIR',
    url: 'https://eir.news/2024/09/news/brazil-and-china-create-friends-of-peace-group-to-debate-plan-to-end-ukraine-russia-conflict',
  },
  {
    id: 'pp-afolhadonordeste',
    title: 'Brasil, China e mais 11 países',
    publisher: 'A Folha do Nordeste',
    url: 'https://afolhadonordeste.com.br/brasil-china-e-mais-11-paises',
    note: "In Portuguese. The only source for Mexico signing 'with reservations', which is unconfirmed.",
  },
  {
    id: 'pp-information-bz',
    title: "Chinese readout of the 'Friends for Peace' meeting",
    publisher: 'information.bz',
    url: 'https://information.bz/english/news/view/2024/09/28/53677.html',
  },

  // Russia: Putin's terms (14 June 2024) and reactions to the formula
  {
    id: 'pp-kyivindependent-putin-demands',
    title: 'Putin names ceasefire demands: full Ukrainian withdrawal from four oblasts',
    publisher: 'The Kyiv Independent',
    url: 'https://kyivindependent.com/putin-names-ceasefire-demands-full-ukrainian-withdrawal-from-four-oblasts/',
  },
  {
    id: 'pp-tbsnews-reuters',
    title: 'Putin says Russia will cease fire if Ukraine pulls troops from four regions',
    publisher: 'The Business Standard (TBS News)',
    url: 'https://www.tbsnews.net/worldbiz/europe/putin-says-russia-will-cease-fire-if-ukraine-pulls-troops-four-regions-876976',
    note: 'Reuters copy.',
  },
  {
    id: 'pp-24kg-interfax',
    title: 'Vladimir Putin names conditions for ending hostilities in Ukraine',
    publisher: '24.kg',
    url: 'https://24.kg/english/296774_Vladimir_Putin_names_conditions_for_ending_hostilities_in_Ukraine_/',
    note: 'Interfax copy.',
  },
  {
    id: 'pp-zeitfragen',
    title: 'Die Konturen einer multipolaren und multilateralen Weltordnung',
    publisher: 'Zeit-Fragen',
    url: 'https://www.zeit-fragen.ch/en/archives/2024/nr-13-25-juni-2024/die-konturen-einer-multipolaren-und-multilateralen-weltordnung',
    note: 'Summary of the speech.',
  },
  {
    id: 'pp-xklsv-ap',
    title:
      'Putin promises ceasefire if Ukraine leaves occupied areas and gives up NATO aspirations',
    publisher: 'xklsv',
    url: 'https://xklsv.com/putin-promises-ceasefire-if-ukraine-leaves-occupied-areas-and-gives-up-nato-aspirations/2024-06-14/502696',
    note: 'AP copy.',
  },
  {
    id: 'pp-noah-reactions',
    title:
      "Ukrainian president rejects Putin's ceasefire conditions as international leaders condemn ultimatums",
    publisher: 'noah.makes.news',
    url: 'https://noah.makes.news/gb/en/international/2024/06/15/ukrainian-president-rejects-putin-s-ceasefire-conditions-as-international-leaders-condemn-ultimatums',
    note: 'News aggregator.',
  },
  {
    id: 'pp-kyivindependent-peskov-2022-12',
    title: 'Russia rules out withdrawal from Ukraine by end of 2022',
    publisher: 'The Kyiv Independent',
    url: 'https://kyivindependent.com/news-feed/russia-rules-out-withdrawal-from-ukraine-by-end-of-2022',
  },
  {
    id: 'pp-tribuneindia-peskov',
    title: "Ukraine must accept 'realities', Russia rejects troop pullout call",
    publisher: 'The Tribune (India)',
    url: 'https://www.tribuneindia.com/news/world/ukraine-must-accept-realities-russia-rejects-troop-pullout-call-460821',
    note: 'Reuters copy.',
  },
  {
    id: 'pp-yahoo-uk-peskov-2022-12-28',
    title: "Report on Peskov's comments on Kyiv's peace plans",
    publisher: 'Yahoo News UK',
    url: 'https://uk.news.yahoo.com/kyiv-peace-plans-must-accept-155134618.html',
  },
  {
    id: 'pp-rt-598530',
    title: 'Report on China and the Ukraine peace summit',
    publisher: 'RT',
    url: 'https://www.rt.com/news/598530-china-ukraine-peace-summit/',
    note: 'Russian state media.',
  },

  // Istanbul talks, 29 March 2022
  {
    id: 'pp-thequint-reuters-istanbul',
    title: 'Ukraine proposes neutrality, security guarantees at Russia talks in Istanbul',
    publisher: 'The Quint',
    url: 'https://www.thequint.com/amp/story/news/world/ukraine-proposes-neutrality-security-guarantees-at-russia-talks-istanbul',
    note: 'Reuters copy.',
  },

  // Long-range weapons debate, September 2024
  {
    id: 'pp-abc7-cnn-2024-09-13',
    title:
      'Russia will be at war with NATO if Ukraine long-range missile restrictions are lifted, Putin warns',
    publisher: 'ABC7 News',
    date: '2024-09-13',
    url: 'https://abc7news.com/amp/post/russia-will-war-nato-ukraine-long-range-missile-restrictions-lifted-putin-warns/15298394',
    note: 'CNN copy.',
  },
  {
    id: 'pp-krone-2024-09-12',
    title: 'Putin on long-range strikes into Russia',
    publisher: 'Kronen Zeitung',
    date: '2024-09-12',
    url: 'https://www.krone.at/3524021',
    note: 'In German.',
  },
  {
    id: 'pp-politico-putin-long-range',
    title: 'Putin warns the West over long-range missiles for Ukraine',
    publisher: 'Politico Europe',
    url: 'https://www.politico.eu/article/russia-president-vladimir-putin-joe-biden-long-range-missiles-war-in-ukraine/',
  },
]
