import { mentions } from './mentions.ts'
import type { Article } from './schema.ts'

/**
 * The seed article (`shared/seed/article.txt`), word for word. Only its structure is ours: block types
 * and ids. `tests/unit/article/article-text.test.tsx` proves every sentence is rendered unchanged.
 */
export const article: Article = {
  headline: 'Kazakhstan President Tokayev to Olaf Scholz: Russia is invincible militarily',
  photoCredit: 'Photo: commons.wikimedia.org by Radosław Drożdżewski (Zwiadowca21), CC BY-SA 3.0',
  attribution: {
    publication: 'Pravda.ru (English edition)',
    title: 'Kazakhstan President Tokayev to Olaf Scholz: Russia is invincible militarily',
    url: 'https://english.pravda.ru/news/world/160655-kazakhstan-tokayev-scholz/',
    citing: 'zakon.kz',
    eventDate: '2024-09-16',
    note: 'Reproduced in full as published, including its own wording and figures. Where the record differs, the fact check below and the place panels beside the map say so, with sources. The photo it credits is not shown here.',
    sources: ['kz-pravda-article'],
  },
  blocks: [
    {
      type: 'standfirst',
      id: 'standfirst',
      text: 'Russia and Ukraine have an opportunity to reach an agreement. One needs to study all the proposed peace initiatives, President of Kazakhstan Kassym-Jomart Tokayev believes. Escalation will be a threat to the entire world, and "neighboring nations must live in peace," he said.',
    },
    {
      type: 'paragraph',
      id: 'p-invincible',
      text: 'Russia is militarily invincible, and further escalation of the conflict in Ukraine may lead to irreparable consequences for all of humanity, Kazakh President Kassym-Jomart Tokayev said at a meeting with German Chancellor Olaf Scholz in Astana, zakon.kz writes.',
    },
    {
      type: 'quote',
      id: 'q-fact',
      text: '"The fact is that Russia is militarily invincible. Further escalation of the war will lead to irreparable consequences for all of humanity and, above all, for all countries that are directly involved in the Russian-Ukrainian conflict," Tokayev said.',
    },
    {
      type: 'paragraph',
      id: 'p-istanbul',
      text: 'The chance to achieve "at least a truce" was missed at the Istanbul talks in 2022, but the opportunity to achieve peace still exists, he noted.',
    },
    {
      type: 'paragraph',
      id: 'p-initiatives',
      text: 'Tokayev called for a careful consideration of all peace initiatives from different countries "to come to a decision to stop the hostilities, and then move on to discussing territorial issues."',
    },
    {
      type: 'quote',
      id: 'q-china-brazil',
      text: '"In our opinion, the peace plan of China and Brazil deserves support. Heads of state come and go, but peoples, especially neighboring peoples, should live in peace and understanding," Tokayev said.',
    },
    {
      type: 'paragraph',
      id: 'p-border',
      text: 'The President of Kazakhstan noted that his country has the longest land border with Russia, and the two countries develop strategic partnership and alliance.',
    },
    {
      type: 'quote',
      id: 'q-sympathy',
      text: '"In Kazakhstan, we share genuine sympathy for the Ukrainian people, their unique culture. There have never been disagreements between our countries," Tokayev said.',
    },
    {
      type: 'paragraph',
      id: 'p-china-plan',
      text: 'China presented its plan for a peaceful settlement in Ukraine back in February 2023:',
    },
    {
      type: 'list',
      id: 'list-china-plan',
      items: [
        'respect for the sovereignty of all countries, compliance with international law and the UN Charter;',
        'abandonment of the Cold War mentality and adherence to the principle that "the security of one country should not be ensured at the expense of others";',
        "cessation of hostilities, avoidance of escalation and support for Russia and Ukraine's movement towards dialogue;",
        'resumption of peace talks as the "only viable solution" to the conflict and other points.',
      ],
    },
    {
      type: 'paragraph',
      id: 'p-brazil',
      text: "Brazil also put forward a peace initiative. The country's President Luiz Inacio Lula da Silva, in particular, offered mediation in resolving the Russian-Ukrainian conflict.",
    },
    {
      type: 'paragraph',
      id: 'p-zelensky',
      text: "Kyiv announced that it was up to Ukraine to determine the terms of peace. President Volodymyr Zelensky's peace plan is the only basis for peace, the Ukrainian administration believes. The plan provides for the return of Ukraine's 1991 borders. Moscow remains strongly opposed to Zelensky's terms.",
    },
    {
      type: 'paragraph',
      id: 'p-long-range',
      text: "Tokayev's remarks came amid discussions in the West about an opportunity to lift restrictions for Ukraine to use long-range weapons for strikes deep into Russia. This includes Ukraine's use of British and American Storm Shadow and ATACMS missiles.",
    },
    {
      type: 'paragraph',
      id: 'p-putin',
      text: 'Russian President Putin stated that the use of Western long-range weapons to strike Russia "would mean that NATO countries, the United States, and European countries are fighting Russia.”',
    },
    { type: 'heading', id: 'h-details', text: 'Details' },
    {
      type: 'paragraph',
      id: 'p-tokayev-bio',
      text: 'Kassym-Jomart Kemeluly Tokayev is a Kazakh politician and diplomat who has served as the President of Kazakhstan since 2019. Between 20 March and 12 June 2019, he served as acting president after the resignation of Nursultan Nazarbayev, who had been president for nearly three decades.',
    },
    {
      type: 'paragraph',
      id: 'p-kazakhstan-bio',
      text: "Kazakhstan officially the Republic of Kazakhstan, is a landlocked country mostly in Central Asia, with a part in Eastern Europe. It borders Russia to the north and west, China to the east, Kyrgyzstan to the southeast, Uzbekistan to the south, and Turkmenistan to the southwest, with a coastline along the Caspian Sea. Its capital is Astana, while the largest city and leading cultural and commercial hub is Almaty. Kazakhstan is the world's ninth-largest country by land area and the largest landlocked country. It has a population of 20 million and one of the lowest population densities in the world, at fewer than 6 people per square kilometre (16 people/sq mi). Ethnic Kazakhs constitute a majority, while ethnic Russians form a significant minority. Officially secular, Kazakhstan is a Muslim-majority country with a sizeable Christian community.",
    },
  ],
  mentions,
}
