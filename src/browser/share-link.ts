/** What a step's share control needs to share: the step page's address, a title and a line of text. */
export interface ShareData {
  url: string;
  title: string;
  text: string;
}

/**
 * How a share ended: shared, copied, cancelled (nothing shown) or failed. The words the reader sees are the page's, in
 * its language: the status element's data-shared, data-copied and data-failed (Scrolly.astro).
 */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** Shares through the system share sheet where the browser has one, else copies the link; never throws. */
export async function shareOrCopy(
  data: ShareData,
  nav: Pick<Navigator, 'share' | 'canShare' | 'clipboard'> = navigator,
): Promise<ShareOutcome> {
  if (typeof nav.share === 'function' && (typeof nav.canShare !== 'function' || nav.canShare(data))) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      // The reader closed the sheet: nothing to confirm, nothing went wrong.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await nav.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Makes each step's share control open the share sheet or copy the step's address, with a visible confirmation. Returns a cleanup. */
export function mountShareLinks(root: HTMLElement): () => void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const onClick = async (event: MouseEvent) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.step-link');
    if (!link || (typeof navigator.share !== 'function' && !navigator.clipboard)) return;
    event.preventDefault();
    const status = link.parentElement?.querySelector<HTMLElement>('.step-link-status');
    const outcome = await shareOrCopy({
      url: link.href,
      title: link.dataset.shareTitle ?? document.title,
      text: link.dataset.shareText ?? '',
    });
    if (!status) return;
    status.textContent = status.dataset[outcome] ?? '';
    const timer = setTimeout(() => {
      status.textContent = '';
      timers.delete(timer);
    }, 2500);
    timers.add(timer);
  };
  root.addEventListener('click', onClick);
  return () => {
    root.removeEventListener('click', onClick);
    for (const timer of timers) clearTimeout(timer);
  };
}
