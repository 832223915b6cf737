import { CHART_DEFINITIONS, chartEntry, type ChartName } from '../charts/catalogue';
import type { CheckedFigure } from '../figures/registry';
import { cardText, shareFonts, undrawable, type ShareFont } from '../lib/fonts';
import type { FigureBase } from './figure-base';
import { movedStepProblems, type MovedStep } from './moved-steps';
import { resolveSection, type Section } from './section';
import { missingSources, unsourcedQuotes } from './sources-and-notes';
import { StoryError, transformStory } from './transform';
import type { Lang } from '../i18n/dictionary';

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
  /** The steps the story no longer has, each with the step an old link to it now lands on. */
  moved: readonly MovedStep[];
}

/**
 * Transforms a story against the figure base, resolves its charts, and checks what the frontmatter promises: the hero
 * figure and the listed sources exist, every cited figure's document is listed, every Chinese quote stands in one, and
 * every moved step's old id is free and its new step exists.
 * Throws a StoryError listing every mistake with file, line and fix; returns the warnings for its author.
 */
export function buildStory(input: StoryFile, base: FigureBase, lang: Lang): { story: BuiltStory; warnings: string[] } {
  const data = lang === 'zh' ? base.dataZh : base.data;
  const { file } = input;
  const problems: string[] = [];
  const known = new Set(base.sources.map((source) => source.id));
  const unknown = input.sources.filter((id) => !known.has(id));
  if (unknown.length > 0)
    problems.push(
      `${file}: sources: no source has the id ${unknown.map((id) => `"${id}"`).join(', ')}; sources are listed in data/sources/sources.yaml: ${[...known].join(', ')}`,
    );
  if (!data.has(input.hero))
    problems.push(`${file}: hero: no figure has the id "${input.hero}"; figure ids are listed in data/figures/*.yaml`);

  let transformed;
  try {
    transformed = transformStory<ChartName>(input.body, {
      file,
      lineOffset: input.lineOffset,
      figures: data,
      charts: CHART_DEFINITIONS,
      facts: new Set(base.facts.map((fact) => fact.id)),
      lang,
    });
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    throw new StoryError([...problems, error.message].join('\n'));
  }

  const sections = transformed.blocks.filter((block) => block.kind === 'scrolly');
  if (sections.length === 0)
    problems.push(
      `${file}:${input.lineOffset + 1}: the story has no ::::scrolly section; every story needs one, because its share image, its thumbnail and its steps' share pages are drawn from its charts`,
    );

  problems.push(...movedStepProblems(input.moved, sections, file));

  const figureIds = [...new Set([input.hero, ...transformed.figureIds])];
  const figures = new Map(base.figures.map((figure) => [figure.id, figure]));
  const cited = figureIds.flatMap((id) => figures.get(id)?.source ?? []);
  const missing = missingSources(input.sources, cited);
  if (missing.length > 0)
    problems.push(`${file}: cites figures from ${missing.join(', ')}, which sources: in its frontmatter does not list`);
  const listedTexts = input.sources.flatMap((id) => base.texts.get(id) ?? []);
  for (const quote of unsourcedQuotes(transformed.quotes, listedTexts))
    problems.push(
      `${file}:${quote.line}: the Chinese quote ${lang === 'zh' ? `> ${quote.text}` : `:zh[${quote.text}]`} is not verbatim in any source the story lists`,
    );
  const blocks = transformed.blocks.map((block) =>
    block.kind === 'scrolly' ? resolveSection(block, data, lang) : block,
  );
  // Each edition's share images have their own fonts: Latin for English, a subset of Noto Sans SC for Chinese.
  const fonts = cardText(shareFonts(lang)).text;
  for (const block of blocks)
    if (block.kind === 'scrolly') problems.push(...undrawableSectionTexts(block, file, figures, fonts));
  if (problems.length > 0) throw new StoryError(problems.join('\n'));

  return {
    story: {
      blocks,
      figureIds,
      factIds: transformed.factIds,
    },
    warnings: transformed.warnings,
  };
}

/** Every string in a parsed attribute value or a resolved step but its figures' data, which charts draw only through the labels and values resolved for them. */
function strings(value: unknown, key = ''): string[] {
  // A note is printed under the chart on the page, never on a share image.
  if (key === 'note') return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value && typeof value === 'object') {
    if ('sourceHref' in value) return [];
    return Object.entries(value).flatMap(([name, item]) => strings(item, name));
  }
  return [];
}

/** The texts a share image of a section's step `index` draws: a big-number card's cells, or the chart's texts. */
function cardTexts(section: Section, index: number): string[] {
  const { share } = chartEntry(section.chart);
  const step: unknown = section.props.steps[index];
  const notes = section.props.frames[index]?.annotations ?? [];
  if (share.kind === 'numbers')
    return share.cells(step, notes).flatMap((cell) => [cell.value, cell.label, cell.meta, cell.note ?? '']);
  return [...strings(step), ...notes.map((note) => note.text)];
}

/**
 * The texts of a section that its share images draw (its headline and source line, its steps' labels and the labels
 * of the figures they show) with characters the images' fonts have no glyph for: the renderer would fail on them only
 * after pages were written. Each names the attribute or the figure the text comes from.
 */
function undrawableSectionTexts(
  section: Section,
  file: string,
  figures: ReadonlyMap<string, CheckedFigure>,
  fonts: readonly ShareFont[],
): string[] {
  const problems: string[] = [];
  const headline = undrawable(section.headline, fonts);
  if (headline) problems.push(`${file}:${section.line}: ::::scrolly headline: ${headline}`);
  const credit = undrawable(section.props.credit, fonts);
  if (credit)
    problems.push(
      `${file}:${section.line}: ::::scrolly "${section.id}": its source line "Source: ${section.props.credit}" ${credit}; the line is written from the publishers in data/sources/sources.yaml of the figures the section shows`,
    );
  section.steps.forEach((step, index) => {
    const where = `${file}:${step.line}: step "${step.id}"`;
    const attributes = Object.entries(step.state as Record<string, unknown>).flatMap(([name, value]) => {
      const problem = undrawable(strings(value, name).join(' '), fonts);
      return problem ? [`${where}: ${name}: ${problem}`] : [];
    });
    const notes = step.annotations.flatMap((note) => {
      const problem = undrawable(note.text, fonts);
      return problem ? [`${where}: annotate: the note on "${note.target}" ${problem}`] : [];
    });
    problems.push(...attributes, ...notes);
    if (attributes.length + notes.length > 0) return;
    for (const text of new Set(cardTexts(section, index))) {
      const problem = undrawable(text, fonts);
      if (!problem) continue;
      const figure = section.props.frames[index]!.table.map((datum) => figures.get(datum.id)!).find(
        (candidate) => text.includes(candidate.label) || (candidate.locality && text.includes(candidate.locality)),
      );
      problems.push(
        figure
          ? `${where}: its chart draws "${text}" from figure "${figure.id}" (${figure.file}:${figure.line}), which ${problem}; give the step labels="…" to draw other words, or change the figure`
          : `${where}: its chart draws "${text}", which ${problem}`,
      );
    }
  });
  return problems;
}
