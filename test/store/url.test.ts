import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectFailure } from '../../src/store/postgres/connection.js';
import { isStoreUrl, redactStoreUrl, storeConnection } from '../../src/store/url.js';
import { CockpitError } from '../../src/util/errors.js';

/** Store URLs read the way libpq reads them: URL, then PG* variables, then defaults; the password never shows. */

let dir = '';
let caFile = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cockpit-url-'));
  caFile = path.join(dir, 'ca.pem');
  await writeFile(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('store URLs', () => {
  it('recognises postgres:// and postgresql:// only', () => {
    expect(isStoreUrl('postgres://db/fleet')).toBe(true);
    expect(isStoreUrl('POSTGRESQL://db/fleet')).toBe(true);
    expect(isStoreUrl('.cockpit/evidence_lake')).toBe(false);
    expect(isStoreUrl('mysql://db/fleet')).toBe(false);
  });

  it('takes host, port, user, password and database from the URL, decoded', () => {
    // cockpit: ignore[secret/*] a made-up password: the parsing is what is tested
    const { config, label } = storeConnection('postgres://ci%40corp:p%40ss%2Fw0rd@db.example:6543/fleet', {});
    // cockpit: ignore[secret/*] the same made-up password, decoded
    expect(config).toMatchObject({ host: 'db.example', port: 6543, user: 'ci@corp', password: 'p@ss/w0rd', database: 'fleet' });
    expect(label).toBe('postgres://ci%40corp:****@db.example:6543/fleet');
  });

  it('fills what the URL leaves out from PG* variables, and the URL wins over them', () => {
    const env = { PGHOST: 'env-host', PGPORT: '5544', PGUSER: 'env-user', PGPASSWORD: 'env-secret', PGDATABASE: 'env-db' };
    expect(storeConnection('postgres://', env).config).toMatchObject({ host: 'env-host', port: 5544, user: 'env-user', password: 'env-secret', database: 'env-db' });
    // cockpit: ignore[secret/*] a made-up password: precedence is what is tested
    expect(storeConnection('postgres://url-user:url-secret@url-host:7000/url-db', env).config).toMatchObject({
      host: 'url-host',
      port: 7000,
      user: 'url-user',
      password: 'url-secret',
      database: 'url-db',
    });
    // libpq's defaults: localhost, 5432, the login user, the database named like the user.
    expect(storeConnection('postgres://', { USER: 'alice' }).config).toMatchObject({ host: 'localhost', port: 5432, user: 'alice', database: 'alice' });
  });

  it('labels a password from PGPASSWORD as masked too, and a URL without one plainly', () => {
    expect(storeConnection('postgres://cockpit@db/fleet', { PGPASSWORD: 'hunter2' }).label).toBe('postgres://cockpit:****@db:5432/fleet');
    expect(storeConnection('postgres://cockpit@db/fleet', {}).label).toBe('postgres://cockpit@db:5432/fleet');
    expect(storeConnection('postgres://cockpit@[::1]:5433/fleet', {}).label).toBe('postgres://cockpit@[::1]:5433/fleet');
    expect(storeConnection('postgres://cockpit@/fleet?host=/var/run/postgresql', {}).label).toBe('postgres://cockpit@/fleet?host=/var/run/postgresql&port=5432');
  });

  it('maps sslmode to TLS options the way libpq means them', () => {
    expect(storeConnection('postgres://db/x?sslmode=disable', {}).config.ssl).toBe(false);
    expect(storeConnection('postgres://db/x', {}).config.ssl).toEqual({ rejectUnauthorized: false });
    expect(storeConnection('postgres://db/x', {}).sslMode).toBe('prefer');
    expect(storeConnection('postgres://db/x?sslmode=require', {}).config.ssl).toEqual({ rejectUnauthorized: false });
    // require with a root certificate is verify-ca, as in libpq.
    const requireWithCa = storeConnection(`postgres://db/x?sslmode=require&sslrootcert=${caFile}`, {}).config.ssl;
    expect(requireWithCa).toMatchObject({ rejectUnauthorized: true, ca: expect.stringContaining('BEGIN CERTIFICATE') });
    expect(typeof (requireWithCa as { checkServerIdentity?: unknown }).checkServerIdentity).toBe('function');
    expect(storeConnection('postgres://db.example/x?sslmode=verify-full', { PGSSLROOTCERT: caFile }).config.ssl).toEqual({
      rejectUnauthorized: true,
      ca: expect.stringContaining('BEGIN CERTIFICATE'),
      servername: 'db.example',
    });
    // Node's trusted CAs, as libpq's sslrootcert=system (which also implies verify-full).
    expect(storeConnection('postgres://db.example/x?sslrootcert=system', {})).toMatchObject({ sslMode: 'verify-full', config: { ssl: { rejectUnauthorized: true, servername: 'db.example' } } });
    expect(storeConnection('postgres://db/x', { PGSSLMODE: 'verify-full' }).sslMode).toBe('verify-full');
    expect(storeConnection('postgres://db/x?sslmode=disable', { PGSSLMODE: 'verify-full' }).sslMode).toBe('disable');
  });

  it('honours connect_timeout, application_name, options and channel_binding', () => {
    const { config } = storeConnection('postgres://db/x?connect_timeout=3&application_name=nightly&options=-c%20search_path%3Dfleet&channel_binding=require', {});
    expect(config).toMatchObject({ connectionTimeoutMillis: 3000, application_name: 'nightly', options: '-c search_path=fleet', enableChannelBinding: true });
    expect(storeConnection('postgres://db/x', { PGCONNECT_TIMEOUT: '7', PGAPPNAME: 'ci' }).config).toMatchObject({ connectionTimeoutMillis: 7000, application_name: 'ci' });
  });

  it('rejects what it cannot honour with one line that never shows the password', () => {
    const cases: Array<[string, NodeJS.ProcessEnv, RegExp]> = [
      ['postgres://u:topsecret@db/x?sslmode=sometimes', {}, /sslmode 'sometimes' is not one of disable, allow, prefer, require, verify-ca, verify-full/],
      ['postgres://u:topsecret@db/x?sslmode=verify-ca', {}, /sslmode=verify-ca needs a root certificate/],
      ['postgres://u:topsecret@db:99999999999999999999/x', {}, /not a valid URL/],
      ['postgres://u:topsecret@db/x?connect_timeout=soon', {}, /connect_timeout 'soon' is not a positive whole number/],
      ['postgres://u:topsecret@a,b/x', {}, /several hosts/],
      ['postgres://u:topsecret@db/x?sslmode=require&sslrootcert=/nonexistent/ca.pem', {}, /sslrootcert \/nonexistent\/ca.pem: cannot be read \(ENOENT\)/],
    ];
    for (const [url, env, message] of cases) {
      let error: unknown;
      try {
        storeConnection(url, env);
      } catch (caught) {
        error = caught;
      }
      expect(error, url).toBeInstanceOf(CockpitError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('topsecret');
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('redacts passwords in URLs that do not even parse', () => {
    expect(redactStoreUrl('postgres://ci:pa/ss@word@db:5432/fleet')).toBe('postgres://ci:****@db:5432/fleet');
    expect(redactStoreUrl('postgres://ci@db/fleet')).toBe('postgres://ci@db/fleet');
    expect(redactStoreUrl('postgres://db/fleet?user=ci&password=hunter2&sslmode=require')).toBe('postgres://db/fleet?user=ci&password=****&sslmode=require');
    expect(redactStoreUrl('postgres://db/fleet')).toBe('postgres://db/fleet');
  });

  it('explains connection failures in a few words, naming the store without its password', () => {
    const connection = storeConnection('postgres://cockpit:hunter2@db.example:5432/fleet', {});
    const refused = Object.assign(new AggregateError([Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:5432'), { code: 'ECONNREFUSED' })], ''), {});
    expect(connectFailure(refused, connection)).toBe('postgres://cockpit:****@db.example:5432/fleet: cannot connect (ECONNREFUSED)');
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND db.example'), { code: 'ENOTFOUND' });
    expect(connectFailure(dns, connection)).toBe('postgres://cockpit:****@db.example:5432/fleet: cannot connect (ENOTFOUND)');
    expect(connectFailure(new Error('timeout expired'), connection)).toBe('postgres://cockpit:****@db.example:5432/fleet: cannot connect (timed out after 10 s)');
    const tls = Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(connectFailure(tls, connection)).toMatch(/cannot connect \(TLS: self-signed certificate; set sslrootcert=FILE or PGSSLROOTCERT/);
    // Belt and braces: a driver message that echoed the password would still be masked.
    expect(connectFailure(new Error('role "cockpit" with password hunter2 rejected'), connection)).not.toContain('hunter2');
  });
});
