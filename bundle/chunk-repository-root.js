// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import path from "node:path";
import { existsSync } from "node:fs";
// src/util/repository-root.ts
/** The git work tree holding `start`: the nearest folder at or above it with a `.git` entry; undefined outside one. */
function repositoryRoot(start) {
	for (let folder = path.resolve(start);; folder = path.dirname(folder)) {
		if (existsSync(path.join(folder, ".git"))) return folder;
		if (path.dirname(folder) === folder) return void 0;
	}
}
export { repositoryRoot as t };
