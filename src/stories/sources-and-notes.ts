import type { Source } from '../sources/source';
import type { FigureView } from '../figures/view';

/** What a story's "Sources and notes" section lists, derived from the figures it cites so it cannot drift from them. */
export interface SourcesAndNotes {
  /** The documents the cited figures come from, in the order the site lists sources. */
  documents: Source[];
  /** Cited figures that carry an editor's note. */
  notes: FigureView[];
  /** Cited figures whose stated value a cross-check recomputed, with what it found. */
  checked: FigureView[];
  figureCount: number;
}

/** Gathers the section for the figures `figureIds` a story cites (hero, charts and prose), in first-cited order. */
export function sourcesAndNotes(figureIds: readonly string[], views: readonly FigureView[], sources: readonly Source[]): SourcesAndNotes {
  const byId = new Map(views.map((view) => [view.figure.id, view]));
  const cited = [...new Set(figureIds)].map((id) => {
    const view = byId.get(id);
    if (!view) throw new Error(`sourcesAndNotes: no figure ${id}`);
    return view;
  });
  const used = new Set(cited.map((view) => view.figure.source));
  return {
    documents: sources.filter((source) => used.has(source.id)),
    notes: cited.filter((view) => view.figure.note),
    checked: cited.filter((view) => view.checks.length > 0),
    figureCount: cited.length,
  };
}

/** The sources a story's figures come from that its frontmatter does not list, and listed sources it never cites. */
export function sourceListProblems(listed: readonly string[], figureSources: readonly string[]): { missing: string[]; unused: string[] } {
  const cited = new Set(figureSources);
  return {
    missing: [...cited].filter((id) => !listed.includes(id)),
    unused: listed.filter((id) => !cited.has(id)),
  };
}
