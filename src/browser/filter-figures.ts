/** The filters of the figure index; each names a space-separated data attribute on every entry. */
export const FILTERS = ['story', 'topic', 'place', 'source', 'kind'] as const;

/** Whether an entry's data attributes match every chosen filter value (an empty value matches all). */
export function matchesFilters(
  data: Partial<Record<(typeof FILTERS)[number], string>>,
  chosen: Partial<Record<string, string>>,
): boolean {
  return FILTERS.every((name) => {
    const wanted = chosen[name];
    return !wanted || (data[name] ?? '').split(' ').includes(wanted);
  });
}

/** Shows the entries matching the form's choices, hides the rest, and returns how many are shown. */
export function applyFigureFilters(entries: readonly HTMLElement[], form: FormData): number {
  const chosen = Object.fromEntries(FILTERS.map((name) => [name, String(form.get(name) ?? '')]));
  let shown = 0;
  for (const entry of entries) {
    const visible = matchesFilters(entry.dataset, chosen);
    entry.hidden = !visible;
    if (visible) shown++;
  }
  return shown;
}
