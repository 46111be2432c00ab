import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * The rendered width of an element, kept current with a ResizeObserver, so an SVG chart can draw
 * at its real size (crisp text on a phone) instead of scaling a fixed drawing down.
 */
export function useWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.round(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
