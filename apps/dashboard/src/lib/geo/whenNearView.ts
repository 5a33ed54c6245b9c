/** How far below the fold a lazy part starts loading, so it is ready when scrolled to. */
const margin = '600px';

export interface NearView {
  /** Resolves once the element is within `margin` of the viewport. */
  readonly promise: Promise<void>;
  cancel(): void;
}

/**
 * Waits until an element is about to be seen. Where IntersectionObserver is
 * missing (old browsers, some test DOMs) it resolves at once: loading early
 * beats never loading.
 */
export function whenNearView(element: Element): NearView {
  if (typeof IntersectionObserver === 'undefined') {
    return { promise: Promise.resolve(), cancel: () => {} };
  }
  let observer: IntersectionObserver | undefined;
  const promise = new Promise<void>((resolve) => {
    observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer?.disconnect();
        resolve();
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
  });
  return { promise, cancel: () => observer?.disconnect() };
}
