/** Interface copy: the page's own words, kept out of components. */
export const siteCopy = {
  siteName: 'The Astana remarks, explained',
  skipLink: 'Skip to the article',
  skipToMap: 'Skip to the map',
  sectionFailed: 'This part of the page could not be loaded. Reload the page to try again.',
  navLabel: 'Sections',
  sections: [
    { href: '#headline', label: 'Article' },
    { href: '#map-heading', label: 'Map' },
    { href: '#plans-heading', label: 'Peace plans' },
    { href: '#timeline-heading', label: 'Timeline' },
    { href: '#sources-heading', label: 'Sources' },
  ],
  kicker: 'Explainer · Kazakhstan, Russia and the war in Ukraine',
  attribution: {
    publishedBy: 'Article as published by',
    citing: 'citing',
    meeting: 'It reports a meeting held in Astana on',
    original: 'Original article',
  },
  map: {
    headings: { borders: 'Kazakhstan’s borders', actors: 'The story’s actors on the map' },
    containerLabel: (view: 'borders' | 'actors') =>
      view === 'borders' ? 'Map: Kazakhstan and its neighbours' : 'Map: the story’s actors',
    attribution: 'Leaflet | Natural Earth',
    viewLegend: 'Map view',
    views: { borders: 'Kazakhstan and its neighbours', actors: 'The story’s actors' },
    instructions: {
      borders:
        'Interactive map. Tab to a country, the Caspian Sea or a city and press Enter to select it; Escape clears.',
      actors:
        'Interactive map. Tab to a country, Crimea or a city and press Enter to select it; Escape clears.',
    },
    loading: 'Loading the map…',
    needsScript:
      'The interactive map needs JavaScript. The table “Kazakhstan’s land borders” below has the same border facts.',
    loadingPlace: 'Loading…',
    failed: 'The map could not be shown:',
    failedHint: 'The same border facts are in the table “Kazakhstan’s land borders” below.',
    tableLink: 'Border facts as a table',
    clear: 'Clear selection',
    articleSays: 'What the article says',
    readInArticle: 'Read it in the article',
    facts: 'Facts',
    border: 'Border with Kazakhstan',
    shareOfTotal: 'of Kazakhstan’s land border',
    otherFigures: 'Other published figures',
    intro:
      'Select a country, the Caspian Sea or a city on the map, in the article or in the table.',
    caption:
      'Borders as recognised under international law: Crimea is shown as part of Ukraine, Baikonur as part of Kazakhstan. Boundaries: Natural Earth, corrected.',
    aboutMap: 'About this map and its sources',
    nothingSelected:
      'Nothing selected yet. Choose a place for its border length, its ties with Kazakhstan and what the article says about it.',
  },
  factCheck: {
    summary: (count: number) => `Fact check: ${count} notes on this article`,
    inArticle: 'In the article',
  },
  /** What screen readers hear, politely, when the selection changes. */
  announcements: {
    placeSelected: (name: string) => `${name} selected.`,
    placeCleared: 'Place selection cleared.',
    view: {
      borders: 'The map shows Kazakhstan and its neighbours.',
      actors: 'The map shows the story’s actors.',
    },
    comparing: (count: number) =>
      count < 2 ? 'Choose at least two positions to compare.' : `Comparing ${count} positions.`,
  },
  mentionLabels: {
    place: (text: string, name: string) =>
      text === name ? `${text}: show on the map` : `${text}: show ${name} on the map`,
    plan: (text: string) => `${text}: open its peace-plan card`,
  },
  selectionBar: {
    selected: 'Selected:',
    showMap: 'Show on the map',
    clear: 'Clear',
  },
  borderTable: {
    heading: 'Kazakhstan’s land borders',
    intro: 'The same facts as the map, as a table. Select a neighbour to see it on the map.',
    caption: 'Length of each of Kazakhstan’s land borders, with its share of the total',
    columns: { neighbour: 'Neighbour', length: 'Length', share: 'Share', source: 'Source' },
    total: 'Total',
    otherTotals: 'Other published totals:',
    note: 'Lengths are the CIA World Factbook’s; Kazakh, Russian and older sources give other figures, listed in each neighbour’s panel. Shares are our calculation from the Factbook figures.',
  },
  plans: {
    heading: 'The peace plans compared',
    intro:
      'China, China and Brazil together, Brazil’s President Lula and Ukraine’s President Zelensky have each put forward proposals. Open a card for every point with its source, or compare two or more side by side.',
  },
  planCard: {
    proponent: 'Proposed by',
    stances: { territory: 'Territory', ceasefire: 'Ceasefire', talks: 'Talks' },
    points: 'The points',
    official: 'Official title',
    omissions: 'What it leaves out',
    context: 'Context',
    whoStands: 'Who stands where',
    stanceLabels: {
      backs: 'Backs',
      rejects: 'Rejects',
      mixed: 'Mixed',
      observer: 'Observer',
      signed: 'Signed a related text',
      declined: 'Declined to attend',
    },
    inArticle: 'Where the article mentions it',
    inArticleLink: (n: number) => `Passage ${n}`,
    showOnMap: 'Show its proponents on the map',
  },
  compare: {
    heading: 'Compare positions',
    intro: 'Choose two or more to see them side by side, dimension by dimension.',
    legend: 'Positions to compare',
    reference: 'reference column',
    tooFew: 'Choose at least two positions to compare.',
    caption: 'How the chosen positions treat each issue',
    dimension: 'Issue',
    point: 'Point',
    points: 'Points',
    tableRegion: 'Comparison table, scrolls sideways',
  },
  timeline: {
    heading: 'Timeline',
    intro:
      'The events behind the article, from the Istanbul talks in 2022 to the Astana meeting, and what followed in the days after it.',
    showPlace: 'Show on the map',
    openPlan: 'Open the plan card',
  },
  sources: {
    heading: 'Sources and notes',
    intro:
      'Every fact on this page links to the sources below. Quotations are short and attributed; everything else is our paraphrase.',
  },
} as const
