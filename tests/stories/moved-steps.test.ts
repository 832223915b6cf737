import { describe, expect, it } from 'vitest';
import { aliasesOf, movedStepProblems, movedTo, type MovedStep } from '../../src/stories/moved-steps';

const FILE = 'stories/a.md';

// Two sections, as the transform finds them: ids with the file line of each.
const SECTIONS = [
  {
    id: 'capacity',
    line: 20,
    steps: [
      { id: 'capacity-2024', line: 22 },
      { id: 'capacity-2025', line: 30 },
    ],
  },
  { id: 'solar', line: 40, steps: [{ id: 'solar-output', line: 42 }] },
];

/** A `moved:` entry at a frontmatter line, line 5 unless given. */
const entry = (from: string, to: string, line = 5): MovedStep => ({ from, to, line });

// What each kind of mistake says, for an entry at line 5.
const STEPS = 'capacity-2024, capacity-2025, solar-output';
const stillAStep = (from: string, stepLine: number) =>
  `stories/a.md:5: moved: "${from}" is still a step of the story (line ${stepLine}); list under moved: only the ids of steps it no longer has`;
const noSuchStep = (from: string, to: string, line = 5, aside = '') =>
  `stories/a.md:${line}: moved: "${from}": the story has no step "${to}"${aside}; name the step that now carries its words, one of ${STEPS}`;

describe('movedStepProblems(moved, sections, file)', () => {
  it.each<[string, MovedStep[], string[]]>([
    ['no moved steps', [], []],
    ['an old id sent on to a step', [entry('rank-targets', 'capacity-2024')], []],
    [
      'two old ids sent on to steps of different sections',
      [entry('rank-targets', 'capacity-2024'), entry('solar-cells', 'solar-output', 6)],
      [],
    ],
    ['an old id that is still a step', [entry('capacity-2025', 'capacity-2024')], [stillAStep('capacity-2025', 30)]],
    ['an old id sent on to itself', [entry('capacity-2024', 'capacity-2024')], [stillAStep('capacity-2024', 22)]],
    [
      'an old id that a section has',
      [entry('solar', 'solar-output', 7)],
      [
        'stories/a.md:7: moved: "solar" is the id of section "solar" (line 40), and an old link to it must reach one step; rename the section',
      ],
    ],
    [
      'an old id the story page uses itself',
      [entry('sources-heading', 'capacity-2024')],
      [
        'stories/a.md:5: moved: "sources-heading": "sources-heading" is an id the story page uses itself, so an old link to it cannot reach a step',
      ],
    ],
    [
      'an old id sent on to a step the story does not have',
      [entry('rank-targets', 'rank-2024')],
      [noSuchStep('rank-targets', 'rank-2024')],
    ],
    [
      'an old id sent on to a section, not a step',
      [entry('rank-targets', 'capacity')],
      [noSuchStep('rank-targets', 'capacity', 5, ' ("capacity" is a section)')],
    ],
    [
      'an old id sent on to another old id',
      [entry('rank-targets', 'capacity-2024'), entry('rank-2023', 'rank-targets', 6)],
      [noSuchStep('rank-2023', 'rank-targets', 6)],
    ],
    [
      'every mistake of one entry at once',
      [entry('capacity-2025', 'nowhere')],
      [stillAStep('capacity-2025', 30), noSuchStep('capacity-2025', 'nowhere')],
    ],
  ])('%s', (_case, moved, problems) => {
    expect(movedStepProblems(moved, SECTIONS, FILE)).toEqual(problems);
  });
});

describe('aliasesOf(moved, id)', () => {
  it.each<[Record<string, string> | undefined, string, string[]]>([
    [undefined, 'capacity-2024', []],
    [{}, 'capacity-2024', []],
    [{ 'rank-targets': 'capacity-2024' }, 'capacity-2024', ['rank-targets']],
    [{ 'rank-targets': 'capacity-2024' }, 'capacity-2025', []],
    [{ 'rank-targets': 'capacity-2024', 'rank-2023': 'capacity-2024' }, 'capacity-2024', ['rank-targets', 'rank-2023']],
  ])('%j, %s → %j', (moved, id, aliases) => {
    expect(aliasesOf(moved, id)).toEqual(aliases);
  });
});

describe('movedTo(moved, steps)', () => {
  const steps = [{ id: 'capacity-2024' }, { id: 'capacity-2025' }];

  it.each<[Record<string, string> | undefined, { from: string; step: { id: string } }[]]>([
    [undefined, []],
    [{}, []],
    [{ 'rank-targets': 'capacity-2024' }, [{ from: 'rank-targets', step: steps[0]! }]],
    [
      { 'rank-targets': 'capacity-2024', outlook: 'capacity-2025' },
      [
        { from: 'rank-targets', step: steps[0]! },
        { from: 'outlook', step: steps[1]! },
      ],
    ],
  ])('%j', (moved, expected) => {
    expect(movedTo(moved, steps)).toEqual(expected);
  });

  it('throws for a step the story does not have, which the stories loader would have refused', () => {
    expect(() => movedTo({ 'rank-targets': 'nowhere' }, steps)).toThrow(
      'moved step "rank-targets" names "nowhere", which is not a step of the story',
    );
  });
});
