import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { builtHtml, type BuiltPage } from '../../scripts/built-pages';

/** One scroll section of a page: its id and the ids of its steps, in page order. */
export interface Section {
  id: string;
  steps: string[];
}

/**
 * The scroll sections of a built page, read from its HTML: Playwright names its tests before any browser opens, and a
 * story's tests are made per group of sections from this list.
 */
export function builtSections(page: BuiltPage, dist?: string): Section[] {
  const tree = fromHtml(builtHtml(page, dist));
  return selectAll('[data-scrolly]', tree).map((section) => ({
    id: String(section.properties.id),
    steps: selectAll('[data-step]', section).map((step) => String(step.properties.id)),
  }));
}

/**
 * Consecutive sections in groups that each visit at most `budget` steps, where `visited` names the steps a test visits
 * in a section; a section that alone visits more is a group by itself. One test per group keeps every test short
 * however long a story grows, without paying for a new page and its load for every one-step section.
 */
export function sectionGroups(
  sections: readonly Section[],
  budget: number,
  visited: (section: Section) => readonly string[] = (section) => section.steps,
): Section[][] {
  const groups: Section[][] = [];
  let current: Section[] = [];
  let count = 0;
  for (const section of sections) {
    const steps = visited(section).length;
    if (current.length > 0 && count + steps > budget) {
      groups.push(current);
      current = [];
      count = 0;
    }
    current.push(section);
    count += steps;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A group of sections as a test title names it: `section #a`, or `sections #a, #b`. */
export function groupTitle(group: readonly Section[]): string {
  return `section${group.length === 1 ? '' : 's'} ${group.map((section) => `#${section.id}`).join(', ')}`;
}
