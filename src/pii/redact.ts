import type { PiiKind } from './types.js';

/**
 * Redacted forms for reports. Each keeps just enough to find the value again in the file (PCI DSS
 * allows first 6 / last 4 of a card; we show 4 and 4) and never the value itself.
 */
export function redactPii(kind: PiiKind, value: string): string {
  switch (kind) {
    case 'credit-card': {
      const digits = value.replace(/\D/g, '');
      return `${digits.slice(0, 4)}…${digits.slice(-4)} (${digits.length} digits)`;
    }
    case 'us-ssn':
      return `***-**-${value.replace(/\D/g, '').slice(-4)}`;
    case 'iban': {
      const compact = value.replace(/\s/g, '');
      return `${compact.slice(0, 2)}…(${compact.length} chars)`;
    }
    case 'phone-number':
      return redactPhone(value);
    case 'personal-email': {
      const at = value.lastIndexOf('@');
      return `${value.slice(0, 1)}…${value.slice(at)}`;
    }
  }
}

/** `+1 415 555 0132` → `+1 415 …(12 chars)`: the country and area prefix only, at most 4 digits. */
function redactPhone(value: string): string {
  const compact = value.replace(/[^\d+]/g, '');
  const keep = value.startsWith('+') ? 4 : 3;
  let seen = 0;
  let cut = 0;
  for (let i = 0; i < value.length && seen < keep; i++) {
    if (value[i]! >= '0' && value[i]! <= '9') seen++;
    cut = i + 1;
  }
  // Close a bracketed area code so `(415) 555-0132` shows `(415) …`.
  const prefix = value.slice(0, cut) + (value[cut] === ')' ? ')' : '');
  return `${prefix} …(${compact.length} chars)`;
}
