import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded on first use, synchronously. For dependencies only some inputs need (TOML
 * files, npm ranges): every module loaded at start-up costs time in every command (docs/BENCHMARKS.md,
 * Start-up), and a package's CommonJS build is often fewer modules than its ESM one.
 */
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(specifier) as T;
    return loaded;
  };
}
