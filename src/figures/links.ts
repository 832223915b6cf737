import { withBase } from '../lib/with-base';

/** The page and anchor of a figure in the figure index. */
export function figureHref(id: string): string {
  return withBase(`/figures/#${id}`);
}

/** The page of a source document, optionally at one of its passages. */
export function sourceHref(sourceId: string, anchor?: string): string {
  return withBase(`/sources/${sourceId}/${anchor ? `#${anchor}` : ''}`);
}

/** The raw text of a source document, byte for byte. */
export function sourceTextHref(sourceId: string): string {
  return withBase(`/sources/${sourceId}.txt`);
}

/** A story page. */
export function storyHref(slug: string): string {
  return withBase(`/stories/${slug}/`);
}
