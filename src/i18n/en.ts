/**
 * Every interface string of the English edition, by where it is used; the Chinese edition's dictionary (zh.ts) has the
 * same keys. `{name}` marks a value filled in with fill(); a sentence with a link in it is split around the link.
 */
export const en = {
  nav: { label: 'Site', stories: 'Stories', figures: 'Figures', sources: 'Sources' },
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
    /** A figure link's tooltip: what the number is, when, and whose. */
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
    showData: 'Show the data',
    columns: { figure: 'Figure', value: 'Value', period: 'Period', source: 'Source' },
    passage: 'Passage',
    target: 'Target or plan',
    /** Under a chart: what its marks mean, and what else it shows. */
    key: {
      lineTargets: 'Hollow points and dashed lines are targets, not outcomes.',
      proportionTargets: 'Hollow squares are a target, not an outcome.',
      mapLines: 'Lines are schematic, not routes.',
      mapAlso: 'Also marked: {names}.',
      mapInset: 'Inset: South China Sea Islands.',
      reference: '{label}: {value}.',
      names: ', ',
    },
    /** Beside a mark, and in lists of them. */
    marks: {
      target: '{value} (target)',
      added: '+{value}',
      addedTotal: '+{value} ({total} in all)',
      partOf: '{part} of {whole}',
      partOfPlanned: '{part} of the {whole} planned',
      meta: '{place} · {period}',
      computed: '{value} (computed)',
      about: '≈ {value}',
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
      target: 'target',
      aTarget: 'a target',
      bars: 'Bar chart of {count} figures. {items}.',
      barsOne: 'Bar chart of 1 figure. {items}.',
      reference: '{text} Reference line: {label}, {value}.',
      numbers: '{items}.',
      numberMeta: '{place}, {period}',
      numberTarget: 'target, {meta}',
      line: 'Line chart of {count} points{measure}. {items}.',
      stepLine: 'Step line chart of {count} points{measure}. {items}.',
      measure: ': {label}',
      added: 'added to the point before',
      pointName: '{time}, {label}',
      lineTargets: '{text} Dashed segments lead to targets, which are plans, not outcomes.',
      units: 'Unit chart of {count} marks, one for each thing counted. {items}.',
      unitsOne: 'Unit chart of 1 mark, one for each thing counted. {items}.',
      hollow: 'a target, drawn hollow',
      unitFlags: '; ',
      waffle: 'A waffle chart of 100 squares. {items}.',
      waffles: '{count} waffle charts of 100 squares, side by side. {items}.',
      stacked: 'A stacked bar. {items}.',
      stackedMany: '{count} stacked bars, one under another. {items}.',
      partValue: '{label}: {part}, {value}',
      valuePart: '{value}, {part}',
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
