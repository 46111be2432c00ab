import { useId } from 'react';
import type { Severity } from '../api/types.js';
import { SEVERITIES, SEVERITY_LABELS } from '../labels.js';
import { useWidth } from './use-width.js';

export interface BarPoint {
  /** Short axis label (a date). */
  label: string;
  /** Longer label for the data table and tooltips. */
  detail: string;
  error: number;
  warning: number;
  note: number;
}

const HEIGHT = 180;
const PAD = { top: 12, right: 8, bottom: 28, left: 36 };

/**
 * Findings over time as stacked bars (error / warning / note), in plain SVG. Screen readers get the
 * same numbers as a table; the chart itself is one labelled image.
 */
export function StackedBars({ title, points, labelWidth = 56, testId }: { title: string; points: readonly BarPoint[]; labelWidth?: number; testId?: string }) {
  const titleId = useId();
  const [figure, width] = useWidth<HTMLElement>(640);
  if (points.length === 0) {
    return (
      <figure className="chart" ref={figure}>
        <p className="muted">No history yet: every audit adds a point.</p>
      </figure>
    );
  }
  const max = Math.max(1, ...points.map((point) => point.error + point.warning + point.note));
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / points.length;
  const barWidth = Math.max(2, Math.min(36, slot * 0.7));
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const ticks = [0, Math.round(max / 2), max].filter((tick, index, all) => all.indexOf(tick) === index);
  // Room for one axis label per `labelWidth` px (a date ~56, a date and time more), counted back from the latest, which always has one.
  const labelEvery = Math.ceil(points.length / Math.max(1, Math.floor(plotWidth / labelWidth)));
  const last = points[points.length - 1]!;
  const summary = `${title}: ${points.length} point${points.length === 1 ? '' : 's'}, latest ${last.detail} with ${last.error + last.warning + last.note} findings`;

  return (
    <figure className="chart" ref={figure} data-testid={testId}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMidYMid meet">
        <title id={titleId}>{summary}</title>
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {points.map((point, index) => {
          const x = PAD.left + index * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={`${point.label}-${index}`}>
              {SEVERITIES.map((severity) => {
                const value = point[severity];
                const top = y(base + value);
                const height = y(base) - top;
                base += value;
                return value > 0 ? <rect key={severity} className={`bar-${severity}`} x={x} y={top} width={barWidth} height={height} /> : null;
              })}
              <title>{`${point.detail}: ${point.error} errors, ${point.warning} warnings, ${point.note} notes`}</title>
              {(points.length - 1 - index) % labelEvery === 0 ? (
                <text className="chart-axis" x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle">
                  {point.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {SEVERITIES.map((severity: Severity) => (
          <span key={severity}>
            <span className={`swatch bar-${severity}`} aria-hidden="true" /> {SEVERITY_LABELS[severity]}
          </span>
        ))}
      </figcaption>
      <div className="sr-only">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Errors</th>
            <th scope="col">Warnings</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point, index) => (
            <tr key={`${point.label}-${index}`}>
              <th scope="row">{point.detail}</th>
              <td>{point.error}</td>
              <td>{point.warning}</td>
              <td>{point.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
