import { createHash } from 'node:crypto';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { CHART_NAMES, chartEntry } from '../../charts/catalogue';
import { LAYOUT_WIDTHS, type ChartTip, type LiveStates } from '../../charts/frame';
import { layoutWidthContext } from '../../charts/shared/layout-width';
import { ui, type Lang } from '../../i18n/dictionary';
import { liveIdPrefix } from '../../lib/page-ids';
import { chartStatesPath, withBase } from '../../lib/urls';
import { storyEdition } from '../../stories/built';
import type { Section } from '../../stories/section';

/** One file of a story's live chart states: the layout width it draws at, its name and address, and its JSON. */
export interface ChartStatesFile {
  width: number;
  name: string;
  /** Site-absolute, without the deploy path. */
  path: string;
  json: string;
}

/** The parts of a story entry its chart states read. */
interface StatesStory {
  id: string;
  /** The loader's digest of everything the entry carries. */
  digest?: string | number | undefined;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

// Every chart's component, loaded once, up front: the states are drawn synchronously, as share cards are.
const components = new Map(
  await Promise.all(
    CHART_NAMES.map(async (name) => [name, (await chartEntry(name).component()).default as Component] as const),
  ),
);

/** The sticky chart's `<figure>` for step `index` of a section, laid out `width` px wide, ids prefixed `prefix`. */
function stateMarkup(section: Section, index: number, width: number, prefix: string): string {
  const { credit, text, frames, steps } = section.props;
  const props = {
    headline: section.headline,
    credit,
    text,
    frames,
    ...chartEntry(section.chart).copy(steps),
    initial: index,
    interactive: true,
  };
  const { body } = render(components.get(section.chart)!, {
    props,
    context: layoutWidthContext(width),
    idPrefix: prefix,
  });
  // Svelte's hydration markers (its only comments: a component's own are not kept) mean nothing to a page that never
  // hydrates; the live chart only morphs its markup.
  return body.replaceAll(/<!--[\s\S]*?-->/g, '').trim();
}

/** Every figure a section's chart draws, as its tooltip shows it. */
function sectionTips(section: Section): Record<string, ChartTip> {
  const tips: Record<string, ChartTip> = {};
  for (const datum of section.props.frames.flatMap((frame) => frame.table)) {
    tips[datum.id] = {
      value: datum.valueText,
      label: datum.label,
      meta: `${datum.placeText} · ${datum.periodText}`,
      source: datum.sourceHref,
      details: datum.href,
    };
  }
  return tips;
}

// Keyed by everything a state shows, so a dev server redraws a story's states when its author edits it.
const cache = new Map<string, ChartStatesFile[]>();

/**
 * The files of a story's live chart states in edition `lang`, one per layout width: a page draws its charts at the
 * narrowest, and its live charts fetch the states at the width their panel shows (live-chart.ts). Each file is named
 * after its contents, so a browser may keep it for good.
 */
export function chartStatesFiles(story: StatesStory, lang: Lang): ChartStatesFile[] {
  const key = JSON.stringify([story.id, story.digest, lang]);
  const cached = cache.get(key);
  if (cached) return cached;
  const sections = storyEdition(story, lang).story.blocks.filter((block) => block.kind === 'scrolly');
  const { close, readSource, figureDetails } = ui(lang).chart;
  const files = LAYOUT_WIDTHS.map((width): ChartStatesFile => {
    const states: LiveStates = {
      text: { close, readSource, figureDetails },
      sections: Object.fromEntries(
        sections.map((section, index) => [
          section.id,
          {
            steps: section.steps.map((_, step) => stateMarkup(section, step, width, liveIdPrefix(index))),
            tips: sectionTips(section),
          },
        ]),
      ),
    };
    const json = JSON.stringify(states);
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
    const name = `${story.id}-${lang}-${width}-${hash}`;
    return { width, name, path: chartStatesPath(name), json };
  });
  cache.set(key, files);
  return files;
}

/** The `data-states` of a story page: each layout width with its file's address ("320 /charts/a.json …"). */
export function statesAttribute(files: readonly ChartStatesFile[]): string {
  return files.map((file) => `${file.width} ${withBase(file.path)}`).join(' ');
}
