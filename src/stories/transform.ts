import type { Blockquote, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { annotationList, type Annotation } from '../charts/attributes';
import { anchorNames, type ChartType } from '../charts/chart';
import type { ChartDatum } from '../charts/datum';
import { kebabId } from '../lib/ids';
import { factAnchor, reservedIdProblem } from '../lib/page-ids';
import { directiveStructure } from './directive-structure';
import { checkMarkup, sanitizeStoryHtml } from './markup';
import { fill, ui, type Lang } from '../i18n/dictionary';

/** What the transform needs to know: where the story is, and which figures and charts exist. */
export interface TransformContext<Name extends string = string> {
  /** The story file as authors see it, e.g. stories/pocket-parks.md. */
  file: string;
  /** Lines of the file before the body (the frontmatter), so errors give file lines. */
  lineOffset: number;
  figures: ReadonlyMap<string, ChartDatum>;
  charts: Readonly<Record<Name, ChartType<unknown, unknown>>>;
  /** Ids of the cited outside facts in data/context/. */
  facts: ReadonlySet<string>;
  /** The edition the story is written for: its figure links and citation marks are in its language. */
  lang: Lang;
}

/** One scroll step: its id, its text as HTML, the chart state it puts on the chart, and its notes on that chart. */
export interface ScrollyStep {
  id: string;
  html: string;
  state: unknown;
  annotations: Annotation[];
  line: number;
}

/** A scrolly section: its steps drive one chart. */
export interface ScrollyBlock<Name extends string = string> {
  kind: 'scrolly';
  id: string;
  chart: Name;
  headline: string;
  steps: ScrollyStep[];
  line: number;
}

/** A part of a story: prose, or a scrolly section whose steps drive one chart. */
export type StoryBlock<Name extends string = string> = { kind: 'prose'; html: string } | ScrollyBlock<Name>;

/** A story ready to render: its blocks, every figure it cites, its Chinese quotes, and warnings for its author. */
export interface TransformedStory<Name extends string = string> {
  blocks: StoryBlock<Name>[];
  figureIds: string[];
  /** Each :zh[…] text with its file line, so the build can find it in the story's sources. */
  quotes: { text: string; line: number }[];
  /** The outside facts the story cites with :ctx[…], in first-cited order. */
  factIds: string[];
  warnings: string[];
}

/** Authoring mistakes in a story; the message lists each with its file, line and fix. */
export class StoryError extends Error {
  override name = 'StoryError';
}

const SCROLLY_ATTRIBUTES = new Set(['id', 'chart', 'headline']);

/** Parses a story's Markdown body into blocks, validating every directive, figure reference and chart state. */
export function transformStory<Name extends string>(
  body: string,
  context: TransformContext<Name>,
): TransformedStory<Name> {
  const problems: string[] = [];
  const warnings: string[] = [];
  const figureIds = new Set<string>();
  const quotes: TransformedStory['quotes'] = [];
  const factIds = new Set<string>();
  // Section and step ids share the page with each other, so one map holds both.
  const ids = new Map<string, string>();
  const line = (node: { position?: { start: { line: number } } | undefined }) =>
    (node.position?.start.line ?? 1) + context.lineOffset;
  const fail = (node: Parameters<typeof line>[0], message: string) =>
    problems.push(`${context.file}:${line(node)}: ${message}`);

  const text = ui(context.lang).story;
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(body) as Root;
  unified().use(remarkSmartypants).runSync(tree);
  joinChineseLines(tree, context.lang);
  for (const { node, message } of directiveStructure(tree, body, line)) fail(node, message);

  checkMarkup(tree, fail);

  // Inline directives, anywhere in the story.
  visit(tree, (node, index, parent) => {
    if (node.type === 'textDirective') {
      const directive = node as TextDirective;
      if (directive.name === 'fig') {
        const id = toString(directive).trim();
        const datum = context.figures.get(id);
        if (!datum) {
          fail(
            directive,
            `unknown figure id "${id}" in :fig[${id}]; ids are listed in data/figures/*.yaml and on /figures/`,
          );
          return;
        }
        figureIds.add(id);
        // A Chinese value carries the words its document prints before the number (增长, 超, 第): prose that says them
        // too would read 增长增长.
        const lead = /^\p{Script=Han}+/u.exec(datum.valueText)?.[0];
        const before = index === undefined ? undefined : parent?.children[index - 1];
        if (lead && before?.type === 'text' && before.value.trimEnd().endsWith(lead))
          fail(
            directive,
            `:fig[${id}] prints “${datum.valueText}”, which begins with ${lead}; the words before it say ${lead} again: drop it from the text`,
          );
        // One tap from a number to the sentence it was quoted from.
        directive.data = {
          hName: 'a',
          hProperties: {
            className: ['fig-ref'],
            href: datum.sourceHref,
            dataFigure: id,
            title: fill(text.figure, { label: datum.label, period: datum.periodText, credit: datum.credit }),
          },
          hChildren: [{ type: 'text', value: datum.valueText }],
        };
        return SKIP;
      }
      if (directive.name === 'zh') {
        directive.data = { hName: 'span', hProperties: { lang: 'zh-Hans', translate: 'no' } };
        quotes.push({ text: toString(directive), line: line(directive) });
        return;
      }
      if (directive.name === 'ctx') {
        const id = toString(directive).trim();
        if (!context.facts.has(id)) {
          fail(
            directive,
            `unknown outside fact "${id}" in :ctx[${id}]; record it with its cited source in data/context/*.yaml`,
          );
          return;
        }
        factIds.add(id);
        // A citation mark pointing at the fact's cited source in the story's Sources and notes.
        directive.data = {
          hName: 'sup',
          hProperties: { className: ['ctx-ref'] },
          hChildren: [
            {
              type: 'element',
              tagName: 'a',
              properties: { href: `#${factAnchor(id)}`, ariaLabel: text.outsideSourceLabel },
              children: [{ type: 'text', value: text.outsideSource }],
            },
          ],
        };
        return SKIP;
      }
      fail(directive, `unknown inline directive :${directive.name}; use :fig[figure-id], :zh[中文] or :ctx[fact-id]`);
      return;
    }
    if (node.type === 'leafDirective') {
      fail(
        node,
        `unknown directive ::${(node as LeafDirective).name}; a scroll section is a ::::scrolly{chart=…} block`,
      );
      return;
    }
    if (node.type === 'containerDirective' && !['scrolly', 'step'].includes((node as ContainerDirective).name)) {
      fail(node, `unknown block :::${(node as ContainerDirective).name}; use ::::scrolly with :::step blocks inside`);
      return SKIP;
    }
    return undefined;
  });

  // A Chinese edition quotes a document as a block quote of its own words, where English writes > :zh[…]: it is
  // checked against the story's sources the same way, and its numbers are the document's, not figures to link.
  const quoted = new Set<Text>();
  if (context.lang === 'zh')
    visit(tree, 'blockquote', (node: Blockquote) => {
      quotes.push({ text: toString(node), line: line(node) });
      visit(node, 'text', (text: Text) => {
        quoted.add(text);
      });
    });

  // Bare numerals in prose that equal a figure's value were probably meant as :fig references.
  const values = new Map<string, string[]>();
  for (const datum of context.figures.values())
    values.set(String(datum.value), [...(values.get(String(datum.value)) ?? []), datum.id]);
  visit(tree, 'text', (node: Text, _index, parent) => {
    if ((parent && (parent as TextDirective).type === 'textDirective') || quoted.has(node)) return;
    // A number before 年, 月 or 日 is part of a Chinese date ("2023年7月25日"), not a statistic.
    for (const match of node.value.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?!\d|\.\d|[年月日])/g)) {
      const ids = values.get(String(Number(match[0])));
      // Years and single digits (dates, ordinals, "two lines") are too common to flag.
      if (ids && !/^(19|20)\d\d$/.test(match[0]) && !/^\d$/.test(match[0])) {
        warnings.push(
          `${context.file}:${line(node)}: the numeral ${match[0]} equals figure ${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ' …' : ''}; write :fig[id] so readers can trace it`,
        );
      }
    }
  });

  const blocks: StoryBlock<Name>[] = [];
  let prose: RootContent[] = [];
  const flushProse = () => {
    if (prose.length > 0) blocks.push({ kind: 'prose', html: toHtml(prose) });
    prose = [];
  };
  let scrollyCount = 0;
  for (const node of tree.children) {
    if (node.type === 'containerDirective' && node.name === 'scrolly') {
      flushProse();
      scrollyCount++;
      const block = scrollyBlock(node, scrollyCount);
      if (block) blocks.push(block);
    } else if (node.type === 'containerDirective' && node.name === 'step') {
      fail(node, 'a :::step must stand inside a ::::scrolly block (give the scrolly one more colon than its steps)');
    } else {
      prose.push(node);
    }
  }
  flushProse();

  /** Records a section's or step's id, failing if another section or step of the story, or the page itself, has it. */
  function claimId(node: ContainerDirective, id: string, what: 'section' | 'step'): void {
    const earlier = ids.get(id);
    if (earlier !== undefined)
      fail(node, `duplicate ${what} id "${id}"; it is also ${earlier} (sections and steps share one page)`);
    ids.set(id, `${node.attributes?.id ? 'used' : 'the id given to the section without #id'} at line ${line(node)}`);
    const reserved = reservedIdProblem(id);
    if (reserved) fail(node, `${what} id "${id}": ${reserved}; choose another`);
  }

  function scrollyBlock(node: ContainerDirective, count: number): ScrollyBlock<Name> | undefined {
    const attributes = node.attributes ?? {};
    for (const name of Object.keys(attributes)) {
      if (!SCROLLY_ATTRIBUTES.has(name))
        fail(node, `::::scrolly does not take "${name}"; it takes chart, headline and an optional #id`);
    }
    const chartName = attributes.chart ?? '';
    if (!Object.hasOwn(context.charts, chartName)) {
      fail(node, `unknown chart "${chartName}"; write chart= one of ${Object.keys(context.charts).join(', ')}`);
      return undefined;
    }
    const chart = context.charts[chartName as Name];
    const headline = (attributes.headline ?? '').trim();
    if (!headline)
      fail(node, `::::scrolly needs a headline: ::::scrolly{chart=${chartName} headline="What the chart shows"}`);
    const id = attributes.id ?? `scrolly-${count}`;
    claimId(node, id, 'section');
    const steps: ScrollyStep[] = [];
    for (const child of node.children) {
      // A section inside a section is reported by directiveStructure.
      if (child.type === 'containerDirective' && child.name === 'scrolly') continue;
      if (child.type !== 'containerDirective' || child.name !== 'step') {
        fail(
          child,
          'only :::step blocks may stand directly inside a ::::scrolly block; move this text into a step or out of the section',
        );
        continue;
      }
      const step = scrollyStep(child, chart);
      if (step) steps.push(step);
    }
    if (node.children.length === 0) fail(node, '::::scrolly has no :::step blocks');
    return { kind: 'scrolly', id, chart: chartName as Name, headline, steps, line: line(node) };
  }

  function scrollyStep(node: ContainerDirective, chart: ChartType<unknown, unknown>): ScrollyStep | undefined {
    const { id, class: _class, annotate, ...stateAttributes } = node.attributes ?? {};
    if (!id) {
      fail(node, 'a step needs an id, so readers can link to it: :::step{#a-short-name …}');
      return undefined;
    }
    if (!kebabId.safeParse(id).success) fail(node, `step id "${id}" must be lowercase words joined by hyphens`);
    claimId(node, id, 'step');
    const parsed = chart.state.safeParse(
      Object.fromEntries(Object.entries(stateAttributes).map(([k, v]) => [k, v ?? ''])),
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || '(step)';
        fail(node, `step "${id}": ${field}: ${issue.message}; a ${chart.name} step takes ${chart.example}`);
      }
      return undefined;
    }
    const state = parsed.data;
    const unknown = chart.figureIds(state).filter((figureId) => !context.figures.has(figureId));
    if (unknown.length > 0) {
      fail(
        node,
        `step "${id}": unknown figure id(s) ${unknown.join(', ')}; ids are listed in data/figures/*.yaml and on /figures/`,
      );
      return undefined;
    }
    const problem = chart.check(state, context.figures);
    if (problem) fail(node, `step "${id}": ${problem}`);
    for (const figureId of chart.figureIds(state)) figureIds.add(figureId);
    return {
      id,
      html: toHtml(node.children),
      state,
      annotations: stepAnnotations(node, id, annotate, chart, state),
      line: line(node),
    };
  }

  /** A step's notes, each tied to a mark its chart draws; mistakes are reported with the step. */
  function stepAnnotations(
    node: ContainerDirective,
    id: string,
    annotate: string | null | undefined,
    chart: ChartType<unknown, unknown>,
    state: unknown,
  ): Annotation[] {
    if (annotate === undefined) return [];
    const parsed = annotationList.safeParse(annotate ?? '');
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        fail(
          node,
          `step "${id}": annotate: ${issue.message}; write annotate="figure-id: what to notice | other-id: …"`,
        );
      return [];
    }
    // Only the ids matter here, and they are the same in every language.
    const marks = anchorNames(chart, state, context.figures, 'en').map((anchor) => anchor.id);
    for (const note of parsed.data) {
      if (!marks.includes(note.target))
        fail(
          node,
          `step "${id}": annotate: "${note.target}" is not a mark this step draws; tie the note to one of ${marks.join(', ')}`,
        );
      if (parsed.data.findIndex((other) => other.target === note.target) !== parsed.data.indexOf(note))
        fail(node, `step "${id}": annotate: "${note.target}" has more than one note; join them into one`);
    }
    return parsed.data;
  }

  if (problems.length > 0) throw new StoryError(problems.join('\n'));
  return { blocks, figureIds: [...figureIds], quotes, factIds: [...factIds], warnings };
}

// Raw HTML never reaches the page: checkMarkup refuses it, and without allowDangerousHtml remark-rehype drops it.
const toHast = unified().use(remarkRehype);
const stringify = unified().use(rehypeStringify);

function toHtml(nodes: RootContent[]): string {
  const hast = toHast.runSync({ type: 'root', children: nodes } as Root);
  return stringify.stringify(sanitizeStoryHtml(hast as Parameters<typeof sanitizeStoryHtml>[0]));
}

// Chinese characters and full-width punctuation, between which a line break is only where the author's file wrapped.
const CJK = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F“”‘’';
const WRAPPED = new RegExp(`(?<=[${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'gu');
// In Chinese text every wrap goes, at the edges of a figure link too, but one between two Latin words or numbers.
const WRAPPED_ZH = /(?<![A-Za-z0-9])[ \t]*\n[ \t]*|[ \t]*\n[ \t]*(?![A-Za-z0-9])/g;

/**
 * Removes the line breaks an author's file puts between Chinese characters: Markdown keeps a soft break as a newline,
 * which the browser and Astro's HTML compression show as a space, and Chinese has no spaces between words. A space
 * the text itself holds (a verbatim quote's "运维 服务") stays.
 */
function joinChineseLines(tree: Root, lang: Lang): void {
  visit(tree, 'text', (node: Text) => {
    node.value = lang === 'zh' ? node.value.replace(WRAPPED_ZH, '') : node.value.replace(WRAPPED, '');
  });
}
