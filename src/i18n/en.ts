/**
 * Every interface string of the English edition, by where it is used; the Chinese edition's dictionary (zh.ts) has the
 * same keys. `{name}` marks a value filled in with fill(); a sentence with a link in it is split around the link.
 */
export const en = {
  site: { skip: 'Skip to content' },
  /** The marks that join a page's parts: "value (label): note", "title, publisher, date." */
  punct: { colon: ': ', comma: ', ', stop: '.', open: ' (', close: ')' },
  nav: { label: 'Site', stories: 'Stories', figures: 'Figures', sources: 'Sources' },
  home: { title: 'Stories', list: 'Stories, newest first', topics: 'Topics:', topicsJoin: ', ' },
  sourcesPage: {
    title: 'Sources',
    description: 'The five official Chinese documents every figure on this site is quoted from.',
    intro:
      'Every figure on this site is quoted from one of these five documents. Each page shows the full text, with the passages we quote highlighted and linked to the figures taken from them.',
    quoted: '{count} figures quoted',
  },
  sourcePage: {
    description: 'The full text of {title}, with every passage this site quotes highlighted and linked to its figures.',
    publisher: 'Published by',
    period: 'Period covered',
    figures: 'Figures quoted',
    figureCount: '{count}, from {passages} highlighted passages',
    defects: 'Known defects of this text',
    asReceived:
      'The text is shown as received. Line breaks from the print layout are rejoined for reading; nothing else is changed.',
    download: 'Download the raw text',
    downloadNote: ' (UTF-8, byte for byte as received).',
  },
  figures: {
    title: 'Every figure',
    description:
      'Every figure on this site, searchable in English and Chinese, each with the verbatim Chinese sentence it comes from and a link to that sentence in its source.',
    intro:
      'All {count} figures the site draws on, from five official documents, each with the sentence it was quoted from and a link to that sentence in its source. Targets and plans are marked; they are not outcomes.',
    mismatches: " Where a document's own numbers do not agree with each other, the figure says so ({count} {cases}).",
    case: 'case',
    cases: 'cases',
    numbers:
      "The documents print {numbers} numbers, not counting dates. {figures} of them are the values of the figures here (one number can be the value of two: in 煤制乙二醇、煤制烯烃产能均居全国第2 it ranks two products). Each of the other {exclusions} is listed on its document's page with the reason it is not a figure: a section number, a name such as 5G, a repeat of a figure.",
    find: 'Find a figure',
    noScript: 'Searching and filtering need JavaScript. Every figure is listed in full on its document’s page, below.',
    loading: 'Loading the figures…',
    showAll: 'Show all',
    /** The finder's words in the browser (src/browser/figure-finder.ts) fills in {count} and {total}. */
    showAllCount: 'Show all {count}',
    matches: '{count} of {total} figures match',
    indexFailed: 'The search index could not be loaded. Every figure is listed on its document’s page, below.',
    byDocument: 'By document',
    documentCount: '{count} figures',
    download: { before: 'Download them all as ', between: ' or ', after: '.' },
    fromDocument: 'Figures from {title}',
    documentDescription:
      'Every figure taken from {title}, each with the verbatim Chinese sentence it comes from and a link to that sentence.',
    oneDocument: 'one document',
    documentIntro:
      '{count} figures, in the order the document prints them, each with the sentence it was quoted from. ',
    readDocument: 'Read the whole document',
    documentIntroAfter: ' with every quoted passage highlighted. Targets and plans are marked; they are not outcomes.',
    notFigures: 'Numbers in this document that are not figures',
    notFiguresIntro:
      'Every number the document prints is either a figure above, a date, or listed here with the reason it is not a figure.',
    columns: { number: 'Number', where: 'Where', why: 'Why it is not a figure' },
    showing: 'Showing {count} of {total} figures',
    filters: {
      label: 'Search and filter figures',
      search: 'Search, in English or Chinese',
      placeholder: 'e.g. wind power, 风电, Baotou',
      story: 'Story',
      allStories: 'All stories',
      topic: 'Topic',
      allTopics: 'All topics',
      place: 'Place',
      allPlaces: 'All places',
      source: 'Source',
      allSources: 'All sources',
      kind: 'Kind',
      allKinds: 'Outcomes, targets and forecasts',
      outcomes: 'Outcomes only',
      targets: 'Targets, plans and forecasts only',
    },
    /** A label that runs into its text ends with the space, or none, its language sets between them. */
    entry: {
      ahead: { target: 'Target or plan', forecast: 'Forecast' },
      note: "Editor's note: ",
      error: 'Error in the source: ',
      check: 'Cross-check: ',
      inconsistent: 'Inconsistent in the source: ',
      usedIn: 'Used in ',
      storiesJoin: ', ',
    },
  },
  footer: {
    about:
      "{site} explains Inner Mongolia's economy through five official Chinese documents: newspaper economy pages, government reports and an industry analysis. Every number is quoted from one of them.",
    stories: 'All stories',
    figures: 'Every figure',
    sources: 'The five sources',
    download: 'Download the data (CSV)',
  },
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address.',
    lead: {
      before:
        'There is no page at this address. It may have been mistyped, or the page may have moved. Start again from the ',
      link: 'home page',
      after: ', or go straight to a story:',
    },
    stories: 'Stories',
    hint: {
      before: 'Looking for a number? Every figure is listed with its quote on ',
      figures: 'Figures',
      between: ', and the documents they come from are on ',
      sources: 'Sources',
      after: '.',
    },
  },
  story: {
    topicsJoin: ' · ',
    byline: 'By {authors}',
    authorsJoin: ' and ',
    updated: 'Updated',
    leadChart: "{title}: the story's lead chart.",
    step: 'Step {n} of {count}',
    shareStep: 'Share this step',
    /** What the share control says after it has shared or copied a step's link (src/browser/share-link.ts). */
    shared: 'Shared',
    copied: 'Link copied',
    copyFailed: 'Copy failed: use the link',
    sources: {
      heading: 'Sources and notes',
      intro:
        'Every number in this story is one of {count} figures quoted from official documents; each links to the sentence it comes from. ',
      all: 'See them all with their quotes',
      after: '.',
      documents: 'Documents',
      document: '{publisher}. Period covered: {period}.',
      notes: "Editor's notes",
      errors: 'Errors in the sources',
      outside: 'Outside sources',
      outsideIntro: 'These facts are not in the five documents; each is taken from the public source cited.',
      checks: 'Cross-checks',
      noChecks:
        'None of the figures in this story is covered by a cross-check: the documents state no other numbers to check them against.',
    },
    stepPage: {
      from: 'From the story',
      moved: 'This part of the story has moved. It is now told in the step below.',
      image: '{headline}: the chart at this step of the story.',
      continue: 'Read the story from this step',
    },
    figure: '{label}, {period}. Source: {credit}',
    /** The mark after a fact from outside the documents, and its accessible name. */
    outsideSource: 'source',
    outsideSourceLabel: 'cited outside source',
  },
  chart: {
    close: 'Close',
    readSource: 'Read it in the source',
    figureDetails: 'Figure details',
    source: 'Source: {credit}',
    /** Between the credits of a chart drawn from more than one document. */
    creditsJoin: '; ',
    showData: 'Show the data',
    columns: { figure: 'Figure', value: 'Value', period: 'Period', source: 'Source' },
    passage: 'Passage',
    /** What a number is when it is not an outcome, beside its mark and in descriptions. */
    ahead: { target: 'target', forecast: 'forecast' },
    /** The same as a big number's tag. */
    aheadTag: { target: 'Target or plan', forecast: 'Forecast' },
    /** Under a chart: what its marks mean, and what else it shows. */
    key: {
      lineTargets: 'Hollow points and dashed lines are targets or forecasts, not outcomes.',
      proportionTargets: 'Hollow squares are a target or forecast, not an outcome.',
      mapLines: 'Lines are schematic, not routes.',
      mapAlso: 'Also marked: {names}.',
      mapInset: 'Inset: South China Sea Islands.',
      mapBoundaries: 'Boundaries: {source}',
      reference: '{label}: {value}.',
      progress:
        'Each hollow track is a whole target, and the solid bar in it the part reached; the dashed line marks the time gone.',
      names: ', ',
    },
    /** Beside a mark, and in lists of them. */
    marks: {
      ahead: '{value} ({ahead})',
      added: '+{value}',
      addedTotal: '+{value} ({total} in all)',
      partOf: '{part} of {whole}',
      partOfPlanned: '{part} of the {whole} planned',
      meta: '{place} · {period}',
      computed: '{value} (computed)',
      about: '≈ {value}',
      unprintedTarget: 'of a target the document does not print',
      halfYear: 'Half the year gone',
      elapsed: 'Time gone to the end of {month}',
    },
    /** The description screen readers hear of each step: its marks as "label: value (flags)". */
    describe: {
      item: '{label}: {value}',
      flagged: '{item} ({flags})',
      flags: ', ',
      items: '; ',
      names: ', ',
      note: '{text} {note}',
      noteOn: '{text} Note on {name}: {note}',
      highlighted: 'highlighted',
      aTarget: 'a {ahead}',
      bars: 'Bar chart of {count} figures. {items}.',
      barsOne: 'Bar chart of 1 figure. {items}.',
      reference: '{text} Reference line: {label}, {value}.',
      numbers: '{items}.',
      numberMeta: '{place}, {period}',
      numberTarget: '{ahead}, {meta}',
      line: 'Line chart of {count} points{measure}. {items}.',
      stepLine: 'Step line chart of {count} points{measure}. {items}.',
      measure: ': {label}',
      added: 'added to the point before',
      pointName: '{time}, {label}',
      lineTargets: '{text} Dashed segments lead to targets or forecasts, not outcomes.',
      units: 'Unit chart of {count} marks, one for each thing counted. {items}.',
      unitsOne: 'Unit chart of 1 mark, one for each thing counted. {items}.',
      hollow: 'a {ahead}, drawn hollow',
      unitFlags: '; ',
      waffle: 'A waffle chart of 100 squares. {items}.',
      waffles: '{count} waffle charts of 100 squares, side by side. {items}.',
      stacked: 'A stacked bar. {items}.',
      stackedMany: '{count} stacked bars, one under another. {items}.',
      partValue: '{label}: {part}, {value}',
      valuePart: '{value}, {part}',
      progress: 'Progress bars of {count} figures, each drawn as a share of its target. Dashed line: {line}. {items}.',
      progressOne: 'A progress bar of 1 figure, drawn as a share of its target. Dashed line: {line}. {items}.',
      pastLine: 'past the line',
      shortOfLine: 'short of the line',
      mapChina: "Map of China's provinces, with Inner Mongolia's twelve league-level divisions.",
      mapRegion: "Map of Inner Mongolia's twelve league-level divisions.",
      together: '{names} (together: {value})',
      regionValue: '{name} ({value})',
      highlightedRegions: '{text} Highlighted: {items}.',
      lines: '{text} Schematic lines, not routes: {items}.',
      route: '{from} to {to}',
      lineDetails: '; ',
      marked: '{text} Marked: {names}.',
      schematic: '{route}, schematic: {value}',
    },
  },
};

/** A dictionary's shape: the English one's keys, every value a string in its own language. */
export type Dictionary = { [Key in keyof typeof en]: Strings<(typeof en)[Key]> };
type Strings<T> = T extends string ? string : { [Key in keyof T]: Strings<T[Key]> };
