import { useEffect, useId, useState } from 'react';

/**
 * Page navigation for a long table: first, previous, "Page x of y", a page number to jump to, next,
 * last. Offsets in, offsets out: the caller keeps them in the address bar.
 */
export function Pager({ label, total, offset, size, onOffset }: { label: string; total: number; offset: number; size: number; onOffset: (offset: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(pages, Math.floor(offset / size) + 1);
  const jumpId = useId();
  const [jump, setJump] = useState(String(page));
  useEffect(() => setJump(String(page)), [page]);
  const go = (target: number) => onOffset((Math.min(pages, Math.max(1, target)) - 1) * size);
  const wanted = Number(jump);
  const valid = Number.isInteger(wanted) && wanted >= 1 && wanted <= pages;

  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button" disabled={page === 1} onClick={() => go(1)} aria-label="First page">
        <span aria-hidden="true">«</span> First
      </button>
      <button type="button" className="button" disabled={page === 1} onClick={() => go(page - 1)} aria-label="Previous page">
        <span aria-hidden="true">‹</span> Previous
      </button>
      <span className="pager-position" aria-live="polite" data-testid="pager-position">
        Page {page} of {pages}
      </span>
      <button type="button" className="button" disabled={page === pages} onClick={() => go(page + 1)} aria-label="Next page">
        Next <span aria-hidden="true">›</span>
      </button>
      <button type="button" className="button" disabled={page === pages} onClick={() => go(pages)} aria-label="Last page">
        Last <span aria-hidden="true">»</span>
      </button>
      <form
        className="pager-jump"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) go(wanted);
        }}
      >
        <label htmlFor={jumpId}>Go to page</label>
        <input id={jumpId} type="number" inputMode="numeric" min={1} max={pages} value={jump} onChange={(event) => setJump(event.target.value)} aria-invalid={!valid} />
        <button type="submit" className="button" disabled={!valid || wanted === page}>
          Go
        </button>
      </form>
    </nav>
  );
}
