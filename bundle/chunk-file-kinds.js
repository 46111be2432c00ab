// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as DEFAULT_CODE_KIND_SETTINGS } from "./chunk-code-kind-settings.js";
import ignore from "ignore";
import path from "node:path";
// src/source/code-kind.ts
var VENDORED_DIR = /(?:^|\/)(?:vendor|vendored|third[_-]party|site-packages|node_modules|bower_components)\//i;
var FIXTURE_DIR = /(?:^|\/)(?:fixtures?|__fixtures__|testdata|test[_-]data|__mocks__|mocks?|cassettes|__snapshots__|snapshots|golden)\//i;
var FIXTURE_FILE = /\.snap$|(?:^|\/)[^/]*cassette[^/]*\.ya?ml$/i;
var TEST_DIR = /(?:^|\/)(?:tests?|__tests__|specs?|testing|e2e|integration[_-]tests?|unit[_-]tests?|functional[_-]tests?|evals?|test[_-]utils)\//i;
var TEST_FILE = /(?:^|\/)(?:test_[^/]*\.(?:py|ipynb)|[^/]*_tests?\.py|tests?\.py|conftest\.py|[^/]*[._](?:test|spec|e2e)\.[cm]?[jt]sx?|[^/]*_test\.go|setup[_-]tests?\.[cm]?[jt]s|(?:vitest|jest|playwright)\.config\.[cm]?[jt]s)$/i;
var DOCS_DIR = /(?:^|\/)(?:docs?|documentation)\//i;
var DOCS_FILE = /\.(?:md|mdx|markdown|rst|adoc)$/i;
var EXAMPLE_DIR = /(?:^|\/)(?:examples?|samples?|demos?|cookbooks?|tutorials?)\//i;
function matcher(patterns) {
	return patterns.length > 0 ? ignore().add([...patterns]) : void 0;
}
/** Classifies POSIX paths relative to the audited root; build one per run (patterns compiled once). */
var CodeKinds = class {
	settings;
	testPaths;
	productionPaths;
	constructor(settings = DEFAULT_CODE_KIND_SETTINGS) {
		this.settings = settings;
		this.testPaths = matcher(settings.testPaths);
		this.productionPaths = matcher(settings.productionPaths);
	}
	kindOf(relativePath) {
		const path = relativePath.replace(/\\/g, "/").replace(/^\.\//, "");
		if (path === "" || path === ".") return "production";
		if (this.productionPaths?.ignores(path)) return "production";
		if (VENDORED_DIR.test(path)) return "vendored";
		if (FIXTURE_DIR.test(path) || FIXTURE_FILE.test(path)) return "fixture";
		if (this.testPaths?.ignores(path) || TEST_DIR.test(path) || TEST_FILE.test(path)) return "test";
		if (DOCS_DIR.test(path) || DOCS_FILE.test(path)) return "docs";
		if (EXAMPLE_DIR.test(path)) return "example";
		return "production";
	}
	/** A folder that holds only tests or fixtures (never an agent): `tests`, `pkg/tests/unit`, `fixtures`. */
	isTestFolder(relativeFolder) {
		if (relativeFolder === "." || relativeFolder === "") return false;
		const kind = this.kindOf(`${relativeFolder}/_`);
		return kind === "test" || kind === "fixture";
	}
	/** Test and fixture code: only real-looking secrets and personal data are reported there (unless `rules: all`). */
	isTestCode(relativePath) {
		const kind = this.kindOf(relativePath);
		return kind === "test" || kind === "fixture";
	}
};
var DEFAULT_CODE_KINDS = new CodeKinds();
/** The conventional notion alone (no cockpit.yaml patterns): for callers that have no run settings. */
function isTestCodePath(relativePath) {
	return DEFAULT_CODE_KINDS.isTestCode(relativePath);
}
var BY_CONTENT = /* @__PURE__ */ new Map();
var BY_OBJECT = /* @__PURE__ */ new WeakMap();
/**
* One classifier per distinct settings. Called for every file, so the settings object is the fast key;
* policies are cloned into workers, so a clone seen for the first time is matched by its content.
*/
function codeKindsOf(settings) {
	if (settings === DEFAULT_CODE_KIND_SETTINGS) return DEFAULT_CODE_KINDS;
	let kinds = BY_OBJECT.get(settings);
	if (kinds) return kinds;
	const key = JSON.stringify(settings);
	kinds = BY_CONTENT.get(key);
	if (!kinds) BY_CONTENT.set(key, kinds = new CodeKinds(settings));
	BY_OBJECT.set(settings, kinds);
	return kinds;
}
// src/source/file-kinds.ts
/** Lock files hold resolved hashes and URLs by the thousand: noise for every text rule. */
var LOCK_FILES = /* @__PURE__ */ new Set([
	"package-lock.json",
	"npm-shrinkwrap.json",
	"yarn.lock",
	"pnpm-lock.yaml",
	"bun.lockb",
	"bun.lock",
	"poetry.lock",
	"uv.lock",
	"Pipfile.lock",
	"pdm.lock",
	"Cargo.lock",
	"composer.lock",
	"Gemfile.lock",
	"go.sum",
	"packages.lock.json",
	"flake.lock"
]);
/** Extensions that are never text worth scanning: images, media, archives, compiled code, model weights, data. */
var BINARY_EXTENSIONS = /* @__PURE__ */ new Set([
	".png",
	".jpg",
	".jpeg",
	".gif",
	".webp",
	".ico",
	".bmp",
	".tif",
	".tiff",
	".psd",
	".heic",
	".avif",
	".pdf",
	".zip",
	".gz",
	".tgz",
	".tar",
	".bz2",
	".xz",
	".7z",
	".rar",
	".zst",
	".jar",
	".war",
	".whl",
	".egg",
	".so",
	".dylib",
	".dll",
	".exe",
	".bin",
	".o",
	".a",
	".class",
	".pyc",
	".pyo",
	".pyd",
	".wasm",
	".node",
	".woff",
	".woff2",
	".ttf",
	".otf",
	".eot",
	".mp3",
	".mp4",
	".m4a",
	".mov",
	".avi",
	".mkv",
	".wav",
	".flac",
	".ogg",
	".webm",
	".parquet",
	".avro",
	".orc",
	".arrow",
	".feather",
	".pkl",
	".pickle",
	".pt",
	".pth",
	".onnx",
	".h5",
	".hdf5",
	".safetensors",
	".gguf",
	".ckpt",
	".npy",
	".npz",
	".db",
	".sqlite",
	".sqlite3",
	".duckdb",
	".DS_Store",
	".map"
]);
/** Why a file is skipped by name alone, or undefined when it should be read. */
function skipByName(filePath) {
	const base = path.basename(filePath);
	if (LOCK_FILES.has(base)) return "lockfile";
	const extension = path.extname(base).toLowerCase();
	if (BINARY_EXTENSIONS.has(extension) || base === ".DS_Store") return "binary-extension";
	if (base.endsWith(".min.js") || base.endsWith(".min.css")) return "binary-extension";
}
function languageOf(filePath) {
	const extension = path.extname(filePath).toLowerCase();
	if (extension === ".py" || extension === ".pyi") return "python";
	if (extension === ".ts" || extension === ".tsx" || extension === ".mts" || extension === ".cts") return "typescript";
	if (extension === ".js" || extension === ".jsx" || extension === ".mjs" || extension === ".cjs") return "javascript";
	return "other";
}
export { isTestCodePath as a, codeKindsOf as i, skipByName as n, DEFAULT_CODE_KINDS as r, languageOf as t };
