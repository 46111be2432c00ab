/** Code-unit order, the same on every machine and locale (localeCompare is neither): for stable sorts of paths and ids. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
