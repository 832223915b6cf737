import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { CJK_CHARS } from '../lib/break-units';

/** How long a step's description may be: about what link previews show before they cut. */
const DESCRIPTION_LENGTH = 200;

// Chinese runs on with no space between (CJK_CHARS holds no “”, which English uses too).
const BLOCK_BREAK_IN_CHINESE = new RegExp(`(?<=[${CJK_CHARS}])\\n+(?=[${CJK_CHARS}])`, 'gu');
const ENDS_IN_CHINESE = new RegExp(`[${CJK_CHARS}][”’]*$`, 'u');

/** What joins two pieces of running text: a space, or nothing after Chinese. */
const gapAfter = (text: string) => (ENDS_IN_CHINESE.test(text) ? '' : ' ');

/**
 * An HTML fragment's text as a browser would lay it out (paragraphs apart), with white space collapsed: one space
 * between paragraphs, none between two of Chinese, which runs on without one.
 */
export function plainText(html: string): string {
  return toText(fromHtml(html, { fragment: true }))
    .replace(BLOCK_BREAK_IN_CHINESE, '')
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
  // English sentences end at . ! ? and a space; Chinese ones at 。！？ and any closing quote, with no space after.
  const sentences = clean.split(/(?<=[.!?]["”’)]?)\s+|(?<=[。！？][”’」』）]?)(?![”’」』）])/);
  let kept = '';
  for (const sentence of sentences) {
    const next = kept ? `${kept}${gapAfter(kept)}${sentence}` : sentence;
    // Room for the " …" that marks the cut.
    if (next.length + 2 > max) break;
    kept = next;
  }
  if (kept) return `${kept}${gapAfter(kept)}…`;
  // One long sentence: end at its last clause break that fits, else at a word, but never on a number cut from its unit.
  const head = clean.slice(0, max - 1);
  const clause = Math.max(...[', ', '; ', ': ', '，', '；', '：'].map((mark) => head.lastIndexOf(mark)));
  if (clause > max / 3) return `${head.slice(0, clause)}${gapAfter(head.slice(0, clause))}…`;
  const space = head.lastIndexOf(' ');
  return `${withoutCutFigure((space > 0 ? head.slice(0, space) : head).split(' '))
    .join(' ')
    .replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A step's plain text cut to what link previews and share sheets show. */
export function stepDescription(text: string): string {
  return excerpt(text, DESCRIPTION_LENGTH);
}
