import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** How long a step's description may be: about what link previews show before they cut. */
const DESCRIPTION_LENGTH = 200;

/** An HTML fragment's text as a browser would lay it out (paragraphs apart), with white space collapsed. */
export function plainText(html: string): string {
  return toText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
}

// Words that lead into a figure ("over 20 billion kWh"); a cut text must not end on one.
const QUALIFIERS = new Set([
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'more',
  'less',
  'than',
  'up',
  'down',
  'to',
  'by',
  'of',
  'some',
  'the',
  'a',
  'an',
]);

/** The words of a text cut short, less any figure near the cut and the words leading into it: "over 20 billion" may have lost its unit. */
export function withoutCutFigure(words: readonly string[]): string[] {
  const kept = [...words];
  const lastFigure = kept.findLastIndex((word) => /\d/.test(word));
  if (lastFigure > 0 && lastFigure >= kept.length - 3) kept.splice(lastFigure);
  while (kept.length > 1 && QUALIFIERS.has(kept.at(-1)!.toLowerCase())) kept.pop();
  return kept;
}

/** Cuts text to at most `max` characters at a sentence or clause end, never inside a figure, ending with "…" when it cut. */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentences = clean.split(/(?<=[.!?]["”’)]?)\s+/);
  let kept = '';
  for (const sentence of sentences) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    // Room for the " …" that marks the cut.
    if (next.length + 2 > max) break;
    kept = next;
  }
  if (kept) return `${kept} …`;
  // One long sentence: end at its last clause break that fits, else at a word, but never on a number cut from its unit.
  const head = clean.slice(0, max - 1);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(': '));
  if (clause > max / 3) return `${head.slice(0, clause)} …`;
  const space = head.lastIndexOf(' ');
  return `${withoutCutFigure((space > 0 ? head.slice(0, space) : head).split(' '))
    .join(' ')
    .replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A step's plain text cut to what link previews and share sheets show. */
export function stepDescription(text: string): string {
  return excerpt(text, DESCRIPTION_LENGTH);
}
