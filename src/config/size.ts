import { CockpitError } from '../util/errors.js';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/** Parses `2097152`, `512KB`, `2MB`, `1.5 mb` into bytes; `source` names where the value came from. */
export function parseByteSize(value: string, source: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const multiplier = match ? UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || multiplier === undefined) {
    throw new CockpitError(`${source}: '${value}' is not a size (use bytes or a unit: 512KB, 2MB)`);
  }
  const bytes = Math.floor(Number(match[1]) * multiplier);
  if (bytes <= 0) throw new CockpitError(`${source}: size must be greater than zero`);
  return bytes;
}
