import { SECRET_DETECTORS } from '../../secrets/catalog/index.js';
import { secretToEnvFix } from '../../heal/secret-to-env.js';
import { redactSecret } from '../../secrets/redact.js';
import { scanSecrets } from '../../secrets/scan.js';
import type { SecretDetector } from '../../secrets/types.js';
import { sha256Hex } from '../../util/hash.js';
import type { Check, RuleMeta } from '../types.js';

const REMEDIATION =
  'Treat the credential as leaked: revoke and rotate it at the provider (git history keeps it). ' +
  'Read it at runtime from the environment or a secret manager instead: os.environ["NAME"] in Python, ' +
  'process.env.NAME in TypeScript, and commit only a .env.example with an empty value.';

export function secretRuleId(detectorId: string): string {
  return `secret/${detectorId}`;
}

function ruleFor(detector: SecretDetector): RuleMeta {
  return {
    id: secretRuleId(detector.id),
    title: `Hardcoded ${detector.title}`,
    description: `${detector.description} A credential in source is readable by everyone with access to the repository, its forks, CI logs and history, and an agent that holds it can be driven to use it.`,
    persona: 'secops',
    category: 'secret',
    severity: 'error',
    fixability: 'one-click',
    tags: ['security', 'secret', 'CWE-798', 'LLM02:2025', 'ASI03'],
    remediation: detector.remediation ?? REMEDIATION,
    precision: detector.id.startsWith('generic') ? 'medium' : 'high',
    securitySeverity: 9.0,
  };
}

const detectorsById = new Map(SECRET_DETECTORS.map((detector) => [detector.id, detector]));

/** One check, one text pass per file, one SARIF rule per credential format. */
export const hardcodedSecretCheck: Check = {
  rules: SECRET_DETECTORS.map(ruleFor),
  run(context) {
    const { file } = context;
    // Tests and docs are full of sentinels (`SECRET_TOKEN_123`, `"api_key": "sk-tracing-123"` in a Markdown
    // sample): there only a credential with a provider's structure counts, never what the catch-all detectors
    // guess from a name or a file name.
    const sentinelsLikely = context.codeKind === 'test' || context.codeKind === 'fixture' || context.codeKind === 'docs';
    for (const match of scanSecrets(file.text, file.path, { structuredOnly: sentinelsLikely })) {
      const detector = detectorsById.get(match.detectorId);
      const redacted = redactSecret(match.secret);
      // A key split over several literals is swapped by hand: the one-click edit replaces one literal.
      const fix = match.joinedPieces ? undefined : secretToEnvFix(file, match.start, match.end, match.detectorId);
      const split = match.joinedPieces ? ` (split over ${match.joinedPieces} concatenated strings)` : '';
      context.report({
        ruleId: secretRuleId(match.detectorId),
        start: match.start,
        end: match.end,
        message: `${detector?.title ?? 'Secret'} hardcoded: ${redacted}${split}`,
        // A digest of the secret: stable across line moves, and a new secret on the same line is new.
        fingerprintContent: sha256Hex(match.secret),
        sensitive: { start: match.start, end: match.end, replacement: redacted },
        // One-click only where the cockpit can swap the literal for an environment lookup itself.
        fixability: fix ? 'one-click' : 'structural',
        ...(fix ? { fix } : {}),
      });
    }
  },
};
