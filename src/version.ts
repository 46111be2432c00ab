import { readFileSync } from 'node:fs';

/** Read once from package.json so `--version`, reports and SARIF can never disagree. */
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  homepage: string;
};

export const TOOL_NAME = 'agentops-cockpit';
export const TOOL_VERSION: string = manifest.version;
export const TOOL_INFORMATION_URI: string = manifest.homepage;
