import type { PlannedFix } from './types.js';
import type { Fix } from './types.js';

/**
 * One environment variable per distinct secret of an agent. Fixes name a variable after the
 * assignment or the provider (`OPENAI_API_KEY`), so three different OpenAI keys would all become
 * `OPENAI_API_KEY` and two of them would be lost at run time. In file order, the first secret keeps
 * the name, the next different secret that wants it gets `OPENAI_API_KEY_2`, and so on; the same
 * secret gets the same name wherever it appears.
 */

function renamed(fix: Fix, name: string): Fix {
  const env = fix.env!;
  if (env.name === name) return fix;
  // The name occurs once in each replacement (`os.environ["NAME"]`, `process.env.NAME`) and in the `NAME=` line.
  return {
    ...fix,
    description: fix.description.replace(env.name, name),
    edits: fix.edits.map((edit) => ({ ...edit, text: edit.text.replace(env.name, name) })),
    ...(fix.ensureLines ? { ensureLines: fix.ensureLines.map((wanted) => ({ ...wanted, line: wanted.line === `${env.name}=` ? `${name}=` : wanted.line })) } : {}),
    env: { ...env, name },
  };
}

function firstEdit(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.start));
}

export function withDistinctEnvNames(fixes: readonly PlannedFix[]): PlannedFix[] {
  const ordered = fixes
    .filter((planned) => planned.fix.env)
    .sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : firstEdit(a.fix) - firstEdit(b.fix)));
  const nameOfSecret = new Map<string, string>();
  const taken = new Set<string>();
  const chosen = new Map<PlannedFix, string>();
  for (const planned of ordered) {
    const { name, secretDigest } = planned.fix.env!;
    let final = nameOfSecret.get(secretDigest);
    if (final === undefined) {
      final = name;
      for (let suffix = 2; taken.has(final); suffix++) final = `${name}_${suffix}`;
      taken.add(final);
      nameOfSecret.set(secretDigest, final);
    }
    chosen.set(planned, final);
  }
  return fixes.map((planned) => {
    const name = chosen.get(planned);
    return name === undefined ? planned : { ...planned, fix: renamed(planned.fix, name) };
  });
}
