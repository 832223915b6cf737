import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { directiveStructure } from '../../src/stories/directive-structure';

/** The problems directiveStructure finds in `body`, each as "line: message". */
function problems(body: string): string[] {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(body) as Root;
  const line = (node: { position?: { start: { line: number } } | undefined }) => node.position!.start.line;
  return directiveStructure(tree, body, line).map(({ node, message }) => `${line(node)}: ${message}`);
}

const step = (id: string, close = true) => `:::step{#${id}}\nText of ${id}.\n${close ? ':::\n' : ''}`;

describe('directiveStructure(tree, body, line)', () => {
  it.each([
    ['closed steps in a closed section', `::::scrolly{#s}\n\n${step('a')}\n${step('b')}\n::::\n`],
    ['two closed sections', `::::scrolly{#s}\n${step('a')}::::\n\n::::scrolly{#t}\n${step('b')}::::\n`],
    ['a section closed at the end of the file, without a newline', `::::scrolly{#s}\n${step('a')}::::`],
  ])('accepts %s', (_case, body) => {
    expect(problems(body)).toEqual([]);
  });

  it.each([
    [
      'a step left open, which would swallow the next',
      `::::scrolly{#s}\n\n${step('a', false)}\n${step('b')}\n::::\n`,
      [
        '6: :::step starts inside step "a" (line 3); a step holds only text: end step "a" with a ::: line before this one',
      ],
    ],
    [
      // The section's four colons close the section first, so the step inside is left without its own.
      'a step closed with the section’s fence',
      `::::scrolly{#s}\n:::step{#a}\nText.\n::::\n`,
      ['2: step "a" is not closed: end it with a ::: line after its text, before the next step'],
    ],
    [
      'the last step left open',
      `::::scrolly{#s}\n${step('a')}${step('b', false)}\n::::\n`,
      ['5: step "b" is not closed: end it with a ::: line after its text, before the next step'],
    ],
    [
      'a section left open at the end of the file',
      `::::scrolly{#s}\n${step('a')}`,
      ['1: ::::scrolly "s" is not closed: end it with a :::: line after its last step'],
    ],
    [
      'a step left open at the end of the file',
      `::::scrolly{#s}\n${step('a', false)}`,
      [
        '1: ::::scrolly "s" is not closed: end it with a :::: line after its last step',
        '2: step "a" is not closed: end it with a ::: line after its text, before the next step',
      ],
    ],
    [
      'a section inside a section',
      `::::scrolly{#s}\n::::scrolly{#t}\n${step('a')}::::\n::::\n`,
      [
        '2: ::::scrolly starts inside ::::scrolly "s" (line 1); sections cannot nest: end that section with a :::: line before this one',
      ],
    ],
    [
      'a section inside a step',
      `::::scrolly{#s}\n:::step{#a}\nText.\n\n::::scrolly{#t}\n::::\n:::\n::::\n`,
      [
        '5: ::::scrolly starts inside step "a" (line 2); a step holds only text: end step "a" with a ::: line before this one',
      ],
    ],
  ])('fails on %s, at its line', (_case, body, expected) => {
    expect(problems(body)).toEqual(expected);
  });
});
