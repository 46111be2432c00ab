/** Where something was read: POSIX path relative to the agent root, 1-based line. */
interface SourcePos {
  file: string;
  line: number;
}

export type Ecosystem = 'pypi' | 'npm';

export interface Dependency {
  ecosystem: Ecosystem;
  /** PyPI: PEP 503-normalised. npm: as published (for aliases, the real package). */
  name: string;
  /** Raw version spec as written ('' if none); for direct references the URL or path. */
  specifier: string;
  extras?: string[];
  marker?: string;
  /** Exact `==X` / exact npm version / lock entry. */
  pinned: boolean;
  /** The pinned or locked version. */
  version?: string;
  source: SourcePos;
  dev?: boolean;
  /** Optional-dependency / dependency-group / Poetry group / package.json section the entry came from. */
  group?: string;
  /** Not fetched from a registry (URL, VCS, local path, workspace); resolvers should skip it. */
  direct?: boolean;
  editable?: boolean;
  /** npm alias (`"alias": "npm:real@1"`): the name it is installed under. */
  alias?: string;
}

/** Malformed content; readers report and go on, never throw. */
export interface ManifestIssue {
  file: string;
  line: number;
  message: string;
}

interface IndexHint {
  /** As written: may contain credentials, callers redact. */
  url: string;
  /** 'registry' also covers registries seen in lock files. */
  kind: 'index-url' | 'extra-index-url' | 'registry' | 'scoped-registry';
  scope?: string;
  /** uv index / Poetry source name. */
  name?: string;
  source: SourcePos;
}

/** A `-r` / `-c` line of a requirements file; readManifests follows it. */
export interface Include {
  kind: 'requirement' | 'constraint';
  /** As written, relative to the including file. */
  path: string;
  source: SourcePos;
}

export interface ManifestResult {
  dependencies: Dependency[];
  issues: ManifestIssue[];
  indexes: IndexHint[];
  /** Entries of `-c` constraint files: they bound versions but install nothing. */
  constraints?: Dependency[];
  includes?: Include[];
}

export type ManifestReader = (text: string, file: string) => ManifestResult;

export const emptyResult = (): ManifestResult => ({ dependencies: [], issues: [], indexes: [] });
