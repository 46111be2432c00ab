import { EventEmitter } from 'node:events';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { guardPool, storeError } from './connection.js';

/** Just enough of pg.Client for pg.Pool to hand it out: connects at once, answers every query. */
class FakeClient extends EventEmitter {
  connect(callback: (error?: Error) => void): void {
    setImmediate(() => callback());
  }
  query(): Promise<{ rows: unknown[] }> {
    return Promise.resolve({ rows: [] });
  }
  end(callback?: () => void): Promise<void> {
    callback?.();
    return Promise.resolve();
  }
}

const fakePool = () => new pg.Pool({ Client: FakeClient as unknown as typeof pg.Client });

describe('guardPool', () => {
  it('shows the crash it prevents: a checked-out client of a bare pool throws on a lost connection', async () => {
    const pool = fakePool();
    const client = await pool.connect();
    // No listener while checked out: Node turns the 'error' event into a throw (in pg, an uncaught exception, exit 1).
    expect(() => client.emit('error', new Error('Connection terminated unexpectedly'))).toThrow('Connection terminated unexpectedly');
    client.release(true);
    await pool.end();
  });

  it('gives every client an error listener, checked out or idle', async () => {
    const pool = fakePool();
    guardPool(pool);
    const client = await pool.connect();
    expect(() => client.emit('error', new Error('Connection terminated unexpectedly'))).not.toThrow();
    client.release();
    const idle = await pool.connect();
    idle.release();
    expect(() => idle.emit('error', new Error('Connection terminated unexpectedly'))).not.toThrow();
    expect(() => pool.emit('error', new Error('idle client lost'), idle)).not.toThrow();
    await pool.end();
  });
});

describe('storeError', () => {
  it('words a lost connection as such, in one line naming the store', () => {
    const label = 'postgres://cockpit:****@db:5432/fleet';
    expect(storeError(label, new Error('Connection terminated unexpectedly')).message).toBe(`${label}: lost the connection to the database (Connection terminated unexpectedly)`);
    const killed = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(storeError(label, killed).message).toBe(`${label}: lost the connection to the database (terminating connection due to administrator command)`);
    const other = Object.assign(new Error('permission denied for table cockpit_runs'), { code: '42501' });
    expect(storeError(label, other).message).toBe(`${label}: permission denied for table cockpit_runs (SQLSTATE 42501)`);
  });
});
