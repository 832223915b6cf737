/** The ids a story page gives its own elements; no section or step of a story may take one. */
export const PAGE_IDS = {
  /** The page's main content, target of the skip link. */
  main: 'main',
  /** The heading of a story's Sources and notes. */
  sourcesHeading: 'sources-heading',
} as const;

/** The id of a cited outside fact in a story's Sources and notes, which its :ctx[…] citations link to. */
export function factAnchor(factId: string): string {
  return `fact-${factId}`;
}

/** The prefix of the ids a story's live chart states give their titles, descriptions and fills: "live2-s1-title". */
export function liveIdPrefix(sectionIndex: number): string {
  return `live${sectionIndex}`;
}

// Svelte's $props.id() under Astro's prefix on the page ("s0-s1-title", "s2-s1-desc") or liveIdPrefix's in a live
// chart's states ("live0-s1-title"), for a chart's <title>, <desc> and a proportion's fills ("s0-s1-fill-…").
const CHART_TEXT_ID = /^(?:s|live)\d+-[sc]\d+-(?:title|desc|fill-.+)$/;

/** Why `id` cannot name a section or step of a story page, because the page already uses it; else undefined. */
export function reservedIdProblem(id: string): string | undefined {
  if ((Object.values(PAGE_IDS) as string[]).includes(id)) return `"${id}" is an id the story page uses itself`;
  if (id.startsWith(factAnchor(''))) return `ids starting "${factAnchor('')}" name the story's cited outside facts`;
  if (CHART_TEXT_ID.test(id)) return `"${id}" has the form of the ids charts give their titles and descriptions`;
  return undefined;
}
