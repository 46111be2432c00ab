import { useId } from 'react';
import { useWidth } from './use-width.js';

interface HistogramBar {
  /** The bucket, under its bar (`2–4`). */
  label: string;
  value: number;
  /** The bucket in words, for the title and the table (`2–4 findings`). */
  detail: string;
}

const HEIGHT = 150;
const PAD = { top: 18, right: 8, bottom: 24, left: 8 };

/**
 * Counts per bucket as vertical bars with their numbers on top, in plain SVG: one labelled image,
 * and the same numbers as a table for screen readers.
 */
export function Histogram({ title, unit, bars, testId }: { title: string; unit: string; bars: readonly HistogramBar[]; testId?: string }) {
  const titleId = useId();
  const [figure, width] = useWidth<HTMLElement>(360);
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(8, Math.min(64, slot * 0.7));
  const summary = `${title}: ${bars.map((bar) => `${bar.detail}: ${bar.value} ${unit}`).join('; ')}`;
  return (
    <figure className="chart" ref={figure} data-testid={testId}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMidYMid meet">
        <title id={titleId}>{summary}</title>
        <line className="chart-baseline" x1={PAD.left} x2={width - PAD.right} y1={PAD.top + plotHeight} y2={PAD.top + plotHeight} />
        {bars.map((bar, index) => {
          const height = (bar.value / max) * plotHeight;
          const x = PAD.left + index * slot + (slot - barWidth) / 2;
          const top = PAD.top + plotHeight - height;
          return (
            <g key={bar.label}>
              {bar.value > 0 ? <rect className="bar-neutral" x={x} y={top} width={barWidth} height={height} rx={2} /> : null}
              <text x={x + barWidth / 2} y={top - 5} textAnchor="middle" className="chart-value">
                {bar.value}
              </text>
              <text x={x + barWidth / 2} y={HEIGHT - 7} textAnchor="middle">
                {bar.label}
              </text>
              <title>{`${bar.detail}: ${bar.value} ${unit}`}</title>
            </g>
          );
        })}
      </svg>
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Bucket</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.detail}</th>
                <td>{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
