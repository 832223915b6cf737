import type { Root } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * The attributes of a section or step that each edition writes in its own language; every other attribute (figures,
 * groups, highlight, view, lines …) is data, and both editions must give it character for character.
 */
const TEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'headline',
  'labels',
  'label',
  'note',
  'annotate',
  'referenceLabel',
]);

/** A step as both editions must agree on it: its data attributes, the figures its prose cites and its notes' marks. */
interface OutlineStep {
  id: string;
  line: number;
  data: Record<string, string>;
  /** The :fig ids its prose cites, sorted. */
  figures: string[];
  /** The marks its notes are tied to, in order. */
  noteTargets: string[];
  /** How many labels it gives (labels="a|b"), or -1 without labels. */
  labelCount: number;
}

/** A scroll section as both editions must agree on it. */
interface OutlineSection {
  id: string;
  line: number;
  data: Record<string, string>;
  steps: OutlineStep[];
}

/** What both editions of a story must share: its sections and steps in order, and the figures and facts it cites. */
export interface EditionOutline {
  file: string;
  sections: OutlineSection[];
  /** The :fig ids cited outside any step, sorted. */
  proseFigures: string[];
  /** The :ctx ids cited anywhere, sorted. */
  facts: string[];
}

/** The sorted distinct ids of the `name` directives under `node`. */
function cited(node: Root | ContainerDirective, name: string, skip?: (node: ContainerDirective) => boolean): string[] {
  const ids = new Set<string>();
  visit(node, (child) => {
    if (child !== node && child.type === 'containerDirective' && skip?.(child as ContainerDirective)) return 'skip';
    if (child.type === 'textDirective' && (child as TextDirective).name === name)
      ids.add(toString(child as TextDirective).trim());
    return undefined;
  });
  return [...ids].sort();
}

/** The data attributes of a directive: every attribute but its id, its class and the ones written in each language. */
function dataAttributes(node: ContainerDirective): Record<string, string> {
  const entries = Object.entries(node.attributes ?? {}).filter(
    ([name]) => name !== 'id' && name !== 'class' && !TEXT_ATTRIBUTES.has(name),
  );
  return Object.fromEntries(entries.map(([name, value]) => [name, value ?? '']).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Reads what an edition of a story must share with the other from its Markdown `body`; lines are file lines. */
export function editionOutline(body: string, file: string, lineOffset: number): EditionOutline {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(body) as Root;
  const line = (node: { position?: { start: { line: number } } | undefined }) =>
    (node.position?.start.line ?? 1) + lineOffset;
  const isBlock = (node: ContainerDirective) => node.name === 'scrolly' || node.name === 'step';
  const sections = tree.children
    .filter((node): node is ContainerDirective => node.type === 'containerDirective' && node.name === 'scrolly')
    .map((section): OutlineSection => ({
      id: section.attributes?.id ?? '',
      line: line(section),
      data: dataAttributes(section),
      steps: section.children
        .filter((node): node is ContainerDirective => node.type === 'containerDirective' && node.name === 'step')
        .map((step): OutlineStep => {
          const labels = step.attributes?.labels;
          return {
            id: step.attributes?.id ?? '',
            line: line(step),
            data: dataAttributes(step),
            figures: cited(step, 'fig'),
            noteTargets: (step.attributes?.annotate ?? '')
              .split('|')
              .map((note) => note.slice(0, Math.max(0, note.indexOf(':'))).trim())
              .filter(Boolean),
            labelCount: labels === undefined || labels === null ? -1 : labels.split('|').length,
          };
        }),
    }));
  return { file, sections, proseFigures: cited(tree, 'fig', isBlock), facts: cited(tree, 'ctx') };
}

/** `a` and `b` as one comparable string. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The ids of sections or steps, quoted and joined in order, or "none". */
const ids = (blocks: readonly { id: string }[]) => blocks.map((block) => `"${block.id}"`).join(', ') || 'none';

/** What `list` has that `other` lacks, quoted and joined. */
const extra = (list: readonly string[], other: readonly string[]) =>
  list
    .filter((id) => !other.includes(id))
    .map((id) => `"${id}"`)
    .join(', ');

/**
 * Every way a translation departs from the structure of the story it translates: a section or step missing, added or
 * moved, a chart or a data attribute changed, a figure cited in a step of one edition but not the other's, notes tied
 * to other marks, a different number of labels, other figures or outside facts cited in the prose. Each message names
 * both files and lines.
 */
export function editionProblems(original: EditionOutline, translation: EditionOutline): string[] {
  const problems: string[] = [];
  const at = (outline: EditionOutline, line: number) => `${outline.file}:${line}`;
  const [oSections, tSections] = [original.sections, translation.sections];
  if (ids(oSections) !== ids(tSections)) {
    problems.push(
      `${translation.file}: its ::::scrolly sections are ${ids(tSections)}, but ${original.file} has ${ids(oSections)}, in that order; both editions have the same sections`,
    );
    return problems;
  }
  oSections.forEach((section, index) => {
    const other = tSections[index]!;
    const both = `::::scrolly "${section.id}" (${at(translation, other.line)}, ${at(original, section.line)})`;
    if (!same(section.data, other.data))
      problems.push(
        `${both}: its data attributes differ: ${JSON.stringify(other.data)} against ${JSON.stringify(section.data)}; only headline is written in each language`,
      );
    const [oSteps, tSteps] = [section.steps, other.steps];
    if (ids(oSteps) !== ids(tSteps)) {
      problems.push(
        `${both}: its steps are ${ids(tSteps)} in the translation but ${ids(oSteps)} in the original, in that order; a step missing, added or moved in one edition must be in the other too`,
      );
      return;
    }
    oSteps.forEach((step, stepIndex) => {
      const mirror = tSteps[stepIndex]!;
      const where = `step "${step.id}" (${at(translation, mirror.line)}, ${at(original, step.line)})`;
      if (!same(step.data, mirror.data))
        problems.push(
          `${where}: its data attributes differ: ${JSON.stringify(mirror.data)} against ${JSON.stringify(step.data)}; copy them from the original and translate only ${[...TEXT_ATTRIBUTES].join(', ')}`,
        );
      const missing = extra(step.figures, mirror.figures);
      const added = extra(mirror.figures, step.figures);
      if (missing) problems.push(`${where}: the translation does not cite :fig ${missing}, which the original does`);
      if (added) problems.push(`${where}: the translation cites :fig ${added}, which the original does not`);
      if (!same(step.noteTargets, mirror.noteTargets))
        problems.push(
          `${where}: annotate ties notes to ${mirror.noteTargets.join(', ') || 'nothing'} in the translation but ${step.noteTargets.join(', ') || 'nothing'} in the original`,
        );
      if (step.labelCount !== mirror.labelCount)
        problems.push(
          `${where}: labels gives ${Math.max(0, mirror.labelCount)} label(s) in the translation but ${Math.max(0, step.labelCount)} in the original`,
        );
    });
  });
  const missing = extra(original.proseFigures, translation.proseFigures);
  const added = extra(translation.proseFigures, original.proseFigures);
  if (missing)
    problems.push(`${translation.file}: outside its steps it does not cite :fig ${missing}, as ${original.file} does`);
  if (added)
    problems.push(`${translation.file}: outside its steps it cites :fig ${added}, which ${original.file} does not`);
  if (!same(original.facts, translation.facts))
    problems.push(
      `${translation.file}: it cites the outside facts ${translation.facts.join(', ') || 'none'}, but ${original.file} cites ${original.facts.join(', ') || 'none'}`,
    );
  return problems;
}
