/**
 * The root margin that shrinks the viewport to a band one pixel high, `offset` of the way down a viewport `height`
 * px tall: an element intersects the band exactly while it spans that line.
 */
export function lineMargin(height: number, offset: number): string {
  const line = Math.round(height * offset);
  return `${-line}px 0px ${line + 1 - height}px 0px`;
}

/**
 * Calls `onCross` whenever one of `elements` starts or stops spanning the line `offset` of the way down the viewport,
 * which moves with the viewport's height. An observer's first report tells where things stand, not a crossing, so it
 * calls `onCross` only for an element already on the line. Returns a cleanup.
 */
export function watchLine(elements: readonly Element[], offset: number, onCross: () => void): () => void {
  let observer: IntersectionObserver | undefined;
  const observe = () => {
    observer?.disconnect();
    const onLine = new Set<Element>();
    observer = new IntersectionObserver(
      (entries) => {
        let crossed = false;
        for (const { target, isIntersecting } of entries) {
          if (isIntersecting === onLine.has(target)) continue;
          crossed = true;
          if (isIntersecting) onLine.add(target);
          else onLine.delete(target);
        }
        if (crossed) onCross();
      },
      { rootMargin: lineMargin(window.innerHeight, offset) },
    );
    for (const element of elements) observer.observe(element);
  };
  observe();
  window.addEventListener('resize', observe);
  return () => {
    observer?.disconnect();
    window.removeEventListener('resize', observe);
  };
}
