import { startLocalCluster, type LocalCluster, type LocalClusterOptions } from '../../src/store/postgres/local-cluster.js';

/**
 * A real PostgreSQL for the store tests: Debian's `postgresql` binaries, `initdb` into a temp folder,
 * `pg_ctl start` on a free 127.0.0.1 port, `pg_ctl stop` and the folder removed in afterAll (a
 * watchdog does both if the test process dies first). As root it runs as the `postgres` user.
 * Missing binaries fail with "PostgreSQL not found: apt-get install postgresql".
 */
export type TestPostgres = LocalCluster;

export function startTestPostgres(options: LocalClusterOptions = {}): Promise<TestPostgres> {
  return startLocalCluster(options);
}

let databases = 0;

/** A fresh, empty database per test: `name_<n>_<pid>`. */
export function freshDatabase(server: TestPostgres, name: string): Promise<string> {
  databases++;
  return server.createDatabase(`${name}_${databases}_${process.pid}`);
}
