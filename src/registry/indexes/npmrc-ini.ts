/**
 * .npmrc parsing with npm/ini's rules: `key=value` split at the first '=', `;`/`#` comment lines, inline
 * comments cut at an unescaped `;` or `#` in unquoted values, quoted values kept verbatim, a later key
 * overriding an earlier one. Keys under `[section]` headers are not top-level config for npm, so they are skipped.
 * `${VAR}` / `${VAR?}` are expanded in keys and values the way @npmcli/config does.
 */
interface NpmrcEntry {
  value: string;
  line: number;
}

export interface NpmrcParse {
  entries: Map<string, NpmrcEntry>;
  /** Variable names referenced but unset (left as `${VAR}` like npm does). */
  missingVars: string[];
  /** Line numbers that npm would not understand. */
  badLines: number[];
  sectionLines: number[];
}

const ENV_EXPR = /(\\*)\$\{([^${}?]+)(\?)?\}/g;

function expandEnv(text: string, env: NodeJS.ProcessEnv, missing: string[]): string {
  return text.replace(ENV_EXPR, (orig: string, esc: string, name: string, modifier: string | undefined) => {
    // An odd number of backslashes escapes the expression; npm strips half of them.
    if (esc.length % 2 === 1) return orig.slice((esc.length + 1) / 2);
    const val = env[name];
    if (val === undefined) {
      missing.push(name);
      return esc.slice(esc.length / 2) + (modifier === '?' ? '' : `\${${name}}`);
    }
    return esc.slice(esc.length / 2) + val;
  });
}

function unsafe(raw: string): string {
  const val = raw.trim();
  if (val.length >= 2 && val.startsWith('"') && val.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(val);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // npm/ini falls back to the raw text as well.
    }
    return val.slice(1, -1);
  }
  if (val.length >= 2 && val.startsWith("'") && val.endsWith("'")) return val.slice(1, -1);
  let out = '';
  let escaping = false;
  for (const c of val) {
    if (escaping) {
      out += '\\;#'.includes(c) ? c : `\\${c}`;
      escaping = false;
    } else if (c === ';' || c === '#') break;
    else if (c === '\\') escaping = true;
    else out += c;
  }
  if (escaping) out += '\\';
  return out.trim();
}

export function parseNpmrc(text: string, env: NodeJS.ProcessEnv): NpmrcParse {
  const result: NpmrcParse = { entries: new Map(), missingVars: [], badLines: [], sectionLines: [] };
  let inSection = false;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const lineNo = i + 1;
    const stripped = line.trim();
    if (stripped === '' || stripped.startsWith(';') || stripped.startsWith('#')) return;
    if (/^\[[^\]]*\]\s*$/.test(stripped)) {
      inSection = true;
      result.sectionLines.push(lineNo);
      return;
    }
    if (inSection) return;
    const eq = stripped.indexOf('=');
    // A key with no '=' is boolean true in npm; none of the keys we read are booleans, so skip it quietly.
    if (eq < 0) return;
    let k = unsafe(stripped.slice(0, eq));
    if (k === '') {
      result.badLines.push(lineNo);
      return;
    }
    if (k.endsWith('[]')) k = k.slice(0, -2);
    const key = expandEnv(k, env, result.missingVars);
    const value = expandEnv(unsafe(stripped.slice(eq + 1)), env, result.missingVars);
    result.entries.set(key, { value, line: lineNo });
  });
  return result;
}
