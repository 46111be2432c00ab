import { describe, expect, it } from 'vitest';
import { FLOATING_ALIAS_PATTERNS } from './floating-model-alias.js';
import { MODEL_PINS } from './model-pins.js';
import { RETIRED_MODELS, retiredModel, replaceModelIdInLiteral } from './retired-models.js';

/** The model tables the two model-id rules read must agree: no fix may write an id the other rule flags. */
describe('model tables', () => {
  it('every pin is a floating id mapped to a stable, non-retired id', () => {
    for (const [alias, pin] of MODEL_PINS) {
      expect(FLOATING_ALIAS_PATTERNS.some((entry) => entry.pattern.test(alias))).toBe(true);
      expect(FLOATING_ALIAS_PATTERNS.some((entry) => entry.pattern.test(pin))).toBe(false);
      expect(retiredModel(pin)).toBeUndefined();
    }
  });
  it('every retired-model replacement is itself current (not retired, not floating)', () => {
    for (const entry of RETIRED_MODELS) {
      if (!entry.replacement) continue;
      expect(retiredModel(entry.replacement)).toBeUndefined();
      expect(FLOATING_ALIAS_PATTERNS.some((alias) => alias.pattern.test(entry.replacement!))).toBe(false);
    }
  });
  it('replaces only the bare id at the tail of the literal', () => {
    expect(replaceModelIdInLiteral('"openai:claude-2"', 'claude-2', 'x')).toBe('"openai:x"');
    expect(replaceModelIdInLiteral("'models/Gemini-Pro'", 'gemini-pro', 'gemini-3.5-flash')).toBe("'models/gemini-3.5-flash'");
    expect(replaceModelIdInLiteral('("claude-2")', 'claude-2', 'x')).toBeUndefined();
  });
});
