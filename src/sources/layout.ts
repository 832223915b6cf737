/** A quoted stretch of a source text: raw offsets (end exclusive) and its stable anchor. */
export interface PassageRange {
  start: number;
  end: number;
  anchor: string;
}

/** A run of text covered by the same passages; `opens` and `closes` name the passages that begin or end in it. */
export interface Segment {
  text: string;
  passages: string[];
  opens: string[];
  closes: string[];
}

/** A heading or paragraph of the laid-out document. */
export type Block =
  { kind: 'heading'; level: 2 | 3 | 4; segments: Segment[] } | { kind: 'paragraph'; segments: Segment[] };

const ASCII_WORD = /[A-Za-z0-9%]/;

/**
 * Lays a print-extracted text out for reading: blank lines separate paragraphs, lines inside one are rejoined
 * (with a space only between two Latin words), Markdown headings are kept, and passages are marked.
 */
export function layoutSource(text: string, passages: readonly PassageRange[]): Block[] {
  const laid: { heading?: 2 | 3 | 4; kept: Kept[] }[] = [];
  const paragraph = /\S[\s\S]*?(?=\n[ \t\r\u3000]*\n|\s*$)/g;
  for (const match of text.matchAll(paragraph)) {
    const start = match.index;
    const marker = /^(#{1,6})[ \t]+/.exec(match[0]);
    const kept = keptCharacters(text, start + (marker ? marker[0].length : 0), start + match[0].length);
    if (kept.length === 0) continue;
    const heading = marker ? (Math.min(4, marker[1]!.length + 1) as 2 | 3 | 4) : undefined;
    laid.push({ heading, kept });
  }
  // Opening and closing are decided over the whole document, so a passage that crosses a paragraph opens once.
  const offsets = laid.flatMap(({ kept }) => kept.map((k) => k.offset));
  let position = 0;
  return laid.map(({ heading, kept }) => {
    const segments = segment(kept, passages, offsets, position);
    position += kept.length;
    return heading ? { kind: 'heading', level: heading, segments } : { kind: 'paragraph', segments };
  });
}

interface Kept {
  char: string;
  offset: number;
}

/** The characters of text[from, to) a reader should see, each with its raw offset. */
function keptCharacters(text: string, from: number, to: number): Kept[] {
  const kept: Kept[] = [];
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (char === '*' && (text[i + 1] === '*' || text[i - 1] === '*')) continue; // Markdown bold markers
    if (char === '\n' || char === '\r') {
      // Skip the break and the indentation after it; keep one space only between two Latin words.
      let next = i + 1;
      while (next < to && /[ \t\u3000\r]/.test(text[next]!)) next++;
      const before = kept.at(-1)?.char ?? '';
      if (ASCII_WORD.test(before) && ASCII_WORD.test(text[next] ?? '')) kept.push({ char: ' ', offset: i });
      i = next - 1;
      continue;
    }
    kept.push({ char, offset: i });
  }
  while (kept.length > 0 && /\s/.test(kept.at(-1)!.char)) kept.pop();
  return kept;
}

/** Groups a block's characters into segments; `offsets` are every kept offset of the document, `first` this block's index in them. */
function segment(kept: Kept[], passages: readonly PassageRange[], offsets: number[], first: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const [index, { char, offset }] of kept.entries()) {
    const previous = offsets[first + index - 1] ?? Number.NEGATIVE_INFINITY;
    const next = offsets[first + index + 1] ?? Number.POSITIVE_INFINITY;
    const covering = passages.filter((p) => p.start <= offset && offset < p.end);
    const key = covering.map((p) => p.anchor).join(' ');
    if (!current || current.passages.join(' ') !== key) {
      current = { text: '', passages: covering.map((p) => p.anchor), opens: [], closes: [] };
      segments.push(current);
    }
    current.text += char;
    for (const passage of covering) {
      if (previous < passage.start) current.opens.push(passage.anchor);
      if (next >= passage.end) current.closes.push(passage.anchor);
    }
  }
  return segments;
}
