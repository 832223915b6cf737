/** Makes each step's link control copy the step's address, with a visible confirmation. Returns a cleanup. */
export function mountCopyLinks(root: HTMLElement): () => void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const onClick = async (event: MouseEvent) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.step-link');
    if (!link || !navigator.clipboard) return;
    event.preventDefault();
    const url = new URL(link.href, location.href).href;
    const status = link.parentElement?.querySelector<HTMLElement>('.step-link-status');
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = 'Link copied';
    } catch {
      if (status) status.textContent = 'Copy failed: use the link';
      return;
    }
    const timer = setTimeout(() => {
      if (status) status.textContent = '';
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
