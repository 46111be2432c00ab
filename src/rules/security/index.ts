import type { Check } from '../types.js';
import { codeExecFromInputCheck } from './code-exec-from-input.js';
import { dangerousFrameworkFlagCheck } from './dangerous-framework-flag.js';
import { mcpUnpinnedServerCheck } from './mcp-unpinned-server.js';
import { shellInjectionCheck } from './shell-injection.js';
import { ssrfModelUrlCheck } from './ssrf-model-url.js';
import { sqlFromInputCheck } from './sql-from-input.js';
import { untrustedInputInSystemPromptCheck } from './untrusted-input-in-system-prompt.js';
import { unsandboxedCodeExecutorCheck } from './unsandboxed-code-executor.js';

/** SecOps rules: injection sinks fed by tool input, dangerous framework flags, sandboxing, supply chain, SSRF. */
export const SECURITY_CHECKS: readonly Check[] = [codeExecFromInputCheck, shellInjectionCheck, sqlFromInputCheck, dangerousFrameworkFlagCheck, unsandboxedCodeExecutorCheck, mcpUnpinnedServerCheck, ssrfModelUrlCheck, untrustedInputInSystemPromptCheck];
