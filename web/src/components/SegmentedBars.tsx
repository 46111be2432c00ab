import type { ReactNode } from 'react';
import { Link } from '../router.js';

export interface Series {
  key: string;
  /** Plural words for the aria label and legend (`blocked agents`). */
  label: string;
  /** The fill: a `bar-*` class of styles.css. */
  className: string;
}

interface SegmentedRow {
  label: string;
  /** Where the row's name leads (a filtered Findings list), if anywhere. */
  href?: string;
  values: Record<string, number>;
  /** What the number at the end of the row says; the sum of the values when absent. */
  total?: ReactNode;
}

const BAR_HEIGHT = 14;

/**
 * One horizontal bar per row, split by series, every bar on one scale so rows compare. Each row's
 * name is text (or a link) and its bar is a small labelled image ("apps: 3 pass, 1 policy block"),
 * so the list reads the same without the picture.
 */
export function SegmentedBars({ rows, series, label, testId }: { rows: readonly SegmentedRow[]; series: readonly Series[]; label: string; testId?: string }) {
  const sum = (row: SegmentedRow) => series.reduce((total, entry) => total + (row.values[entry.key] ?? 0), 0);
  const max = Math.max(1, ...rows.map(sum));
  return (
    <figure className="chart segmented" data-testid={testId}>
      <ul className="segmented-rows" aria-label={label}>
        {rows.map((row) => {
          let offset = 0;
          const words = series
            .filter((entry) => (row.values[entry.key] ?? 0) > 0)
            .map((entry) => `${row.values[entry.key]} ${entry.label}`)
            .join(', ');
          return (
            <li key={row.label} className="segmented-row" data-row={row.label}>
              <span className="segmented-label" title={row.label}>
                {row.href ? <Link to={row.href}>{row.label}</Link> : row.label}
              </span>
              <svg className="segmented-bar" viewBox={`0 0 100 ${BAR_HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={`${row.label}: ${words || 'none'}`}>
                <rect className="segmented-track" x={0} y={0} width={100} height={BAR_HEIGHT} />
                {series.map((entry) => {
                  const value = row.values[entry.key] ?? 0;
                  const width = (value / max) * 100;
                  const x = offset;
                  offset += width;
                  return value > 0 ? <rect key={entry.key} className={entry.className} x={x} y={0} width={width} height={BAR_HEIGHT} /> : null;
                })}
              </svg>
              <span className="segmented-total">{row.total ?? sum(row)}</span>
            </li>
          );
        })}
      </ul>
      <figcaption className="chart-legend">
        {series.map((entry) => (
          <span key={entry.key}>
            <span className={`swatch ${entry.className}`} aria-hidden="true" /> {entry.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
