import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';

/** A block directive out of place, and what its author should write instead. */
interface StructureProblem {
  node: ContainerDirective;
  message: string;
}

/** How a block is named in messages: `step "a"` or `::::scrolly "where-growth-came-from"`. */
function named(node: ContainerDirective): string {
  const id = node.attributes?.id;
  const name = node.name === 'step' ? 'step' : `::::${node.name}`;
  return id ? `${name} "${id}"` : name;
}

/** The colons that open `node`: a section's four, a step's three. */
function fence(node: ContainerDirective, body: string): string {
  return /^:+/.exec(body.slice(node.position!.start.offset))![0];
}

/**
 * Whether `node` ends with its own closing fence. A block left open is closed by whatever closes its parent, so its
 * range ends at the parent's fence without one of its own, or with a fence inside its last child.
 */
function isClosed(node: ContainerDirective, body: string): boolean {
  const after = node.children.at(-1)?.position?.end.offset ?? body.indexOf('\n', node.position!.start.offset);
  if (after < 0) return false;
  const tail = body.slice(after, node.position!.end.offset);
  const closing = /(?:^|\n)[ \t]*(:+)[ \t]*$/.exec(tail);
  return closing !== null && closing[1]!.length >= fence(node, body).length;
}

/**
 * Finds block directives that stand where they cannot: a block inside a step, a section inside a section, and a block
 * never closed, whose text and following steps remark-directive would silently nest into it. `line` gives a node's
 * line in the story file.
 */
export function directiveStructure(
  tree: Root,
  body: string,
  line: (node: ContainerDirective) => number,
): StructureProblem[] {
  const problems: StructureProblem[] = [];
  // A block whose trouble is already explained by a block nested in it: its own missing fence follows from that.
  const explained = new Set<ContainerDirective>();
  const blocks: ContainerDirective[] = [];
  visitParents(tree, 'containerDirective', (node: ContainerDirective, ancestors) => {
    blocks.push(node);
    const parent = ancestors.at(-1);
    if (parent?.type !== 'containerDirective') return;
    const open = parent;
    if (open.name === 'step')
      problems.push({
        node,
        message: `${fence(node, body)}${node.name} starts inside ${named(open)} (line ${line(open)}); a step holds only text: end ${named(open)} with a ::: line before this one`,
      });
    else if (node.name === 'scrolly')
      problems.push({
        node,
        message: `::::scrolly starts inside ${named(open)} (line ${line(open)}); sections cannot nest: end that section with a :::: line before this one`,
      });
    else return;
    explained.add(node);
    for (const ancestor of ancestors) if (ancestor.type === 'containerDirective') explained.add(ancestor);
  });
  for (const node of blocks) {
    if (explained.has(node) || isClosed(node, body)) continue;
    const close = fence(node, body);
    problems.push({
      node,
      message: `${named(node)} is not closed: end it with a ${close} line${node.name === 'step' ? ' after its text, before the next step' : ' after its last step'}`,
    });
  }
  return problems;
}
