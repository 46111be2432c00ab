import { describe, expect, it } from 'vitest';
import { SECRET_DETECTORS } from './catalog/index.js';
import { samplePath, sampleText } from './samples.js';
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
    if (detector.paths) {
      // Scoped by file name: no keywords, and a stateless path test.
      expect(detector.keywords).toEqual([]);
      expect(detector.paths.flags).not.toMatch(/[gy]/);
    } else {
      expect(detector.keywords.length).toBeGreaterThan(0);
    }
    for (const keyword of detector.keywords) expect(keyword).toBe(keyword.toLowerCase());
    expect(detector.title.length).toBeGreaterThan(0);
    expect(detector.description.length).toBeGreaterThan(0);
    expect(detector.samples.fire.length).toBeGreaterThanOrEqual(2);
    expect(detector.samples.silent.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(SECRET_DETECTORS.map((d) => [d.id, d] as const))('%s', (_id, detector) => {
    it.each(detector.samples.fire.map((sample, i) => [i, sample] as const))('fires on sample %i', (_i, sample) => {
      const text = sampleText(sample);
      expect(text).not.toMatch(ALLOWLISTED_WORDS);
      const matches = scanSecrets(text, samplePath(sample));
      const mine = matches.filter((m) => m.detectorId === detector.id);
      expect(mine.length, `${detector.id} did not fire; got ${JSON.stringify(matches.map((m) => m.detectorId))}`).toBeGreaterThan(0);
      for (const m of mine) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.end).toBeGreaterThan(m.start);
        expect(text.slice(m.start, m.end)).toBe(m.secret);
      }
    });

    it.each(detector.samples.silent.map((sample, i) => [i, sample] as const))('stays silent on sample %i', (_i, sample) => {
      const matches = scanSecrets(sampleText(sample), samplePath(sample));
      expect(matches.map((m) => `${m.detectorId}: ${m.secret}`)).toEqual([]);
    });

    if (detector.paths) {
      // The same text in a file of another name, or with no path known, is not this detector's business.
      it.each(detector.samples.fire.map((sample, i) => [i, sample] as const))('ignores fire sample %i outside its files', (_i, sample) => {
        for (const path of [undefined, 'notes/credentials.txt']) {
          expect(scanSecrets(sampleText(sample), path).filter((m) => m.detectorId === detector.id)).toEqual([]);
        }
      });
    }
  });
});
