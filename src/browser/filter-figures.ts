/** The filters of the figure pages; each names a space-separated data attribute on every entry. */
const FILTERS = ['story', 'topic', 'place', 'source', 'kind'] as const;

/** A filter's name. */
type FilterName = (typeof FILTERS)[number];

/** What a reader asked for: a value per filter (empty for all) and the search words. */
export type FigureQuery = Partial<Record<FilterName, string>> & { q?: string };

/** Whether an entry's data attributes match every chosen filter value (an empty value matches all). */
export function matchesFilters(data: Partial<Record<FilterName, string>>, chosen: FigureQuery): boolean {
  return FILTERS.every((name) => {
    const wanted = chosen[name];
    return !wanted || (data[name] ?? '').split(' ').includes(wanted);
  });
}

/** Text folded for search: full-width forms to ASCII, lower case. */
export function searchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Whether folded `text` holds every word of `query`, each as a substring: English words in any order, Chinese by
 * substring, since Chinese is written without spaces ("风电 2023" finds a figure on wind power in 2023).
 */
export function matchesWords(text: string, query: string): boolean {
  return searchText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

/** The query a figure page's address names: its filters and `q`. */
export function readQuery(params: URLSearchParams): FigureQuery {
  const query: FigureQuery = {};
  for (const name of [...FILTERS, 'q'] as const) {
    const value = params.get(name)?.trim();
    if (value) query[name] = value;
  }
  return query;
}

/** The address query string of `query`, empty values left out, for history.replaceState. */
export function queryString(query: FigureQuery): string {
  const params = new URLSearchParams();
  for (const name of [...FILTERS, 'q'] as const) {
    const value = query[name]?.trim();
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query a filter form holds now. */
function formQuery(form: HTMLFormElement): FigureQuery {
  const data = new FormData(form);
  return readQuery(new URLSearchParams([...data].map(([name, value]) => [name, String(value)])));
}

/**
 * Keeps a figure page's filter form and address in step: fills the form from the address, calls `apply` with the query
 * on every change and once now, and writes the query back to the address. Returns a function that removes its listeners.
 */
export function bindFilterForm(form: HTMLFormElement, apply: (query: FigureQuery) => void): () => void {
  const query = readQuery(new URLSearchParams(location.search));
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input[name]')) {
    field.value = query[field.name as FilterName | 'q'] ?? '';
  }
  const update = () => {
    const chosen = formQuery(form);
    apply(chosen);
    history.replaceState(null, '', `${location.pathname}${queryString(chosen)}${location.hash}`);
  };
  const submit = (event: Event) => event.preventDefault();
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', submit);
  apply(query);
  return () => {
    form.removeEventListener('input', update);
    form.removeEventListener('change', update);
    form.removeEventListener('submit', submit);
  };
}

const foldedText = new WeakMap<HTMLElement, string>();

/** Shows the entries matching `query` (filters on their data attributes, words in their text), hides the rest, and returns how many are shown. */
export function applyFigureFilters(entries: readonly HTMLElement[], query: FigureQuery): number {
  let shown = 0;
  for (const entry of entries) {
    let text = foldedText.get(entry);
    if (query.q && text === undefined) {
      text = searchText(entry.textContent ?? '');
      foldedText.set(entry, text);
    }
    const visible = matchesFilters(entry.dataset, query) && (!query.q || matchesWords(text ?? '', query.q));
    entry.hidden = !visible;
    if (visible) shown++;
  }
  return shown;
}
