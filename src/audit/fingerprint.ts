import { sha256Hex } from '../util/hash.js';

/**
 * A finding's identity across edits: rule + path + normalised content, never the line number. Equal
 * content repeated in one file is told apart by its ordinal, so each copy has its own fingerprint.
 */
export function fingerprint(ruleId: string, filePath: string, content: string, ordinal: number): string {
  const normalised = content.replace(/\s+/g, ' ').trim();
  return sha256Hex(`${ruleId}\0${filePath}\0${normalised}\0${ordinal}`).slice(0, 32);
}
