export type PiiKind = 'credit-card' | 'us-ssn' | 'iban' | 'phone-number' | 'personal-email';

/** One piece of hardcoded personal data found in a text; offsets are UTF-16 indexes. */
export interface PiiMatch {
  readonly kind: PiiKind;
  readonly start: number;
  readonly end: number;
  /** The raw value. Never shown or stored as is: use `redactPii`. */
  readonly value: string;
}
