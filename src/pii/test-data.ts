import { lineEndNear, lineStartNear } from './context.js';

/**
 * Obviously fake data in test code stays silent: a test file full of `fake_ssn = "…"` is the
 * scanner's own kind of fixture, not a leak. Real-looking structured values (cards, SSNs, IBANs) in
 * test code with no marker still fire (see location.ts).
 */

/** Words and Faker-style names that say a value is made up. */
const FAKE_MARKER =
  /fake|dummy|mock|sample|example|test|placeholder|faker|lorem|fixture|stub|synthetic|fictional|fictitious|(?<![a-z])(?:doe|foo|bar|baz|qux|acme)(?![a-z])/i;

const LINE_REACH = 200;

/** True when the value, its line or the line before carries a fake-data marker. */
export function nearFakeMarker(text: string, start: number, end: number): boolean {
  const lineStart = lineStartNear(text, start, LINE_REACH);
  const from = lineStart > 0 ? lineStartNear(text, lineStart - 1, LINE_REACH) : lineStart;
  return FAKE_MARKER.test(text.slice(from, lineEndNear(text, end, LINE_REACH)));
}
