import type { Persona, Summary } from '../api/types.js';
import { PERSONA_LABELS, PERSONAS, plural } from '../labels.js';
import { Link } from '../router.js';

type Matrix = Summary['personaMatrix'];
type Column = 'error' | 'warning' | 'note' | 'oneClick' | 'structural';

const COLUMNS: ReadonlyArray<{ key: Column; label: string; one: string; many: string; tone: string }> = [
  { key: 'error', label: 'Errors', one: 'error', many: 'errors', tone: 'error' },
  { key: 'warning', label: 'Warnings', one: 'warning', many: 'warnings', tone: 'warning' },
  { key: 'note', label: 'Notes', one: 'note', many: 'notes', tone: 'note' },
  { key: 'oneClick', label: 'One-click', one: 'one-click fix', many: 'one-click fixes', tone: 'fix' },
  { key: 'structural', label: 'Structural', one: 'structural finding', many: 'structural findings', tone: 'structural' },
];

const VERDICT_TEXT = { approved: 'Approved', 'approved-with-warnings': 'Warnings', blocked: 'Blocked' } as const;

/**
 * The Persona Matrix as a heat map: one row per persona, severity and fixability columns. Each cell
 * shows its number and says it in words ("SecOps: 2 errors"); the shade only repeats the number.
 * With `cellHref`, a non-zero cell is a link (the overview: to the Findings list of that persona and severity).
 */
export function HeatMap({ matrix, cellHref }: { matrix: Matrix; cellHref?: (persona: Persona, column: Column) => string | undefined }) {
  const maxOf = (column: Column) => Math.max(1, ...PERSONAS.map((persona) => matrix[persona][column]));
  const maxima = Object.fromEntries(COLUMNS.map((column) => [column.key, maxOf(column.key)])) as Record<Column, number>;
  return (
    <div className="table-scroll">
      <table className="heatmap">
        <caption className="sr-only">Persona Matrix: findings per persona by severity and fixability</caption>
        <thead>
          <tr>
            <th scope="col">Persona</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column.key}>
                {column.label}
              </th>
            ))}
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {PERSONAS.map((persona) => {
            const row = matrix[persona];
            return (
              <tr key={persona}>
                <th scope="row">{PERSONA_LABELS[persona]}</th>
                {COLUMNS.map((column) => {
                  const value = row[column.key];
                  // Four shade steps; zero stays blank so the eye goes to what matters.
                  const level = value === 0 ? 0 : Math.min(4, Math.ceil((value / maxima[column.key]) * 4));
                  const href = value > 0 ? cellHref?.(persona, column.key) : undefined;
                  const words = `${PERSONA_LABELS[persona]}: ${plural(value, column.one, column.many)}`;
                  return (
                    <td
                      key={column.key}
                      className={`heat heat-${column.tone} heat-level-${level}`}
                      aria-label={href ? undefined : words}
                      title={words}
                    >
                      {href ? (
                        <Link to={href} aria-label={words}>
                          {value}
                        </Link>
                      ) : (
                        value
                      )}
                    </td>
                  );
                })}
                <td>
                  <span className={`badge badge-persona-verdict-${row.verdict}`}>{VERDICT_TEXT[row.verdict]}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
