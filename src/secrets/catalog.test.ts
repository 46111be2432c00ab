import { describe, expect, it } from 'vitest';
import { SECRET_DETECTORS } from './catalog/index.js';
import { scanSecrets } from './scan.js';

/** Lines that fire must not lean on allowlisted words, or they would test nothing. */
const ALLOWLISTED_WORDS = /example|fake|test|dummy/i;

describe('secret catalog', () => {
  it('has at least 45 detectors with unique kebab-case ids', () => {
    expect(SECRET_DETECTORS.length).toBeGreaterThanOrEqual(45);
    const ids = SECRET_DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(SECRET_DETECTORS.map((d) => [d.id, d] as const))('%s is well-formed', (_id, detector) => {
    expect(detector.regex.flags).toContain('g');
    expect(detector.keywords.length).toBeGreaterThan(0);
    for (const keyword of detector.keywords) expect(keyword).toBe(keyword.toLowerCase());
    expect(detector.title.length).toBeGreaterThan(0);
    expect(detector.description.length).toBeGreaterThan(0);
    expect(detector.samples.fire.length).toBeGreaterThanOrEqual(2);
    expect(detector.samples.silent.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(SECRET_DETECTORS.map((d) => [d.id, d] as const))('%s', (_id, detector) => {
    it.each(detector.samples.fire.map((line, i) => [i, line] as const))('fires on sample %i', (_i, line) => {
      expect(line).not.toMatch(ALLOWLISTED_WORDS);
      const matches = scanSecrets(line);
      const mine = matches.filter((m) => m.detectorId === detector.id);
      expect(mine.length, `${detector.id} did not fire; got ${JSON.stringify(matches.map((m) => m.detectorId))}`).toBeGreaterThan(0);
      for (const m of mine) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(line.length);
        expect(m.end).toBeGreaterThan(m.start);
        expect(line.slice(m.start, m.end)).toBe(m.secret);
      }
    });

    it.each(detector.samples.silent.map((line, i) => [i, line] as const))('stays silent on sample %i', (_i, line) => {
      const matches = scanSecrets(line);
      expect(matches.map((m) => `${m.detectorId}: ${m.secret}`)).toEqual([]);
    });
  });
});
