import type { Source } from '../sources/source';
import { findQuote, type Squeezed } from '../sources/quote-match';
import type { FigureView } from '../figures/view';

/** What a story's "Sources and notes" section lists, derived from the figures it cites so it cannot drift from them. */
export interface SourcesAndNotes {
  /** The documents the cited figures come from and those the story lists (for quotes without figures), in site order. */
  documents: Source[];
  /** Cited figures that carry an editor's note. */
  notes: FigureView[];
  /** Cited figures whose stated value a cross-check recomputed, with what it found. */
  checked: FigureView[];
  /** Cited figures whose quote overlaps a known defect of its source. */
  defective: FigureView[];
  figureCount: number;
}

/** Gathers the section for the figures `figureIds` a story cites (hero, charts and prose) and the sources it `listed`. */
export function sourcesAndNotes(
  figureIds: readonly string[],
  listed: readonly string[],
  views: readonly FigureView[],
  sources: readonly Source[],
): SourcesAndNotes {
  const byId = new Map(views.map((view) => [view.figure.id, view]));
  const cited = [...new Set(figureIds)].map((id) => {
    const view = byId.get(id);
    if (!view) throw new Error(`sourcesAndNotes: no figure ${id}`);
    return view;
  });
  const used = new Set([...cited.map((view) => view.figure.source), ...listed]);
  return {
    documents: sources.filter((source) => used.has(source.id)),
    notes: cited.filter((view) => view.figure.note),
    checked: cited.filter((view) => view.checks.length > 0),
    defective: cited.filter((view) => view.defects.length > 0),
    figureCount: cited.length,
  };
}

/** The sources a story's figures come from that its frontmatter does not list. */
export function missingSources(listed: readonly string[], figureSources: readonly string[]): string[] {
  return [...new Set(figureSources)].filter((id) => !listed.includes(id));
}

/** The Chinese quotes of a story that stand in none of the source texts it lists (white space ignored). */
export function unsourcedQuotes<Q extends { text: string }>(
  quotes: readonly Q[],
  sourceTexts: readonly Squeezed[],
): Q[] {
  return quotes.filter((quote) => !sourceTexts.some((text) => findQuote(text, quote.text)));
}
