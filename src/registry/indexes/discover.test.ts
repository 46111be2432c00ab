import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverIndexes } from './discover.js';
import type { DiscoverOptions, DiscoveryResult, IndexSetting } from './types.js';

/** A throwaway tree with home/, project/ and etc/ so tests never touch the real home or /etc. */
export interface Sandbox {
  root: string;
  home: string;
  project: string;
  etc: string;
  write(path: string, text: string): string;
  cleanup(): void;
}

export function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'cockpit-registry-'));
  const home = join(root, 'home');
  const project = join(root, 'project');
  const etc = join(root, 'etc');
  for (const d of [home, project, etc]) mkdirSync(d, { recursive: true });
  // Anchor npm's project lookup here rather than in some ancestor of the temp folder.
  writeFileSync(join(project, 'package.json'), '{}');
  return {
    root,
    home,
    project,
    etc,
    write(path, text) {
      const full = join(root, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      return full;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every way a caller might print or persist the result must be free of the secrets. */
export function expectNoSecrets(result: DiscoveryResult, secrets: string[]): void {
  const views = [
    JSON.stringify(result),
    JSON.stringify(result.credentials),
    inspect(result, { depth: 20 }),
    String(result.credentials),
    result.warnings.join('\n'),
    JSON.stringify(structuredClone({ indexes: result.indexes, warnings: result.warnings })),
  ];
  for (const view of views) for (const secret of secrets) expect(view).not.toContain(secret);
}

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

const run = (extra: Partial<DiscoverOptions> = {}) =>
  discoverIndexes({ cwd: sb.project, home: sb.home, env: {}, systemConfigDir: sb.etc, ...extra });
const pick = (indexes: IndexSetting[], ecosystem: 'pypi' | 'npm') =>
  indexes.filter((i) => i.ecosystem === ecosystem).map(({ role, url, origin, scope }) => ({ role, url, origin, ...(scope ? { scope } : {}) }));

describe('defaults', () => {
  it('falls back to PyPI and the npm registry when nothing is configured', () => {
    const r = run();
    expect(r.indexes).toEqual([
      { ecosystem: 'pypi', role: 'primary', url: 'https://pypi.org/simple', hasCredentials: false, origin: 'default', tool: 'default' },
      { ecosystem: 'npm', role: 'primary', url: 'https://registry.npmjs.org/', hasCredentials: false, origin: 'default', tool: 'default' },
    ]);
    expect(r.warnings).toEqual([]);
    expect(r.credentials.size).toBe(0);
  });
});

describe('pip', () => {
  const userConf = () => join(sb.home, '.config/pip/pip.conf');

  it('reads the user file with a multi-line extra-index-url', () => {
    sb.write('home/.config/pip/pip.conf', '[global]\nindex-url = https://user.example/simple\nextra-index-url =\n  https://x1.example/simple\n  https://x2.example/simple\n');
    expect(pick(run().indexes, 'pypi')).toEqual([
      { role: 'primary', url: 'https://user.example/simple', origin: `${userConf()} [global] index-url` },
      { role: 'extra', url: 'https://x1.example/simple', origin: `${userConf()} [global] extra-index-url #1` },
      { role: 'extra', url: 'https://x2.example/simple', origin: `${userConf()} [global] extra-index-url #2` },
    ]);
  });

  it('orders files global < legacy user < user < site < PIP_CONFIG_FILE, replacing keys instead of accumulating', () => {
    sb.write('etc/pip.conf', '[global]\nindex-url = https://global.example/simple\nextra-index-url = https://global-extra.example/simple\n');
    sb.write('home/.pip/pip.conf', '[global]\nindex-url = https://legacy.example/simple\n');
    sb.write('home/.config/pip/pip.conf', '[global]\nindex-url = https://user.example/simple\n');
    expect(pick(run().indexes, 'pypi').map((i) => i.url)).toEqual(['https://user.example/simple', 'https://global-extra.example/simple']);

    const venv = join(sb.root, 'venv');
    sb.write('venv/pip.conf', '[global]\nextra-index-url = https://site-extra.example/simple\n');
    expect(pick(run({ virtualEnv: venv }).indexes, 'pypi').map((i) => i.url)).toEqual([
      'https://user.example/simple',
      'https://site-extra.example/simple',
    ]);
    // VIRTUAL_ENV from the environment works the same way.
    expect(pick(run({ env: { VIRTUAL_ENV: venv } }).indexes, 'pypi')[1]?.url).toBe('https://site-extra.example/simple');
  });

  it('lets an [install] key in any file beat a [global] key, as pip resolves sections after merging files', () => {
    sb.write('etc/pip.conf', '[install]\nindex-url = https://org-install.example/simple\n');
    sb.write('home/.config/pip/pip.conf', '[global]\nindex_url = https://user-global.example/simple\n');
    expect(pick(run().indexes, 'pypi')[0]).toEqual({
      role: 'primary',
      url: 'https://org-install.example/simple',
      origin: `${join(sb.etc, 'pip.conf')} [install] index-url`,
    });
  });

  it('skips the user files when PIP_CONFIG_FILE names an existing file, and loads that file last', () => {
    sb.write('home/.config/pip/pip.conf', '[global]\nextra-index-url = https://user-extra.example/simple\n');
    sb.write('etc/pip.conf', '[global]\nindex-url = https://global.example/simple\n');
    const explicit = sb.write('ci/pip.conf', '[global]\nindex-url = https://ci.example/simple\n');
    expect(pick(run({ env: { PIP_CONFIG_FILE: explicit } }).indexes, 'pypi')).toEqual([
      { role: 'primary', url: 'https://ci.example/simple', origin: `${explicit} [global] index-url` },
    ]);
  });

  it('reads no file at all when PIP_CONFIG_FILE is /dev/null', () => {
    sb.write('home/.config/pip/pip.conf', '[global]\nindex-url = https://user.example/simple\n');
    expect(pick(run({ env: { PIP_CONFIG_FILE: '/dev/null' } }).indexes, 'pypi')[0]?.origin).toBe('default');
  });

  it('lets PIP_INDEX_URL / PIP_EXTRA_INDEX_URL (space-separated) replace file values', () => {
    sb.write('home/.config/pip/pip.conf', '[global]\nindex-url = https://user.example/simple\nextra-index-url = https://file-extra.example/simple\n');
    const r = run({ env: { PIP_INDEX_URL: 'https://env.example/simple', PIP_EXTRA_INDEX_URL: 'https://e1.example/simple https://e2.example/simple' } });
    expect(pick(r.indexes, 'pypi')).toEqual([
      { role: 'primary', url: 'https://env.example/simple', origin: 'env PIP_INDEX_URL' },
      { role: 'extra', url: 'https://e1.example/simple', origin: 'env PIP_EXTRA_INDEX_URL #1' },
      { role: 'extra', url: 'https://e2.example/simple', origin: 'env PIP_EXTRA_INDEX_URL #2' },
    ]);
  });

  it('lets flags replace the primary and add extras on top of configured ones (pip #6394)', () => {
    sb.write('home/.config/pip/pip.conf', '[global]\nextra-index-url = https://file-extra.example/simple\n');
    const r = run({
      env: { PIP_INDEX_URL: 'https://env.example/simple' },
      flags: { indexUrl: 'https://flag.example/simple', extraIndexUrls: ['https://flag-extra.example/simple'] },
    });
    expect(pick(r.indexes, 'pypi')).toEqual([
      { role: 'primary', url: 'https://flag.example/simple', origin: 'flag --index-url' },
      { role: 'extra', url: 'https://flag-extra.example/simple', origin: 'flag --extra-index-url' },
      { role: 'extra', url: 'https://file-extra.example/simple', origin: `${userConf()} [global] extra-index-url` },
    ]);
  });

  it('puts cockpit.yaml registries between flags and tool configuration', () => {
    sb.write('home/.config/pip/pip.conf', '[global]\nindex-url = https://user.example/simple\n');
    const r = run({ cockpitRegistries: { pypi: { 'index-url': 'https://cockpit.example/simple', 'extra-index-urls': ['https://ce.example/simple'] } } });
    expect(pick(r.indexes, 'pypi')).toEqual([
      { role: 'primary', url: 'https://cockpit.example/simple', origin: 'cockpit.yaml registries.pypi.index-url' },
      { role: 'extra', url: 'https://ce.example/simple', origin: 'cockpit.yaml registries.pypi.extra-index-urls[0]' },
    ]);
    expect(pick(run({ cockpitRegistries: { pypi: 'https://c.example/simple' }, flags: { indexUrl: 'https://f.example/simple' } }).indexes, 'pypi')[0]?.origin).toBe(
      'flag --index-url',
    );
  });

  it('warns about and ignores a file pip would refuse, without quoting it', () => {
    const bad = sb.write('home/.config/pip/pip.conf', 'index-url = https://alice:FILESECRET@x.example/simple\n[global]\n');
    sb.write('home/.pip/pip.conf', '[global]\nindex-url = https://legacy.example/simple\n[global]\n');
    const r = run();
    expect(pick(r.indexes, 'pypi')[0]?.origin).toBe('default');
    expect(r.warnings).toEqual([
      `${join(sb.home, '.pip/pip.conf')}: line 3: duplicate section [global]; pip refuses to load such a file, so it was ignored`,
      `${bad}: line 1: option before any [section]; pip refuses to load such a file, so it was ignored`,
    ]);
    expectNoSecrets(r, ['FILESECRET']);
  });

  it('drops pip indexes when no-index is set', () => {
    sb.write('home/.config/pip/pip.conf', '[global]\nindex-url = https://user.example/simple\nno-index = true\n');
    const r = run();
    expect(pick(r.indexes, 'pypi')).toEqual([]);
    expect(r.warnings[0]).toMatch(/no-index is set/);
  });
});

describe('uv', () => {
  it('reads project uv.toml before the user file, concatenating indexes and taking the project default', () => {
    sb.write('project/uv.toml', '[[index]]\nname = "internal"\nurl = "https://internal.example/simple"\n\n[[index]]\nurl = "https://proj-default.example/simple"\ndefault = true\n');
    sb.write('home/.config/uv/uv.toml', 'index-url = "https://user-default.example/simple"\nextra-index-url = ["https://user-extra.example/simple"]\n[[index]]\nname = "internal"\nurl = "https://shadowed.example/simple"\n');
    const p = join(sb.project, 'uv.toml');
    const u = join(sb.home, '.config/uv/uv.toml');
    expect(pick(run().indexes, 'pypi')).toEqual([
      { role: 'primary', url: 'https://proj-default.example/simple', origin: `${p} index[1]` },
      { role: 'extra', url: 'https://internal.example/simple', origin: `${p} index[0]` },
      { role: 'extra', url: 'https://user-extra.example/simple', origin: `${u} extra-index-url[0]` },
    ]);
  });

  it('reads [tool.uv] from pyproject.toml, found from a subfolder', () => {
    sb.write('project/pyproject.toml', '[project]\nname = "x"\n[tool.uv]\nindex-url = "https://py.example/simple"\n');
    const sub = join(sb.project, 'src', 'pkg');
    sb.write('project/src/pkg/.keep', '');
    expect(pick(run({ cwd: sub }).indexes, 'pypi')).toEqual([
      { role: 'primary', url: 'https://py.example/simple', origin: `${join(sb.project, 'pyproject.toml')} tool.uv.index-url` },
    ]);
  });

  it('lets UV_DEFAULT_INDEX / UV_INDEX_URL replace the default and puts UV_INDEX / UV_EXTRA_INDEX_URL first', () => {
    sb.write('project/uv.toml', 'index-url = "https://file.example/simple"\nextra-index-url = ["https://file-extra.example/simple"]\n');
    const r = run({
      env: { UV_DEFAULT_INDEX: 'https://env-default.example/simple', UV_INDEX_URL: 'https://older.example/simple', UV_INDEX: 'torch=https://torch.example/whl https://anon.example/simple', UV_EXTRA_INDEX_URL: 'https://ex.example/simple' },
    });
    expect(pick(r.indexes, 'pypi')).toEqual([
      { role: 'primary', url: 'https://env-default.example/simple', origin: 'env UV_DEFAULT_INDEX' },
      { role: 'extra', url: 'https://torch.example/whl', origin: 'env UV_INDEX #1' },
      { role: 'extra', url: 'https://anon.example/simple', origin: 'env UV_INDEX #2' },
      { role: 'extra', url: 'https://ex.example/simple', origin: 'env UV_EXTRA_INDEX_URL' },
      { role: 'extra', url: 'https://file-extra.example/simple', origin: `${join(sb.project, 'uv.toml')} extra-index-url[0]` },
    ]);
    expect(pick(run({ env: { UV_INDEX_URL: 'https://older.example/simple' } }).indexes, 'pypi')[0]?.origin).toBe('env UV_INDEX_URL');
  });

  it('honours UV_NO_CONFIG and UV_CONFIG_FILE', () => {
    sb.write('project/uv.toml', 'index-url = "https://file.example/simple"\n');
    const alt = sb.write('alt/uv.toml', 'index-url = "https://alt.example/simple"\n');
    expect(pick(run({ env: { UV_NO_CONFIG: '1' } }).indexes, 'pypi')[0]?.origin).toBe('default');
    expect(pick(run({ env: { UV_CONFIG_FILE: alt } }).indexes, 'pypi')[0]?.url).toBe('https://alt.example/simple');
  });

  it('lists pip and uv primaries side by side when both are configured', () => {
    sb.write('home/.config/pip/pip.conf', '[global]\nindex-url = https://pip.example/simple\n');
    sb.write('project/uv.toml', 'extra-index-url = ["https://uv-extra.example/simple"]\n');
    expect(run().indexes.filter((i) => i.ecosystem === 'pypi').map((i) => [i.tool, i.role, i.url, i.origin])).toEqual([
      ['pip', 'primary', 'https://pip.example/simple', `${join(sb.home, '.config/pip/pip.conf')} [global] index-url`],
      ['uv', 'primary', 'https://pypi.org/simple', 'default (uv: no default index configured)'],
      ['uv', 'extra', 'https://uv-extra.example/simple', `${join(sb.project, 'uv.toml')} extra-index-url[0]`],
    ]);
  });

  it('takes named-index credentials from UV_INDEX_<NAME>_USERNAME/PASSWORD', () => {
    sb.write('project/uv.toml', '[[index]]\nname = "my-corp"\nurl = "https://corp.example/simple"\n');
    const r = run({ env: { UV_INDEX_MY_CORP_USERNAME: 'bot', UV_INDEX_MY_CORP_PASSWORD: 'UVSECRET' } });
    const corp = r.indexes.find((i) => i.url === 'https://corp.example/simple');
    expect(corp).toMatchObject({ hasCredentials: true, credentialSource: 'env UV_INDEX_MY_CORP_PASSWORD' });
    expect(r.credentials.get(corp!)).toEqual({ kind: 'basic', username: 'bot', password: 'UVSECRET', source: 'env UV_INDEX_MY_CORP_PASSWORD' });
    expectNoSecrets(r, ['UVSECRET']);
  });

  it('warns on broken TOML without quoting the line', () => {
    const p = sb.write('project/uv.toml', 'index-url = "https://u:TOMLSECRET@x.example/simple\n');
    const r = run();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid TOML at line 1`));
    expectNoSecrets(r, ['TOMLSECRET']);
  });
});

describe('credentials for Python indexes', () => {
  it('splits credentials out of URLs and records the source', () => {
    const r = run({ env: { PIP_INDEX_URL: 'https://alice:URLSECRET@pypi.corp.example/simple' } });
    const idx = r.indexes[0]!;
    expect(idx).toMatchObject({ url: 'https://pypi.corp.example/simple', hasCredentials: true, credentialSource: 'url', origin: 'env PIP_INDEX_URL' });
    expect(r.credentials.get(idx)).toEqual({ kind: 'basic', username: 'alice', password: 'URLSECRET', source: 'url' });
    expectNoSecrets(r, ['URLSECRET']);
  });

  it('matches ~/.netrc by host (machine, then default) when the URL carries none', () => {
    sb.write('home/.netrc', 'machine pypi.corp.example login bob password NETRCSECRET\ndefault login anon password DEFAULTSECRET\n');
    const r = run({ env: { PIP_INDEX_URL: 'https://pypi.corp.example:8443/simple', PIP_EXTRA_INDEX_URL: 'https://other.example/simple https://carol:OWN@third.example/simple' } });
    const [main, other, third] = r.indexes;
    expect(main).toMatchObject({ hasCredentials: true, credentialSource: '.netrc' });
    expect(r.credentials.get(main!)).toMatchObject({ username: 'bob', password: 'NETRCSECRET' });
    expect(r.credentials.get(other!)).toMatchObject({ username: 'anon', password: 'DEFAULTSECRET' });
    expect(third).toMatchObject({ credentialSource: 'url', url: 'https://third.example/simple' });
    // npm does not read .netrc.
    expect(r.indexes.find((i) => i.ecosystem === 'npm')?.hasCredentials).toBe(false);
    expectNoSecrets(r, ['NETRCSECRET', 'DEFAULTSECRET', 'OWN']);
  });

  it('uses $NETRC when set and ignores an unparsable netrc with a warning', () => {
    const alt = sb.write('alt/netrc', 'machine pypi.corp.example login x password ALTSECRET\n');
    const r = run({ env: { NETRC: alt, PIP_INDEX_URL: 'https://pypi.corp.example/simple' } });
    expect(r.indexes[0]?.credentialSource).toBe('.netrc');
    sb.write('home/.netrc', 'machine pypi.corp.example login x password BROKEN SECRET2 here\n');
    const broken = run({ env: { PIP_INDEX_URL: 'https://pypi.corp.example/simple' } });
    expect(broken.indexes[0]?.hasCredentials).toBe(false);
    expect(broken.warnings[0]).toMatch(/\.netrc: .*ignored/);
    expectNoSecrets(broken, ['BROKEN', 'SECRET2']);
  });
});

describe('npm', () => {
  it('reads registry and scoped registries with nerf-darted tokens and ${VAR} expansion', () => {
    sb.write(
      'project/.npmrc',
      ['registry=https://npm.corp.example/repo/npm/', '@acme:registry=https://acme.example/npm/', '//npm.corp.example/repo/:_authToken=${CORP_TOKEN}', '//acme.example/:_authToken=ACMESECRET'].join('\n'),
    );
    const r = run({ env: { CORP_TOKEN: 'CORPSECRET' } });
    const npm = r.indexes.filter((i) => i.ecosystem === 'npm');
    expect(npm).toEqual([
      { ecosystem: 'npm', role: 'primary', url: 'https://npm.corp.example/repo/npm/', hasCredentials: true, credentialSource: 'project .npmrc _authToken', origin: 'project .npmrc line 1', tool: 'npm' },
      { ecosystem: 'npm', role: 'scoped', scope: '@acme', url: 'https://acme.example/npm/', hasCredentials: true, credentialSource: 'project .npmrc _authToken', origin: 'project .npmrc line 2', tool: 'npm' },
    ]);
    expect(r.credentials.authorizationHeader(npm[0]!)).toBe('Bearer CORPSECRET');
    expect(r.credentials.authorizationHeader(npm[1]!)).toBe('Bearer ACMESECRET');
    expectNoSecrets(r, ['CORPSECRET', 'ACMESECRET']);
  });

  it('orders env npm_config_* > project .npmrc > user .npmrc, per key', () => {
    sb.write('project/.npmrc', 'registry=https://project.example/\n');
    sb.write('home/.npmrc', 'registry=https://user.example/\n@u:registry=https://user-scope.example/\n//project.example/:_authToken=USERTOKEN\n');
    const fromFiles = run();
    expect(pick(fromFiles.indexes, 'npm')).toEqual([
      { role: 'primary', url: 'https://project.example/', origin: 'project .npmrc line 1' },
      { role: 'scoped', scope: '@u', url: 'https://user-scope.example/', origin: 'user .npmrc line 2' },
    ]);
    expect(fromFiles.indexes.find((i) => i.url === 'https://project.example/')?.credentialSource).toBe('user .npmrc _authToken');
    const fromEnv = run({ env: { NPM_CONFIG_REGISTRY: 'https://env.example/' } });
    expect(pick(fromEnv.indexes, 'npm')[0]).toEqual({ role: 'primary', url: 'https://env.example/', origin: 'env NPM_CONFIG_REGISTRY' });
    expectNoSecrets(fromFiles, ['USERTOKEN']);
  });

  it('lets flags and cockpit.yaml override npm configuration, keeping .npmrc auth for the host', () => {
    sb.write('home/.npmrc', 'registry=https://user.example/\n//cockpit.example/:_authToken=CKSECRET\n@acme:registry=https://acme-user.example/\n');
    const r = run({ cockpitRegistries: { npm: { registry: 'https://cockpit.example/', scopes: { '@acme': 'https://acme-cockpit.example/' } } } });
    expect(pick(r.indexes, 'npm')).toEqual([
      { role: 'primary', url: 'https://cockpit.example/', origin: 'cockpit.yaml registries.npm.registry' },
      { role: 'scoped', scope: '@acme', url: 'https://acme-cockpit.example/', origin: 'cockpit.yaml registries.npm.scopes.@acme' },
    ]);
    expect(r.indexes.find((i) => i.url === 'https://cockpit.example/')?.hasCredentials).toBe(true);
    expect(pick(run({ flags: { npmRegistry: 'https://flag.example/' } }).indexes, 'npm')[0]?.origin).toBe('flag --registry');
  });

  it('supports _auth, username/_password and the legacy unscoped form (with a warning)', () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    sb.write(
      'project/.npmrc',
      [
        '@a:registry=https://a.example/',
        '@b:registry=https://b.example/',
        `//a.example/:_auth=${b64('ann:AUTHSECRET')}`,
        '//b.example/:username=ben',
        `//b.example/:_password=${b64('PWSECRET')}`,
        `_authToken=LEGACYSECRET`,
      ].join('\n'),
    );
    const r = run();
    const byScope = (s: string) => r.indexes.find((i) => i.scope === s)!;
    expect(r.credentials.get(byScope('@a'))).toMatchObject({ kind: 'basic', username: 'ann', password: 'AUTHSECRET', source: 'project .npmrc _auth' });
    expect(r.credentials.get(byScope('@b'))).toMatchObject({ kind: 'basic', username: 'ben', password: 'PWSECRET', source: 'project .npmrc username/_password' });
    const primary = r.indexes.find((i) => i.ecosystem === 'npm' && i.role === 'primary')!;
    expect(primary).toMatchObject({ url: 'https://registry.npmjs.org/', hasCredentials: true, credentialSource: 'project .npmrc _authToken' });
    expect(r.warnings.some((w) => w.includes('unscoped auth'))).toBe(true);
    expectNoSecrets(r, ['AUTHSECRET', 'PWSECRET', 'LEGACYSECRET', b64('ann:AUTHSECRET'), b64('PWSECRET')]);
  });

  it('uses the longest matching path prefix and does not leak a token to another host', () => {
    sb.write('project/.npmrc', ['registry=https://h.example/a/b/', '//h.example/:_authToken=ROOTTOKEN', '//h.example/a/:_authToken=DEEPTOKEN', '@x:registry=https://elsewhere.example/'].join('\n'));
    const r = run();
    expect(r.credentials.authorizationHeader(r.indexes.find((i) => i.url === 'https://h.example/a/b/')!)).toBe('Bearer DEEPTOKEN');
    expect(r.indexes.find((i) => i.scope === '@x')?.hasCredentials).toBe(false);
  });

  it('warns about unset ${VAR} and treats the unexpanded token as no credential', () => {
    sb.write('project/.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n=oops\n[section]\nx=y\n');
    const r = run();
    expect(r.indexes.find((i) => i.ecosystem === 'npm')?.hasCredentials).toBe(false);
    const p = join(sb.project, '.npmrc');
    expect(r.warnings).toEqual([
      `project .npmrc (${p}): \${NPM_TOKEN} is not set in the environment; left unexpanded`,
      `project .npmrc (${p}) line 2: not a "key=value" line; ignored`,
      `project .npmrc (${p}) line 3: [section] keys are not npm settings; ignored`,
    ]);
  });

  it('finds the project .npmrc from a subfolder and honours npm_config_userconfig', () => {
    sb.write('project/.npmrc', '@p:registry=https://p.example/\n');
    sb.write('project/src/deep/.keep', '');
    const alt = sb.write('alt/npmrc', 'registry=https://alt-user.example/\n');
    const r = run({ cwd: join(sb.project, 'src', 'deep'), env: { npm_config_userconfig: alt } });
    expect(pick(r.indexes, 'npm').map((i) => i.url)).toEqual(['https://alt-user.example/', 'https://p.example/']);
  });

  it('takes credentials embedded in the registry URL', () => {
    const r = run({ flags: { npmRegistry: 'https://u:NPMURLSECRET@npm.corp.example/' } });
    const idx = r.indexes.find((i) => i.ecosystem === 'npm')!;
    expect(idx).toMatchObject({ url: 'https://npm.corp.example/', credentialSource: 'url' });
    expectNoSecrets(r, ['NPMURLSECRET']);
  });
});

describe('cockpit.yaml registries', () => {
  it('warns on shapes it does not understand', () => {
    const r = run({ cockpitRegistries: { pypi: 42, npm: { registry: ['x'], scopes: { nope: 'https://x.example/' } }, cargo: 'https://c.example' } });
    expect(r.warnings).toEqual([
      'cockpit.yaml registries.pypi: expected a URL, a list or a map; ignored',
      'cockpit.yaml registries.npm.registry: expected a URL; ignored',
      'cockpit.yaml registries.npm.scopes.nope: expected a key like @scope; ignored',
      'cockpit.yaml registries.cargo: unknown key (expected pypi, npm, mirrors, private or best-effort); ignored',
    ]);
  });

  it('reads private name patterns and best-effort, and warns on wrong shapes', () => {
    const r = run({ cockpitRegistries: { private: ['@acme', 'acme-*', 7], 'best-effort': true } });
    expect(r.privateNames).toEqual(['@acme', 'acme-*']);
    expect(r.bestEffort).toBe(true);
    expect(r.warnings).toEqual(['cockpit.yaml registries.private[2]: expected a package name pattern; ignored']);
    const wrong = run({ cockpitRegistries: { private: { acme: true }, 'best-effort': 'yes' } });
    expect(wrong.privateNames).toEqual([]);
    expect(wrong.bestEffort).toBe(false);
    expect(wrong.warnings).toEqual([
      'cockpit.yaml registries.private: expected a list of package name patterns (@scope, @scope/*, name-*); ignored',
      'cockpit.yaml registries.best-effort: expected true or false; ignored',
    ]);
  });

  it('accepts a list for pypi (first is primary) and a bare URL for npm', () => {
    const r = run({ cockpitRegistries: { pypi: ['https://p.example/simple', 'https://q.example/simple'], npm: 'https://n.example/' } });
    expect(pick(r.indexes, 'pypi').map((i) => [i.role, i.url, i.origin])).toEqual([
      ['primary', 'https://p.example/simple', 'cockpit.yaml registries.pypi[0]'],
      ['extra', 'https://q.example/simple', 'cockpit.yaml registries.pypi[1]'],
    ]);
    expect(pick(r.indexes, 'npm')[0]?.origin).toBe('cockpit.yaml registries.npm');
  });
});

describe('end-to-end redaction', () => {
  it('returns no secret anywhere across every source at once', () => {
    sb.write('home/.config/pip/pip.conf', '[global]\nindex-url = https://a:PIPFILESECRET@p.example/simple\n');
    sb.write('project/uv.toml', 'extra-index-url = ["https://tokenonly_UVTOKEN@u.example/simple"]\n');
    sb.write('home/.netrc', 'default login d password NETRC_DEFAULT\n');
    sb.write('project/.npmrc', '//registry.npmjs.org/:_authToken=NPMFILETOKEN\n@s:registry=https://x:SCOPEURLSECRET@s.example/\n');
    const r = run({ env: { PIP_EXTRA_INDEX_URL: 'https://e:ENVSECRET@e.example/simple' }, flags: { extraIndexUrls: ['not a url with FLAGSECRET@'] } });
    expect(r.credentials.size).toBeGreaterThanOrEqual(5);
    expect(r.warnings).toContain('flag --extra-index-url: not a valid URL (kept as written)');
    expectNoSecrets(r, ['PIPFILESECRET', 'UVTOKEN', 'NETRC_DEFAULT', 'NPMFILETOKEN', 'SCOPEURLSECRET', 'ENVSECRET']);
    expect(JSON.stringify(r.warnings)).not.toContain('FLAGSECRET');
  });
});
