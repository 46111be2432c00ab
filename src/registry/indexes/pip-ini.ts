/**
 * The subset of Python's RawConfigParser (strict mode, pip's settings) needed for pip.conf:
 * `[section]`, `key = value` or `key: value`, full-line `#`/`;` comments, continuation lines indented deeper
 * than their key, keys lower-cased. No inline comments and no interpolation, as in pip.
 * configparser rejects a whole file for duplicate sections/options, a key before any section, or a line
 * without a delimiter; pip then refuses to run, so we report the same cases as one error.
 */
interface IniValue {
  value: string;
  line: number;
}

export type PipIni = Map<string, Map<string, IniValue>>;

export class IniError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const OPTION = /^(.*?)\s*([=:])\s*(.*)$/;
const SECTION = /^\[(.+)\]/;

export function parsePipIni(text: string): PipIni {
  const sections: PipIni = new Map();
  let current: Map<string, IniValue> | undefined;
  let open: { parts: string[]; indent: number; target: IniValue } | undefined;
  const lines = text.split(/\r\n|\r|\n/);

  const close = (): void => {
    if (!open) return;
    // Blank lines inside a value are kept by configparser; trailing ones are not.
    while (open.parts.length > 1 && open.parts[open.parts.length - 1] === '') open.parts.pop();
    open.target.value = open.parts.join('\n');
    open = undefined;
  };

  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const stripped = line.trim();
    const indent = line.length - line.trimStart().length;
    if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) {
      if (open) open.parts.push('');
      return;
    }
    if (open && indent > open.indent) {
      open.parts.push(stripped);
      return;
    }
    close();
    const header = SECTION.exec(stripped);
    if (header) {
      const name = header[1] ?? '';
      if (sections.has(name)) throw new IniError(lineNo, `duplicate section [${name}]`);
      current = new Map();
      sections.set(name, current);
      return;
    }
    if (!current) throw new IniError(lineNo, 'option before any [section]');
    const m = OPTION.exec(stripped);
    const name = (m?.[1] ?? '').trim().toLowerCase();
    if (!m || name === '') throw new IniError(lineNo, 'expected "key = value"');
    if (current.has(name)) throw new IniError(lineNo, `duplicate option "${name}"`);
    const target: IniValue = { value: m[3] ?? '', line: lineNo };
    current.set(name, target);
    open = { parts: [m[3] ?? ''], indent, target };
  });
  close();
  return sections;
}
