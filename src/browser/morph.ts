/** A node's key across two states, or undefined where it has none and is matched by its place. */
export type KeyOf = (node: Node) => string | undefined;

/** Called on each element kept from one state to the next, before it takes the next state's attributes and children. */
export type Keep = (from: Element, to: Element) => void;

/**
 * The attribute on each element a morph inserted, until the next morph: a chart's CSS reads it to let an element's
 * children come in with it (its fade is theirs) rather than fade again inside it.
 */
const ENTERED = 'data-entered';

/**
 * Makes `from`'s children those of `to`, keeping every node the two states share, matched by `keyOf` or else by its
 * kind and place, and changing only what differs. A kept node is moved only where the order of keys changed: a node
 * new to the state is inserted where it stands, so the nodes around it stay put, and their CSS transitions run; where
 * the order changed, the fewest are moved (see `move`). An element it inserts is marked `ENTERED`, and a kept one
 * loses the mark, as it takes the next state's attributes. `to` gives up the nodes `from` takes.
 */
export function morphChildren(from: Element, to: Element, keyOf: KeyOf, keep?: Keep): void {
  const olds = [...from.childNodes];
  const news = [...to.childNodes];
  const matches = matchChildren(olds, news, keyOf);
  const kept = new Set(matches.filter((match) => match !== undefined));
  for (const old of olds) if (!kept.has(old)) old.remove();
  // The kept nodes that stay where they are: the most that are already in the next state's order.
  const place = new Map<Node, number>(olds.map((old, at) => [old, at]));
  const staying = longestRising(matches.map((match) => (match ? place.get(match)! : -1)));
  // From the last node back, each one not staying goes just before the one after it.
  let anchor: Node | null = null;
  for (let at = news.length - 1; at >= 0; at--) {
    const old = matches[at];
    if (old) morphNode(old, news[at]!, keyOf, keep);
    const node = old ?? news[at]!;
    const inPlace = node.parentNode === from && node.nextSibling === anchor;
    if (!staying.has(at) && !inPlace) {
      if (old) move(from, old, anchor);
      else {
        if (node instanceof Element) node.setAttribute(ENTERED, '');
        from.insertBefore(node, anchor);
      }
    }
    anchor = node;
  }
}

/**
 * Puts a kept node of `parent` before `anchor`. Where the browser can (`moveBefore`), the node keeps its style, so its
 * transitions carry it to its new state; taken out and put back, it would start none and play its entry instead.
 */
function move(parent: Element, node: Node, anchor: Node | null): void {
  // A node can be moved with its state only within a document, not in a tree that was never shown.
  if (parent.isConnected && 'moveBefore' in parent) parent.moveBefore(node, anchor);
  else parent.insertBefore(node, anchor);
}

/**
 * The places in `order` (old positions, -1 for none) of a longest run that rises from left to right, not necessarily
 * adjacent: the kept nodes that need no move, since they already stand in the next state's order.
 */
function longestRising(order: readonly number[]): Set<number> {
  // tails[k]: the place of the smallest last value of a rising run of length k + 1; before: each place's predecessor.
  const tails: number[] = [];
  const before = new Map<number, number>();
  for (const [at, value] of order.entries()) {
    if (value < 0) continue;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (order[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) before.set(at, tails[low - 1]!);
    tails[low] = at;
  }
  const run = new Set<number>();
  for (let at = tails.at(-1); at !== undefined; at = before.get(at)) run.add(at);
  return run;
}

/**
 * For each of `news`, the node of `olds` it keeps, or undefined for a new node. A keyed node keeps the old node of its
 * key; an unkeyed one keeps the first unkept old node of its kind after the last kept one and before the next old node
 * whose key the new state also has, so a node inserted before others is not matched with one of them.
 */
function matchChildren(olds: readonly Node[], news: readonly Node[], keyOf: KeyOf): (Node | undefined)[] {
  const newKeys = new Set(news.map(keyOf).filter((key) => key !== undefined));
  const oldKeys = olds.map(keyOf);
  const byKey = new Map<string, number>();
  for (const [at, key] of oldKeys.entries()) if (key !== undefined && !byKey.has(key)) byKey.set(key, at);
  const taken = new Set<number>();
  let cursor = 0;
  return news.map((next) => {
    const key = keyOf(next);
    let found: number | undefined;
    if (key !== undefined) {
      found = byKey.get(key);
      if (found !== undefined && (taken.has(found) || !alike(olds[found]!, next))) found = undefined;
    } else {
      for (let at = cursor; at < olds.length; at++) {
        const oldKey = oldKeys[at];
        if (oldKey !== undefined && newKeys.has(oldKey)) break;
        if (oldKey === undefined && !taken.has(at) && alike(olds[at]!, next)) {
          found = at;
          break;
        }
      }
    }
    if (found === undefined) return undefined;
    taken.add(found);
    cursor = Math.max(cursor, found + 1);
    return olds[found];
  });
}

/** Whether one node can become the other: the same kind of node, and for elements the same tag in the same namespace. */
function alike(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  if (a instanceof Element && b instanceof Element)
    return a.namespaceURI === b.namespaceURI && a.localName === b.localName;
  return true;
}

/** Makes a kept node what `next` is: its text, or its attributes and children. */
function morphNode(node: Node, next: Node, keyOf: KeyOf, keep?: Keep): void {
  if (node instanceof Element && next instanceof Element) {
    keep?.(node, next);
    morphAttributes(node, next);
    morphChildren(node, next, keyOf, keep);
  } else if (node.nodeValue !== next.nodeValue) {
    node.nodeValue = next.nodeValue;
  }
}

/** Gives `element` exactly the attributes of `next`, setting only those whose value differs. */
function morphAttributes(element: Element, next: Element): void {
  for (const attribute of [...element.attributes]) {
    if (!next.hasAttributeNS(attribute.namespaceURI, attribute.localName)) {
      element.removeAttributeNS(attribute.namespaceURI, attribute.localName);
    }
  }
  for (const attribute of next.attributes) {
    if (element.getAttributeNS(attribute.namespaceURI, attribute.localName) !== attribute.value) {
      element.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
    }
  }
}
