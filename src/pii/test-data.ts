/**
 * Obviously fake data in tests stays silent: a test file full of `fake_ssn = "536-22-8041"` is the
 * scanner's own kind of fixture, not a leak. Real-looking values in tests with no marker still fire.
 */

const TEST_DIR = /(?:^|\/)(?:tests?|__tests__|specs?|fixtures?|__fixtures__|testdata|test[_-]data|__mocks__|mocks?)\//i;
const TEST_FILE = /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.(?:py|go|[cm]?[jt]sx?)|[^/]*\.(?:test|spec)\.[cm]?[jt]sx?|conftest\.py)$/i;

/** True when the POSIX path marks a test or fixture file. */
export function isTestPath(filePath: string): boolean {
  return TEST_DIR.test(filePath) || TEST_FILE.test(filePath);
}

/** Words and Faker-style names that say a value is made up. */
const FAKE_MARKER =
  /fake|dummy|mock|sample|example|test|placeholder|faker|lorem|fixture|stub|synthetic|fictional|fictitious|(?<![A-Za-z])(?:doe|Doe|DOE|foo|Foo|bar|Bar|baz|qux|acme|Acme|ACME)(?![a-z])/i;

const LINE_REACH = 200;

/** True when the value, its line or the line before carries a fake-data marker. */
export function nearFakeMarker(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const from = Math.max(previousStart, start - 2 * LINE_REACH);
  const to = Math.min(lineEnd, end + LINE_REACH);
  return FAKE_MARKER.test(text.slice(from, to));
}
