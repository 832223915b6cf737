import { reservedIdProblem } from '../lib/page-ids';

/** A step id a story no longer has, the step that now carries its words, and the frontmatter line that says so. */
export interface MovedStep {
  from: string;
  to: string;
  line: number;
}

/** The ids a story page gives its sections and steps, with the file line of each, as the transform found them. */
interface SectionIds {
  id: string;
  line: number;
  steps: readonly { id: string; line: number }[];
}

/** Each mistake in a story's `moved:` list, with file, line and fix: an old id the page still uses, or no such step. */
export function movedStepProblems(
  moved: readonly MovedStep[],
  sections: readonly SectionIds[],
  file: string,
): string[] {
  const steps = new Map(sections.flatMap((section) => section.steps.map((step) => [step.id, step.line] as const)));
  const sectionLines = new Map(sections.map((section) => [section.id, section.line]));
  return moved.flatMap(({ from, to, line }) => {
    const where = `${file}:${line}: moved: "${from}"`;
    const problems: string[] = [];
    if (steps.has(from))
      problems.push(
        `${where} is still a step of the story (line ${steps.get(from)}); list under moved: only the ids of steps it no longer has`,
      );
    else if (sectionLines.has(from))
      problems.push(
        `${where} is the id of section "${from}" (line ${sectionLines.get(from)}), and an old link to it must reach one step; rename the section`,
      );
    const reserved = reservedIdProblem(from);
    if (reserved) problems.push(`${where}: ${reserved}, so an old link to it cannot reach a step`);
    if (!steps.has(to))
      problems.push(
        `${where}: the story has no step "${to}"${sectionLines.has(to) ? ` ("${to}" is a section)` : ''}; name the step that now carries its words, one of ${[...steps.keys()].join(', ')}`,
      );
    return problems;
  });
}

/** The old ids that `moved` sends to step `id`, for the anchors the story page keeps at that step for old links. */
export function aliasesOf(moved: Readonly<Record<string, string>> | undefined, id: string): string[] {
  return Object.entries(moved ?? {}).flatMap(([from, to]) => (to === id ? [from] : []));
}

/** Each old id of `moved` with the step among `steps` that now carries it; throws for a step that is not there. */
export function movedTo<Step extends { id: string }>(
  moved: Readonly<Record<string, string>> | undefined,
  steps: readonly Step[],
): { from: string; step: Step }[] {
  return Object.entries(moved ?? {}).map(([from, to]) => {
    const step = steps.find((candidate) => candidate.id === to);
    // The stories loader refuses a moved: entry whose step does not exist, so this is a bug, not an author's mistake.
    if (!step) throw new Error(`moved step "${from}" names "${to}", which is not a step of the story`);
    return { from, step };
  });
}
