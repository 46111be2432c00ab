import { describe, expect, it } from 'vitest';
import { nearFakeMarker } from './test-data.js';

describe('nearFakeMarker', () => {
  const at = (text: string, value: string): boolean => nearFakeMarker(text, text.indexOf(value), text.indexOf(value) + value.length);

  it('sees markers on the value, its line and the line before', () => {
    expect(at('fake_ssn = "536-22-8041"', '536-22-8041')).toBe(true);
    expect(at('# sample customer\ncard = "4929 3813 3266 4295"', '4929 3813 3266 4295')).toBe(true);
    expect(at('email = "jane.doe@gmail.com"', 'jane.doe@gmail.com')).toBe(true);
    expect(at('email = "foo@outlook.com"', 'foo@outlook.com')).toBe(true);
  });

  it('ignores markers further away and words that only contain one', () => {
    expect(at('# mock data below\n\n\nssn = "536-22-8041"', '536-22-8041')).toBe(false);
    expect(at('holder = "Dana Whitfield", ssn = "536-22-8041"  # does not exist in prod', '536-22-8041')).toBe(false);
  });
});
