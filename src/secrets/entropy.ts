/** Shannon entropy of a string in bits per character (0 for the empty string). */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  // Secrets are almost always ASCII: a flat array beats a Map; anything wider falls back to a Map.
  const ascii = new Uint32Array(128);
  let wide: Map<number, number> | undefined;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) ascii[code]! += 1;
    else {
      wide ??= new Map();
      wide.set(code, (wide.get(code) ?? 0) + 1);
    }
  }
  let bits = 0;
  const add = (count: number): void => {
    const p = count / length;
    bits -= p * Math.log2(p);
  };
  for (let c = 0; c < 128; c++) if (ascii[c]! > 0) add(ascii[c]!);
  if (wide) for (const count of wide.values()) add(count);
  return bits;
}

/** How many of lower case, upper case, digits and symbols the value uses (0 to 4). */
export function characterClasses(value: string): number {
  const lower = /[a-z]/.test(value) ? 1 : 0;
  const upper = /[A-Z]/.test(value) ? 1 : 0;
  const digit = /[0-9]/.test(value) ? 1 : 0;
  const symbol = /[^A-Za-z0-9]/.test(value) ? 1 : 0;
  return lower + upper + digit + symbol;
}
