import { describe, expect, it } from 'vitest';
import { DOCUMENTATION_IBANS, ibanLength, ibanMod97, ibanValid } from './iban.js';
import { scanPii } from './scan.js';

/** Lengths from the SWIFT IBAN Registry, written out separately to check the BBAN formats add up. */
const REGISTRY_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** Put correct check digits on a BBAN, the way a bank computes them. */
function withCheckDigits(country: string, bban: string): string {
  const rest = ibanMod97(`${country}00${bban}`);
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

describe('ibanLength', () => {
  it.each(Object.entries(REGISTRY_LENGTHS))('%s is %i characters', (country, length) => {
    expect(ibanLength(country)).toBe(length);
  });

  it('knows territories under their parent format and nothing for countries without IBANs', () => {
    expect(ibanLength('GG')).toBe(22);
    expect(ibanLength('GP')).toBe(27);
    expect(ibanLength('US')).toBeUndefined();
    expect(ibanLength('CA')).toBeUndefined();
  });
});

describe('ibanMod97 and ibanValid', () => {
  it('computes the ISO 7064 remainder', () => {
    expect(ibanMod97('GB82WEST12345698765432')).toBe(1);
    expect(ibanMod97('GB82WEST12345698765433')).not.toBe(1);
    expect(ibanMod97('GB82west12345698765432')).toBe(-1);
  });

  it('accepts every registry and documentation example (the allowlist has no typos)', () => {
    for (const iban of DOCUMENTATION_IBANS) expect(ibanValid(iban), iban).toBe(true);
  });

  it('rejects a wrong checksum, length or country', () => {
    expect(ibanValid('DE41634939236044776287')).toBe(true);
    expect(ibanValid('DE42634939236044776287')).toBe(false);
    expect(ibanValid('DE4163493923604477628')).toBe(false);
    expect(ibanValid('DE416349392360447762870')).toBe(false);
    expect(ibanValid(withCheckDigits('US', '634939236044776287'))).toBe(false);
  });

  it('rejects a checksum-valid string whose BBAN breaks the country format', () => {
    // GB wants four letters (the bank) then 14 digits; NL four letters then 10 digits.
    expect(ibanValid(withCheckDigits('GB', '123461959426894625'))).toBe(false);
    expect(ibanValid(withCheckDigits('GB', 'BARC61959426894625'))).toBe(true);
    expect(ibanValid(withCheckDigits('NL', 'RABO167905560X'))).toBe(false);
  });

  it('rejects check digits 00, 01 and 99, which mod 97 allows but no bank issues', () => {
    const bban = '0000000000000000000066'.slice(4);
    for (const check of ['00', '01', '99']) {
      const candidate = `DE${check}${bban}`;
      if (ibanMod97(candidate) === 1) expect(ibanValid(candidate)).toBe(false);
    }
    expect(ibanValid('DE00000000000000000066')).toBe(false);
  });

  it('stays silent on every documentation IBAN when scanning, plain or grouped', () => {
    const text = [...DOCUMENTATION_IBANS].map((iban) => `"${iban}", "${iban.replace(/(.{4})/g, '$1 ').trim()}"`).join('\n');
    expect(scanPii(text, 'docs_agent/examples.py')).toEqual([]);
  });
});
