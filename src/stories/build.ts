import { CHART_DEFINITIONS, type ChartName } from '../charts/catalogue';
import type { FigureBase } from './figure-base';
import { resolveSection, type Section } from './section';
import { missingSources, unsourcedQuotes } from './sources-and-notes';
import { StoryError, transformStory } from './transform';

/** A story as pages, the feed and share cards read it: prose, resolved scroll sections, and what it cites. */
export interface BuiltStory {
  blocks: ({ kind: 'prose'; html: string } | Section)[];
  /** Every figure the story cites, in prose and charts; the hero figure first. */
  figureIds: string[];
  /** The outside facts the story cites with :ctx[…], in first-cited order. */
  factIds: string[];
}

/** A story file as the loader read it: where it is, its body, and the frontmatter fields checked against the data. */
export interface StoryFile {
  /** The file as authors see it, e.g. stories/pocket-parks.md. */
  file: string;
  body: string;
  /** Lines of the file before the body, so messages give file lines. */
  lineOffset: number;
  hero: string;
  sources: readonly string[];
}

/**
 * Transforms a story against the figure base, resolves its charts, and checks what the frontmatter promises: the hero
 * figure and the listed sources exist, every cited figure's document is listed, every Chinese quote stands in one.
 * Throws a StoryError listing every mistake with file, line and fix; returns the warnings for its author.
 */
export function buildStory(input: StoryFile, base: FigureBase): { story: BuiltStory; warnings: string[] } {
  const { file } = input;
  const problems: string[] = [];
  const known = new Set(base.sources.map((source) => source.id));
  const unknown = input.sources.filter((id) => !known.has(id));
  if (unknown.length > 0)
    problems.push(
      `${file}: sources: no source has the id ${unknown.map((id) => `"${id}"`).join(', ')}; sources are listed in data/sources/sources.yaml: ${[...known].join(', ')}`,
    );
  if (!base.data.has(input.hero))
    problems.push(`${file}: hero: no figure has the id "${input.hero}"; figure ids are listed in data/figures/*.yaml`);

  let transformed;
  try {
    transformed = transformStory<ChartName>(input.body, {
      file,
      lineOffset: input.lineOffset,
      figures: base.data,
      charts: CHART_DEFINITIONS,
      facts: new Set(base.facts.map((fact) => fact.id)),
    });
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    throw new StoryError([...problems, error.message].join('\n'));
  }

  const figureIds = [...new Set([input.hero, ...transformed.figureIds])];
  const sourceOf = new Map(base.figures.map((figure) => [figure.id, figure.source]));
  const cited = figureIds.flatMap((id) => sourceOf.get(id) ?? []);
  const missing = missingSources(input.sources, cited);
  if (missing.length > 0)
    problems.push(`${file}: cites figures from ${missing.join(', ')}, which sources: in its frontmatter does not list`);
  const listedTexts = input.sources.flatMap((id) => base.texts.get(id) ?? []);
  for (const quote of unsourcedQuotes(transformed.quotes, listedTexts))
    problems.push(
      `${file}:${quote.line}: the Chinese quote :zh[${quote.text}] is not verbatim in any source the story lists`,
    );
  if (problems.length > 0) throw new StoryError(problems.join('\n'));

  return {
    story: {
      blocks: transformed.blocks.map((block) => (block.kind === 'scrolly' ? resolveSection(block, base.data) : block)),
      figureIds,
      factIds: transformed.factIds,
    },
    warnings: transformed.warnings,
  };
}
