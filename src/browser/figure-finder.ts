import { indexedText, type IndexedFigure } from '../lib/figure-index';
import { chineseRuns } from '../lib/chinese-runs';
import { RETIRED_FIGURES } from '../lib/retired-figures';
import { figurePath } from '../lib/urls';
import { bindFilterForm, matchesFilters, matchesWords, searchText, type FigureQuery } from './filter-figures';

/** How many results the finder lists before a reader asks for all. */
const FIRST_RESULTS = 50;

/** An index record with its text folded once for search. */
interface Searchable {
  figure: IndexedFigure;
  text: string;
}

/** Folds every record's searchable text once, so each keystroke only compares. */
export function searchable(index: readonly IndexedFigure[]): Searchable[] {
  return index.map((figure) => ({ figure, text: searchText(indexedText(figure)) }));
}

/** The records matching `query`: every chosen filter, and every search word in their text. */
export function findFigures(records: readonly Searchable[], query: FigureQuery): IndexedFigure[] {
  return records
    .filter(({ figure, text }) => matchesFilters(figure, query) && (!query.q || matchesWords(text, query.q)))
    .map(({ figure }) => figure);
}

/** A span of Chinese, marked so browsers read it as Chinese and their page translation leaves it as printed. */
function chineseSpan(text: string): HTMLSpanElement {
  return Object.assign(document.createElement('span'), { textContent: text, lang: 'zh-Hans', translate: false });
}

/** English text with its Chinese runs in spans, as MixedText.astro writes them on the server. */
function mixed(text: string): (string | HTMLSpanElement)[] {
  return chineseRuns(text).map((run) => (run.zh ? chineseSpan(run.text) : run.text));
}

/** One result: value and label linked to the figure's full entry, its Chinese label and its place, period and kind. */
function resultItem(figure: IndexedFigure, base: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = item.appendChild(document.createElement('a'));
  link.href = base + figurePath(figure.source, figure.id).slice(1);
  link.append(
    Object.assign(document.createElement('strong'), { textContent: figure.value }),
    ' ',
    ...mixed(figure.label),
  );
  if (figure.label_zh) item.append(' ', chineseSpan(figure.label_zh));
  const meta = item.appendChild(Object.assign(document.createElement('span'), { className: 'meta' }));
  meta.append(...mixed(figure.meta));
  return item;
}

/**
 * Runs the figure finder on /figures/ (and /zh/figures/): loads the edition's search index, sends an old /figures/#id address on to the figure's
 * entry, and lists the figures matching the form as the reader types or chooses, keeping the query in the address.
 * The form is live from the start, so a choice made while the index loads is the one shown when it arrives.
 */
export async function startFigureFinder(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#figure-filters');
  const list = document.querySelector<HTMLOListElement>('#figure-results');
  const more = document.querySelector<HTMLButtonElement>('#more-results');
  if (!form || !list || !more) return;
  const count = form.querySelector<HTMLElement>('.count')!;
  const base = list.dataset.base ?? '/';
  // The page's own words, in its language: {count} and {total} are filled in here.
  const words = list.dataset;
  // Undefined until the index arrives; the form records the query meanwhile.
  let records: Searchable[] | undefined = undefined;
  let query: FigureQuery = {};
  let found: IndexedFigure[] = [];
  let all = false;
  const render = () => {
    list.replaceChildren(...found.slice(0, all ? undefined : FIRST_RESULTS).map((figure) => resultItem(figure, base)));
    more.hidden = all || found.length <= FIRST_RESULTS;
    more.textContent = words.showAll!.replace('{count}', String(found.length));
  };
  const show = () => {
    if (!records) return;
    found = findFigures(records, query);
    all = false;
    count.textContent = words
      .matches!.replace('{count}', String(found.length))
      .replace('{total}', String(records.length));
    render();
  };
  bindFilterForm(form, (chosen) => {
    query = chosen;
    show();
  });
  more.addEventListener('click', () => {
    all = true;
    render();
  });
  let index: IndexedFigure[];
  try {
    const response = await fetch(list.dataset.index!);
    if (!response.ok) throw new Error(`${response.status}`);
    index = (await response.json()) as IndexedFigure[];
  } catch {
    count.textContent = words.failed!;
    return;
  }
  // Figures were once all on this page, at /figures/#id: such links now go on to the figure's own entry, or to the
  // figure that replaced a retired one.
  const hash = decodeURIComponent(location.hash.slice(1));
  const wanted = RETIRED_FIGURES[hash] ?? hash;
  const moved = wanted ? index.find((figure) => figure.id === wanted) : undefined;
  if (moved) {
    location.replace(base + figurePath(moved.source, moved.id).slice(1));
    return;
  }
  records = searchable(index);
  show();
}
