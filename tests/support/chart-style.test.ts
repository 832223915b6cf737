import { describe, expect, it } from 'vitest';
import { styleFor } from './chart-style';

const component = `<p class="bar">x</p>
<style>
  .bar { fill: blue; transition: width 400ms ease; }
  @media (prefers-color-scheme: dark) { .bar { fill: navy; } }
  @starting-style { .bar { width: 0 !important; opacity: 0; } @media (min-width: 40rem) { .bar { stroke: red; } } }
  .bar, .other { stroke: none; }
  .planned .bar { fill: none; }
</style>`;

describe('styleFor(source, selector)', () => {
  it.each([
    ['.bar', { fill: 'navy', transition: 'width 400ms ease', stroke: 'none' }],
    ['.other', { stroke: 'none' }],
    ['.planned .bar', { fill: 'none' }],
    ['.missing', {}],
  ])(
    'gives the declarations of the rules listing %s, later ones winning, and none a starting style sets',
    (selector, expected) => {
      expect(styleFor(component, selector)).toEqual(expected);
    },
  );
});
