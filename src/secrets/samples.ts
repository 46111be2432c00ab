import type { SecretSample } from './types.js';

/** The text of a detector sample. */
export function sampleText(sample: SecretSample): string {
  return typeof sample === 'string' ? sample : sample.text;
}

/** The file a detector sample is scanned as, or undefined for a sample that is only a line. */
export function samplePath(sample: SecretSample): string | undefined {
  return typeof sample === 'string' ? undefined : sample.path;
}
