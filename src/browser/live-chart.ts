import { countBetween } from '../charts/big-number/count';
import { layoutFor, STEP_EVENT, type ChartTip, type LiveStates, type StepChange } from '../charts/frame';
import { morphChildren } from './morph';
import { whenIdle } from './when-idle';

/** How long a big number takes to count to its next value: long enough to see it move, short enough to be done before the reader is. */
const COUNT_MS = 500;

/**
 * Runs `task` in a task of its own, after the current one; returns the cancel. A scroll's step is marked in an
 * animation frame (controller.ts): the morph, run there, would add its script to that frame's restyle, layout and paint
 * of the changed chart, and the two together outlast a frame on a slow phone; run after it, each fits a frame of its own.
 */
function afterFrame(task: () => void): () => void {
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

/** How long a states file may take to arrive before the story unrolls without it (ms): a stalled fetch never fails. */
const FETCH_TIMEOUT_MS = 20_000;

/** Each states file's fetch, by address, shared by every chart on the page. */
const loads = new Map<string, Promise<LiveStates>>();

/** The states file at `href`, fetched once per page. */
function load(href: string): Promise<LiveStates> {
  let loaded = loads.get(href);
  if (!loaded) {
    const get = () => fetch(href, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    // A dropped connection is tried once more; a timeout, an error status or a file that is not JSON is not.
    loaded = get()
      .catch((error: unknown) => {
        if (error instanceof TypeError) return get();
        throw error;
      })
      .then((response) => {
        if (!response.ok) throw new Error(`${href}: ${response.status}`);
        return response.json() as Promise<LiveStates>;
      });
    loads.set(href, loaded);
  }
  return loaded;
}

/** What the reader is reading: the active step of a section on the screen, else what stands at its middle. */
function readingNow(): Element | null {
  for (const step of document.querySelectorAll('[data-scrolly] [data-step].is-active')) {
    const box = step.getBoundingClientRect();
    if (box.bottom > 0 && box.top < innerHeight) return step;
  }
  const middle = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
  // The sticky chart goes when the story unrolls: it can hold no one's place.
  return middle?.closest('.scrolly-graphic') ? null : middle;
}

/**
 * Links the stylesheet a page reads without scripts (no-script.css, at `href`), once: every step shows its own chart.
 * The page grows and shrinks around the reader, so what they were reading is put back where it stood on the screen.
 */
function unroll(href: string | undefined): void {
  if (!href || document.querySelector(`link[href="${href}"]`)) return;
  const reading = readingNow();
  const top = reading?.getBoundingClientRect().top ?? 0;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const restore = () => {
    if (reading) scrollBy(0, reading.getBoundingClientRect().top - top);
  };
  link.addEventListener('load', restore, { once: true });
  document.head.append(link);
}

/** The states files a story names in `data-states` ("320 /charts/a.json 480 /charts/b.json"), by layout width. */
export function statesFiles(attribute: string): Map<number, string> {
  const parts = attribute.split(' ');
  const files = new Map<number, string>();
  for (let i = 0; i + 1 < parts.length; i += 2) files.set(Number(parts[i]), parts[i + 1]!);
  return files;
}

/**
 * The key an element is matched by across two states: its own (`data-key`: a row, a panel, a map's label, a big
 * number's place, each as the component keys it), else the figure it marks, or the mark its note is on (a bar and the
 * note on it are both a <g> of the same figure), else none: it is matched by its kind and place among its siblings (morph.ts).
 */
function keyOf(node: Node): string | undefined {
  if (!(node instanceof Element)) return undefined;
  for (const name of ['data-key', 'data-mark', 'data-note']) {
    const value = node.getAttribute(name);
    if (value !== null) return `${name} ${node.tagName} ${value}`;
  }
  return undefined;
}

/** A data table the reader opened stays open from step to step. */
function keepOpen(from: Element, to: Element): void {
  if (from instanceof HTMLDetailsElement && to instanceof HTMLDetailsElement) to.open = from.open;
}

/** The element a state's markup draws: its `<figure>`. */
function parse(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild!;
}

/**
 * Makes a section's sticky chart live: at each step change it becomes that step's state, drawn at build for the width
 * its panel shows, by changing only what differs, so the chart's CSS transitions carry each mark from its old place
 * to its new one; it opens a mark's tooltip on a tap, a key or a hover. Returns a cleanup.
 */
export function mountLiveChart(section: HTMLElement): () => void {
  const figure = section.querySelector<HTMLElement>('[data-live-chart]');
  const body = figure?.querySelector<HTMLElement>('[data-chart-body]');
  if (!figure || !body) return () => {};
  // The story names its states' files once, for all its sections (StoryPage.astro).
  const story = section.closest<HTMLElement>('[data-states]');
  const files = statesFiles(story?.dataset.states ?? '');
  let index = 0;
  // Whether the next morph shows its state at once: a jump, a resize or the first drawing asked for it since the last.
  let instant = true;
  let shown = '';
  // Only the latest request draws: a fetch that lands after a later step change has nothing to show.
  let request = 0;
  let counting: number | undefined;
  let tip: { element: HTMLElement; id: string; pinned: boolean } | undefined;
  // Only the latest tooltip asked for opens: a step change, a close or a pointer that left since cancels it.
  let tipRequest = 0;

  /**
   * The states at `href`, or undefined where they cannot be had: the story then unrolls as it does without scripts,
   * each step with its own chart beneath its text, rather than leave a chart that no longer matches its step.
   */
  const loadOrUnroll = async (href: string) => {
    try {
      return await load(href);
    } catch {
      unroll(story?.dataset.unrolled);
      return undefined;
    }
  };

  /** The width the drawing shows at: its panel's, or less where its height bounds it (a map on a short screen). */
  const drawn = () => {
    const svg = body.querySelector('svg');
    return Math.min(body.clientWidth, svg ? svg.getBoundingClientRect().width : Infinity);
  };
  /** The layout width the drawing's panel shows, and the file of the states drawn at it. */
  const fileNow = () => {
    const width = layoutFor(drawn());
    return { width, href: files.get(width) };
  };
  // Measured once, and again on a resize: a read of layout at a step change, after the controller has marked the new
  // step, would make the browser lay the page out again in the middle of it.
  let file: ReturnType<typeof fileNow> | undefined;

  // Cancels the wait for an idle moment of the chart's own, if one is pending.
  let cancelWait = () => {};
  // The states of the steps either side of the one shown, parsed ahead in an idle moment, by `${href}#${index}`: a
  // step change then only morphs. The morph takes the nodes of what it is given, so each is used once.
  let ahead = new Map<string, Element>();
  let cancelAhead = () => {};
  const parseAhead = (states: LiveStates, href: string) => {
    cancelAhead();
    cancelAhead = whenIdle(() => {
      const steps = states.sections[section.id]?.steps ?? [];
      const near = new Map<string, Element>();
      for (const at of [index + 1, index - 1]) {
        const key = `${href}#${at}`;
        const markup = steps[at];
        if (markup !== undefined) near.set(key, ahead.get(key) ?? parse(markup));
      }
      ahead = near;
    });
  };
  /** Shows the step at `index`; `unhurried` where no reader waits for it, so it may wait for an idle moment. */
  const show = async (unhurried = false) => {
    file ??= fileNow();
    const { width, href } = file;
    if (!href) return;
    const mine = ++request;
    const states = await loadOrUnroll(href);
    if (!states) return;
    // Every chart on the page waits on the same fetch: each takes an idle moment of its own after it, or all of them
    // would draw in one long task. A step change waits only for the frame that marked its step to end.
    await new Promise<void>((resolve) => (cancelWait = unhurried ? whenIdle(resolve) : afterFrame(resolve)));
    if (mine !== request) return;
    const atOnce = instant;
    instant = false;
    const markup = states.sections[section.id]?.steps[index];
    if (markup === undefined || `${href}#${index}` === shown) return;
    shown = `${href}#${index}`;
    closeTip();
    // A count still running shows its figure's last value at once: the next state replaces it.
    if (counting !== undefined) cancelAnimationFrame(counting);
    counting = undefined;
    const next = ahead.get(shown) ?? parse(markup);
    ahead.delete(shown);
    const counts = [...figure.querySelectorAll('[data-count]')].map((value) => value.textContent ?? '');
    figure.classList.toggle('instant', atOnce);
    figure.dataset.chartStep = (next as HTMLElement).dataset.chartStep;
    morphChildren(figure, next, keyOf, keepOpen);
    // The width whose states the chart shows: it is live, and its marks open their tooltips.
    figure.dataset.live = String(width);
    if (!atOnce) countUp(counts);
    parseAhead(states, href);
  };

  /** Counts each big number from the value it showed to its new one, where the two are the same kind of number. */
  const countUp = (before: string[]) => {
    const values = [...figure.querySelectorAll<HTMLElement>('[data-count]')];
    const counts = values.map(
      (value, i) => [value, value.textContent ?? '', countBetween(before[i] ?? '', value.textContent ?? '')] as const,
    );
    if (!counts.some(([, , count]) => count)) return;
    let start: number | undefined;
    const tick = (now: number) => {
      start ??= now;
      const progress = Math.min(1, (now - start) / COUNT_MS);
      for (const [value, to, count] of counts) if (count) value.textContent = progress < 1 ? count(progress) : to;
      counting = progress < 1 ? requestAnimationFrame(tick) : undefined;
    };
    counting = requestAnimationFrame(tick);
  };

  const onStep = (event: Event) => {
    const change = (event as CustomEvent<StepChange>).detail;
    index = change.index;
    // A step change in the same frame as a resize or a jump, before their morph, does not make it move.
    instant ||= change.instant;
    // Until a state is asked for, in the page's first idle moment or by a change to a later step (a link to it), the
    // page's own drawing of the first step stands, and the states and the read of layout that picks their file wait.
    if (request > 0 || index !== 0) void show();
  };
  // A new width may need the states drawn for it; the change shows at once.
  const onResize = () => {
    file = fileNow();
    instant = true;
    void show();
  };

  /** The tip of the mark an event reached: its figure's id, and the point the tip hangs from in the drawing's px. */
  const markOf = (target: EventTarget | null): { id: string; x: number; y: number } | undefined => {
    const mark = target instanceof Element ? target.closest<HTMLElement | SVGElement>('[data-mark]') : null;
    if (!mark || !body.contains(mark)) return undefined;
    const [x = 0, y = 0] = (mark.dataset.tip ?? '').split(' ').map(Number);
    return { id: mark.dataset.mark!, x, y };
  };

  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closeTip();
  };
  function closeTip() {
    tipRequest++;
    tip?.element.remove();
    tip = undefined;
    window.removeEventListener('keydown', onEscape);
  }
  /** Opens the tooltip of a mark, pinned (a tap, a key) or as a hover's preview. */
  const openTip = async (mark: { id: string; x: number; y: number }, pinned: boolean) => {
    file ??= fileNow();
    if (!file.href) return;
    const mine = ++tipRequest;
    const states = await loadOrUnroll(file.href);
    const data = states?.sections[section.id]?.tips[mark.id];
    if (!data || mine !== tipRequest) return;
    closeTip();
    const svg = body.querySelector('svg');
    // A mark's point is in layout px; the drawing is shown scaled to its panel.
    const scale = svg ? svg.getBoundingClientRect().width / Number(body.dataset.width) : 1;
    const element = tipElement(data, states.text);
    element.style.left = `${Math.max(0, Math.min(mark.x * scale, body.clientWidth - 240))}px`;
    element.style.top = `${mark.y * scale}px`;
    element.querySelector('button')!.addEventListener('click', closeTip);
    body.append(element);
    tip = { element, id: mark.id, pinned };
    window.addEventListener('keydown', onEscape);
  };

  // One listener of each kind for all the chart's marks: a tap or a click pins a mark's tooltip (a second one on the
  // same mark closes it); a hover only previews while nothing is pinned.
  const toggle = (mark: { id: string; x: number; y: number }) => {
    if (tip?.pinned && tip.id === mark.id) closeTip();
    else void openTip(mark, true);
  };
  const onClick = (event: MouseEvent) => {
    const mark = markOf(event.target);
    if (mark) toggle(mark);
  };
  // A mark that is a <button> clicks itself on Enter and Space; an SVG mark is only a role.
  const onKey = (event: KeyboardEvent) => {
    const mark = markOf(event.target);
    if (!mark || (event.key !== 'Enter' && event.key !== ' ') || event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    toggle(mark);
  };
  const onOver = (event: PointerEvent) => {
    const mark = markOf(event.target);
    if (mark && event.pointerType === 'mouse' && !tip?.pinned) void openTip(mark, false);
  };
  // Leaving a mark's text for its rectangle is still being on the mark.
  const onOut = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || tip?.pinned) return;
    if (markOf(event.relatedTarget)?.id !== markOf(event.target)?.id) closeTip();
  };

  const active = Number(section.dataset.activeStep);
  if (Number.isInteger(active)) index = active;
  section.addEventListener(STEP_EVENT, onStep);
  window.addEventListener('resize', onResize);
  body.addEventListener('click', onClick);
  body.addEventListener('keydown', onKey);
  body.addEventListener('pointerover', onOver);
  body.addEventListener('pointerout', onOut);
  // The states are fetched ahead of the reader, once the page has loaded, so the first step change finds them here.
  const cancelIdle = whenIdle(() => {
    // A state already asked for (a link to a later step, a scroll before now) shows the step without waiting.
    if (request === 0) void show(true);
  });
  return () => {
    // A fetch that lands after this draws nothing.
    request++;
    cancelIdle();
    cancelWait();
    cancelAhead();
    if (counting !== undefined) cancelAnimationFrame(counting);
    closeTip();
    section.removeEventListener(STEP_EVENT, onStep);
    window.removeEventListener('resize', onResize);
    body.removeEventListener('click', onClick);
    body.removeEventListener('keydown', onKey);
    body.removeEventListener('pointerover', onOver);
    body.removeEventListener('pointerout', onOut);
  };
}

/** A tooltip's element: the figure's value, label, place and period, and links to its source and its entry. */
function tipElement(data: ChartTip, text: LiveStates['text']): HTMLElement {
  const element = document.createElement('div');
  element.className = 'chart-tip';
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-label', data.label);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'tip-close';
  close.setAttribute('aria-label', text.close);
  close.textContent = '×';
  const line = (className: string, ...parts: (string | Node)[]) => {
    const p = document.createElement('p');
    p.className = className;
    p.append(...parts);
    return p;
  };
  const link = (href: string, words: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = words;
    return a;
  };
  element.append(
    close,
    line('tip-value', data.value),
    line('tip-label', data.label),
    line('tip-meta', data.meta),
    line('tip-links', link(data.source, text.readSource), ' · ', link(data.details, text.figureDetails)),
  );
  return element;
}
