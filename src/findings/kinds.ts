/**
 * The vocabulary every finding, rule and report shares. Changing these is changing a public contract.
 * Plain constants, apart from the zod schemas in model.ts, so reports can be rendered without loading zod.
 */
export const SEVERITIES = ['error', 'warning', 'note'] as const;
export const CATEGORIES = [
  'secret',
  'pii',
  'security',
  'reliability',
  'architecture',
  'policy',
  'finops',
  'ux',
  'dependency',
] as const;
export const PERSONAS = ['secops', 'architecture', 'sre', 'finops', 'governance', 'ux'] as const;
export const FIXABILITIES = ['one-click', 'structural'] as const;
