// npm runs `prepare` after a local `npm install`/`npm ci`, before `npm pack`/`npm publish`, and when it installs
// the package from a git URL (in its clone, after installing the dev dependencies there). Packing and
// publishing build dist/, so the tarball ships it. Two cases do not:
// - a contributor's own install in the checkout: the test run builds, and a half-edited tree must not make
//   `npm ci` fail;
// - a clone without the dev dependencies: npm's global git installs (`npm install -g git+URL`, which is how
//   pre-commit installs a `language: node` hook) do not install them for `prepare` (npm/cli#8440; fixed by
//   pacote passing --global=false). Without the compiler, bin/ops.js runs the committed bundle (bundle/).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { npm_command: command, npm_config_global: global, npm_config_ignore_scripts: ignoreScripts, INIT_CWD: initCwd } = process.env;
const installInCheckout =
  (command === 'install' || command === 'ci') && global !== 'true' && initCwd !== undefined && path.resolve(initCwd) === path.resolve(root);
const canCompile = ['node_modules/typescript/bin/tsc', 'node_modules/vite/bin/vite.js'].every((file) => existsSync(path.join(root, file)));

// npm 10 runs `prepare` for `npm pack --ignore-scripts` too; the flag still means "no scripts".
if (ignoreScripts === 'true' || installInCheckout) process.exit(0);
if (canCompile) build();
else process.stderr.write('agentops-cockpit: no dev dependencies to build dist/ with; bin/ops.js runs the committed bundle (bundle/)\n');
