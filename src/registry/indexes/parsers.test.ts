import { describe, expect, it } from 'vitest';
import { netrcFor, parseNetrc } from './netrc.js';
import { parseNpmrc } from './npmrc-ini.js';
import { IniError, parsePipIni } from './pip-ini.js';

describe('parsePipIni (configparser rules)', () => {
  it('reads sections, both delimiters, lower-cases keys and joins continuation lines', () => {
    const ini = parsePipIni(
      [
        '# comment',
        '[global]',
        'Index-URL = https://a.example/simple',
        'extra-index-url =',
        '    https://b.example/simple',
        '',
        '    ; a comment inside the value',
        '    https://c.example/simple',
        'timeout: 60',
        '[install]',
        'trusted-host = a.example # not a comment for configparser',
      ].join('\n'),
    );
    const global = ini.get('global');
    expect(global?.get('index-url')).toEqual({ value: 'https://a.example/simple', line: 3 });
    expect(global?.get('extra-index-url')?.value.split(/\s+/).filter(Boolean)).toEqual([
      'https://b.example/simple',
      'https://c.example/simple',
    ]);
    expect(global?.get('timeout')?.value).toBe('60');
    expect(ini.get('install')?.get('trusted-host')?.value).toBe('a.example # not a comment for configparser');
  });

  it.each([
    ['index-url = x', 'option before any [section]'],
    ['[global]\n[global]', 'duplicate section'],
    ['[global]\na = 1\nA = 2', 'duplicate option'],
    ['[global]\njust words', 'expected "key = value"'],
  ])('rejects %j like configparser', (text, reason) => {
    expect(() => parsePipIni(text)).toThrow(IniError);
    expect(() => parsePipIni(text)).toThrow(reason);
  });
});

describe('parseNpmrc (npm/ini + @npmcli/config rules)', () => {
  const env = { TOKEN: 'tok123', HOST: 'npm.example' };

  it('splits at the first =, strips inline comments and quotes, later keys win', () => {
    const r = parseNpmrc(
      [
        '; comment',
        '# comment',
        'registry=https://one.example/',
        'registry = https://two.example/ ; trailing comment',
        '//npm.example/:_authToken="abc;def"',
        'escaped=a\\;b',
        'email=x@example.com',
      ].join('\n'),
      env,
    );
    expect(r.entries.get('registry')).toEqual({ value: 'https://two.example/', line: 4 });
    expect(r.entries.get('//npm.example/:_authToken')?.value).toBe('abc;def');
    expect(r.entries.get('escaped')?.value).toBe('a;b');
  });

  it('expands ${VAR} in keys and values, keeps unset ones and honours ${VAR?} and escapes', () => {
    const r = parseNpmrc(['//${HOST}/:_authToken=${TOKEN}', 'a=${MISSING}', 'b=x${MISSING?}y', 'c=\\${TOKEN}'].join('\n'), env);
    expect(r.entries.get('//npm.example/:_authToken')?.value).toBe('tok123');
    expect(r.entries.get('a')?.value).toBe('${MISSING}');
    expect(r.entries.get('b')?.value).toBe('xy');
    expect(r.entries.get('c')?.value).toBe('${TOKEN}');
    expect(r.missingVars).toContain('MISSING');
  });

  it('reports lines without a key and skips [section] contents', () => {
    const r = parseNpmrc(['=value', 'registry=https://r.example/', '[weird]', 'registry=https://ignored.example/'].join('\n'), {});
    expect(r.badLines).toEqual([1]);
    expect(r.sectionLines).toEqual([3]);
    expect(r.entries.get('registry')?.value).toBe('https://r.example/');
  });
});

describe('parseNetrc', () => {
  const text = [
    'machine pypi.corp.example login alice password first',
    '# comment line',
    'machine pypi.corp.example',
    '  login alice',
    '  password "two words"',
    'macdef init',
    'cd /pub',
    '',
    'default login anon password guest',
  ].join('\n');

  it('matches by host name ignoring port, last entry wins, default as fallback', () => {
    const n = parseNetrc(text);
    expect(netrcFor(n, 'https://pypi.corp.example:8443/simple')).toEqual({ login: 'alice', password: 'two words' });
    expect(netrcFor(n, 'https://other.example/simple')).toEqual({ login: 'anon', password: 'guest' });
  });

  it('throws on junk without quoting the secret', () => {
    expect(() => parseNetrc('machine h login u password my secret')).toThrow(/keyword/);
    expect(() => parseNetrc('machine h login u password my secret')).not.toThrow(/secret/);
    expect(() => parseNetrc('bogus')).toThrow();
  });
});
