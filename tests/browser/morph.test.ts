// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { morphChildren } from '../../src/browser/morph';

const keyOf = (node: Node) => (node instanceof Element ? (node.getAttribute('data-key') ?? undefined) : undefined);

/** A `<div>` holding `markup`, parsed as a page's would be. */
function holder(markup: string): HTMLDivElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
}

/** Each element of `root` with an `id`, by id: the test's names for the nodes it follows across a morph. */
function named(root: Element): Map<string, Element> {
  return new Map([...root.querySelectorAll('[id]')].map((element) => [element.id, element]));
}

/** Morphs `before` into `after` and says which named nodes were kept (the same object after) and which were moved. */
function morph(before: string, after: string) {
  const from = holder(before);
  const nodes = named(from);
  const observer = new MutationObserver(() => {});
  observer.observe(from, { childList: true, subtree: true });
  morphChildren(from, holder(after), keyOf);
  const records = observer.takeRecords();
  observer.disconnect();
  const removed = new Set(records.flatMap((record) => [...record.removedNodes]));
  const now = named(from);
  return {
    // The marks on inserted elements are the next test's.
    html: from.innerHTML.replaceAll(' data-entered=""', ''),
    kept: [...nodes].filter(([id, node]) => now.get(id) === node).map(([id]) => id),
    // A node taken out and put back in is moved: it starts no CSS transition.
    moved: [...nodes].filter(([id, node]) => now.get(id) === node && removed.has(node)).map(([id]) => id),
  };
}

describe('morphChildren(from, to, keyOf, keep)', () => {
  it.each([
    {
      does: 'inserts a new node before kept ones without moving them',
      before: '<i id="a" data-key="a"></i><i id="b" data-key="b"></i>',
      after: '<b></b><i id="a" data-key="a" class="x"></i><i id="b" data-key="b"></i>',
      kept: ['a', 'b'],
      moved: [],
    },
    {
      does: 'inserts between kept nodes without moving the later one',
      before: '<i id="a" data-key="a"></i><i id="c" data-key="c"></i>',
      after: '<i id="a" data-key="a"></i><i id="b" data-key="b"></i><i id="c" data-key="c"></i>',
      kept: ['a', 'c'],
      moved: [],
    },
    {
      does: 'removes a node the next state drops',
      before: '<i id="a" data-key="a"></i><i id="b" data-key="b"></i><i id="c" data-key="c"></i>',
      after: '<i id="a" data-key="a"></i><i id="c" data-key="c"></i>',
      kept: ['a', 'c'],
      moved: [],
    },
    {
      does: 'moves one node where the order of keys changed',
      before: '<i id="a" data-key="a"></i><i id="b" data-key="b"></i>',
      after: '<i id="b" data-key="b"></i><i id="a" data-key="a"></i>',
      kept: ['a', 'b'],
      moved: ['b'],
    },
    {
      does: 'moves only the node whose place changed when the rest keep their order',
      before:
        '<i id="a" data-key="a"></i><i id="b" data-key="b"></i><i id="c" data-key="c"></i><i id="d" data-key="d"></i>',
      after:
        '<i id="b" data-key="b"></i><i id="c" data-key="c"></i><i id="d" data-key="d"></i><i id="a" data-key="a"></i>',
      kept: ['a', 'b', 'c', 'd'],
      moved: ['a'],
    },
    {
      does: 'moves the fewest in a reorder with new and dropped nodes about',
      before:
        '<i id="a" data-key="a"></i><i id="b" data-key="b"></i><i id="x" data-key="x"></i><i id="c" data-key="c"></i>',
      after: '<i id="c" data-key="c"></i><b></b><i id="a" data-key="a"></i><i id="b" data-key="b"></i>',
      kept: ['a', 'b', 'c'],
      moved: ['c'],
    },
    {
      does: 'drops unkeyed nodes before a keyed match rather than pushing them along',
      before: '<b id="x">1</b><b id="y">2</b><i id="a" data-key="a"></i>',
      after: '<i id="a" data-key="a"></i>',
      kept: ['a'],
      moved: [],
    },
    {
      does: 'keeps an unkeyed element of the same tag and changes its text',
      before: '<b id="x">1</b><i id="a" data-key="a"></i>',
      after: '<b id="x">2</b><i id="a" data-key="a"></i>',
      kept: ['x', 'a'],
      moved: [],
    },
    {
      does: 'never matches an unkeyed element across a node the next state keeps',
      before: '<i id="a" data-key="a"></i><b id="x">1</b>',
      after: '<b id="x0">0</b><i id="a" data-key="a"></i><b id="x">1</b>',
      kept: ['a', 'x'],
      moved: [],
    },
    {
      does: 'matches an unkeyed element across a keyed node the next state drops',
      before: '<i id="a" data-key="a"></i><b id="x">1</b>',
      after: '<b id="x">2</b>',
      kept: ['x'],
      moved: [],
    },
    {
      does: 'skips comments to keep the drawing they precede (a server render’s markers)',
      before: '<!--[--><!----><svg id="s"><rect id="a" data-key="a" width="1"></rect></svg>',
      after: '<svg id="s"><rect id="a" data-key="a" width="2"></rect></svg>',
      kept: ['s', 'a'],
      moved: [],
    },
    {
      does: 'keeps keyed nodes inside kept unkeyed ones',
      before: '<svg id="s"><g id="g"><rect id="a" data-key="a"></rect><rect id="b" data-key="b"></rect></g></svg>',
      after: '<svg id="s"><g id="g"><line></line><rect id="b" data-key="b" x="3"></rect></g></svg>',
      kept: ['s', 'g', 'b'],
      moved: [],
    },
    {
      does: 'redraws a keyed node whose tag changed',
      before: '<i id="a" data-key="a"></i>',
      after: '<b id="a" data-key="a"></b>',
      kept: [],
      moved: [],
    },
    {
      does: 'removes attributes the next state does not have',
      before: '<i id="a" data-key="a" class="lit" style="opacity: 0.2"></i>',
      after: '<i id="a" data-key="a"></i>',
      kept: ['a'],
      moved: [],
    },
  ])('$does', ({ before, after, kept, moved }) => {
    const result = morph(before, after);
    expect(result.html).toBe(holder(after).innerHTML);
    expect(result.kept).toEqual(kept);
    expect(result.moved).toEqual(moved);
  });

  it('marks each element it inserts as entered, not its children nor a kept or moved one; the next morph takes the mark off', () => {
    const from = holder('<i data-key="a"></i><i data-key="b"></i>');
    const entered = () => [...from.querySelectorAll('[data-entered]')].map((element) => element.outerHTML);
    morphChildren(from, holder('<i data-key="b"></i><g data-key="n"><b></b></g><i data-key="a"></i>'), keyOf);
    expect(entered()).toEqual(['<g data-key="n" data-entered=""><b></b></g>']);
    morphChildren(from, holder('<i data-key="b"></i><g data-key="n"><b></b><u></u></g><i data-key="a"></i>'), keyOf);
    expect(entered()).toEqual(['<u data-entered=""></u>']);
  });

  it('keeps every keyed node and moves only as many as a reorder needs, over 300 seeded random changes', () => {
    // A small seeded generator (mulberry32): the same cases at every run.
    let seed = 14;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const markup = (keys: string[]) => keys.map((key) => `<i id="${key}" data-key="${key}"></i>`).join('');
    for (let round = 0; round < 300; round++) {
      const before = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, at) => `k${at}`);
      const after = before.filter(() => random() > 0.25).sort(() => random() - 0.5);
      for (let added = 0; added < 3; added++) {
        if (random() < 0.5) after.splice(Math.floor(random() * (after.length + 1)), 0, `n${added}`);
      }
      const result = morph(markup(before), markup(after));
      const stays = after.filter((key) => before.includes(key));
      // The fewest moves: all but a longest run of kept keys already in their old order (by the textbook quadratic way).
      const order = stays.map((key) => before.indexOf(key));
      const longest = order
        .map((_, at) => at)
        .reduce<number[]>((runs, at) => {
          runs[at] = 1 + Math.max(0, ...order.slice(0, at).map((value, i) => (value < order[at]! ? runs[i]! : 0)));
          return runs;
        }, []);
      const case_ = `${before.join(',')} → ${after.join(',')}`;
      expect(result.html, case_).toBe(markup(after));
      expect(result.kept.sort(), case_).toEqual([...stays].sort());
      expect(result.moved.length, case_).toBe(stays.length - Math.max(0, ...longest));
    }
  });

  it('moves a kept node with `moveBefore` where the browser has it and the chart is on the page, else reinserts it', () => {
    const moves = (connected: boolean) => {
      const from = holder('<i id="a" data-key="a"></i><i id="b" data-key="b"></i>');
      if (connected) document.body.append(from);
      const calls: string[] = [];
      // happy-dom has no moveBefore: this one records the call and moves the node as a browser's would.
      Object.defineProperty(from, 'moveBefore', {
        value(node: Element, anchor: Node | null) {
          calls.push(node.id);
          from.insertBefore(node, anchor);
        },
      });
      morphChildren(from, holder('<i id="b" data-key="b"></i><i id="a" data-key="a"></i>'), keyOf);
      from.remove();
      return { calls, html: from.innerHTML };
    };
    const reordered = '<i id="b" data-key="b"></i><i id="a" data-key="a"></i>';
    expect(moves(true)).toEqual({ calls: ['b'], html: reordered });
    expect(moves(false)).toEqual({ calls: [], html: reordered });
  });

  it('sets attributes in their namespace', () => {
    const link = 'http://www.w3.org/1999/xlink';
    const from = holder('<svg><use id="u"></use></svg>');
    const to = holder('<svg><use id="u"></use></svg>');
    to.querySelector('use')!.setAttributeNS(link, 'xlink:href', '#m');
    morphChildren(from, to, keyOf);
    expect(from.querySelector('use')!.getAttributeNS(link, 'href')).toBe('#m');
  });

  it('lets `keep` carry state across before an element takes the next attributes', () => {
    const from = holder('<details id="d" open><summary>Data</summary></details>');
    const to = holder('<details id="d"><summary>Data</summary><p>rows</p></details>');
    morphChildren(from, to, keyOf, (old, next) => {
      if (old instanceof HTMLDetailsElement && next instanceof HTMLDetailsElement) next.open = old.open;
    });
    expect(from.querySelector('details')!.open).toBe(true);
    expect(from.querySelector('p')!.textContent).toBe('rows');
  });
});
