/** The index of the step a reader is at: the last step whose top has passed the trigger line (0 before the first). */
export function stepAtLine(tops: readonly number[], triggerY: number): number {
  let index = 0;
  for (const [i, top] of tops.entries()) if (top <= triggerY) index = i;
  return index;
}

/** The index of the step a hash names, by its own id or an old id it now carries (each step's in `names`), or -1. */
export function stepFromHash(names: readonly (readonly string[])[], hash: string): number {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return id ? names.findIndex((ids) => ids.includes(id)) : -1;
}
