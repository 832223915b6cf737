/** What a step's share control needs to share: the step page's address, a title and a line of text. */
export interface ShareData {
  url: string;
  title: string;
  text: string;
}

/** How a share ended, and the words the reader sees: shared, copied, cancelled (nothing shown) or failed. */
export type ShareOutcome = { done: boolean; message: string };

/** Shares through the system share sheet where the browser has one, else copies the link; never throws. */
export async function shareOrCopy(
  data: ShareData,
  nav: Pick<Navigator, 'share' | 'canShare' | 'clipboard'> = navigator,
): Promise<ShareOutcome> {
  if (typeof nav.share === 'function' && (typeof nav.canShare !== 'function' || nav.canShare(data))) {
    try {
      await nav.share(data);
      return { done: true, message: 'Shared' };
    } catch (error) {
      // The reader closed the sheet: nothing to confirm, nothing went wrong.
      if (error instanceof DOMException && error.name === 'AbortError') return { done: false, message: '' };
    }
  }
  try {
    await nav.clipboard.writeText(data.url);
    return { done: true, message: 'Link copied' };
  } catch {
    return { done: false, message: 'Copy failed: use the link' };
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
    status.textContent = outcome.message;
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
