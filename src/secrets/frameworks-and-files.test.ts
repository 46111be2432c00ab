import { describe, expect, it } from 'vitest';
import { auditSource } from '../audit/audit-agent.js';
import { hardcodedSecretCheck } from '../rules/secret/hardcoded-secret.js';
import { sourceFile } from '../rules/testing/rule-tester.js';
import { ALNUM, B64, CRYPT64, HEX, pem, rand } from './catalog/sample-tokens.js';
import { scanSecrets } from './scan.js';

/** Whole files as frameworks and tools write them: which detectors fire, and how often. */
function found(text: string, path: string): string[] {
  return scanSecrets(text, path).map((m) => m.detectorId);
}

const WP_NAMES = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
const WP_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|";

function wpConfig(value: (name: string) => string): string {
  return [
    '<?php',
    "define( 'DB_NAME', 'agents' );",
    "define( 'DB_HOST', 'localhost' );",
    ...WP_NAMES.map((name) => `define( '${name}', ${' '.repeat(18 - name.length)}'${value(name)}' );`),
    "$table_prefix = 'wp_';",
    "require_once ABSPATH . 'wp-settings.php';",
  ].join('\n');
}

describe('framework secret keys in their files', () => {
  it('reports all eight WordPress keys and salts once each, and nothing in wp-config-sample.php', () => {
    expect(found(wpConfig((name) => rand(`wp-${name}`, 64, WP_ALPHABET)), 'wp-config.php')).toEqual(Array(8).fill('wordpress-secret-key'));
    expect(found(wpConfig(() => 'put your unique phrase here'), 'wp-config-sample.php')).toEqual([]);
  });

  it('reports the production secret_key_base of a Rails 5.1 secrets.yml, not the generated development and test keys', () => {
    const text = [
      'development:',
      `  secret_key_base: ${rand('skb-dev', 128, HEX)}`,
      '',
      'test:',
      `  secret_key_base: ${rand('skb-test', 128, HEX)}`,
      '',
      '# Do not keep production secrets in the repository.',
      'production:',
      `  secret_key_base: ${rand('skb-prod', 128, HEX)}`,
    ].join('\n');
    const matches = scanSecrets(text, 'config/secrets.yml');
    expect(matches.map((m) => m.detectorId)).toEqual(['rails-secret-key-base']);
    expect(text.slice(0, matches[0]!.start)).toContain('production:');
  });

  it('reports a Django startproject key and leaves the environment-read form alone', () => {
    const key = rand('dj-file', 50, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)');
    const generated = `"""Django settings for console project."""\nfrom pathlib import Path\n\n# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = 'django-insecure-${key}'\n\nDEBUG = True\nINSTALLED_APPS = ['django.contrib.admin']\n`;
    expect(found(generated, 'console/settings.py')).toEqual(['django-secret-key']);
    expect(found(generated.replace(`'django-insecure-${key}'`, 'os.environ["DJANGO_SECRET_KEY"]'), 'console/settings.py')).toEqual([]);
  });

  it('reports a committed Laravel .env key but not the .env.example that ships empty', () => {
    expect(found(`APP_NAME=Agents\nAPP_ENV=production\nAPP_KEY=base64:${rand('lara-file', 43, B64)}=\nAPP_DEBUG=false\n`, '.env')).toEqual(['laravel-app-key']);
    expect(found('APP_NAME=Laravel\nAPP_ENV=local\nAPP_KEY=\nAPP_DEBUG=true\n', '.env.example')).toEqual([]);
  });
});

describe('credential files of common tools', () => {
  it('reads a multi-entry .netrc, skipping the anonymous and default-password entries', () => {
    const text = [
      `machine git.corp.internal login ci-bot password ${rand('netrc-a', 20, ALNUM)}`,
      'machine ftp.gnu.org login anonymous password ops@corp.internal',
      'machine localhost',
      '  login postgres',
      '  password postgres',
      `default login deploy password ${rand('netrc-b', 20, ALNUM)}`,
    ].join('\n');
    expect(found(text, '.netrc')).toEqual(['netrc-password', 'netrc-password']);
  });

  it('reads a docker config with one real and one helper-managed registry', () => {
    const auth = Buffer.from(`ci-bot:${rand('docker-file', 24, ALNUM)}`).toString('base64');
    const text = JSON.stringify({ auths: { 'registry.corp.internal': { auth }, 'ghcr.io': {} }, credHelpers: { 'gcr.io': 'gcloud' } }, null, '\t');
    expect(found(text, '.docker/config.json')).toEqual(['docker-config-auth']);
  });

  it('reads a kubeconfig: user credentials count, cluster certificates do not', () => {
    const text = [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- cluster:',
      `    certificate-authority-data: ${rand('kube-file-ca', 200, B64)}`,
      '    server: https://k8s.corp.internal',
      '  name: corp',
      'users:',
      '- name: ci',
      '  user:',
      `    token: ${rand('kube-file-token', 64, ALNUM)}`,
      '- name: oidc',
      '  user:',
      '    auth-provider:',
      '      name: oidc',
      '      config:',
      `        client-secret: ${rand('kube-file-cs', 32, ALNUM)}`,
      '        client-id: kubectl',
      'current-context: corp',
    ].join('\n');
    expect(found(text, 'ops/kubeconfig')).toEqual(['kubeconfig-credential', 'kubeconfig-credential']);
  });

  it('leaves a Kubernetes Secret manifest to the generic detector', () => {
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: agent\nstringData:\n  api_token: ${rand('kube-secret-file', 40, ALNUM)}\n`;
    expect(found(text, 'deploy/secret.yaml')).toEqual(['generic-secret-assignment']);
  });

  it('reads an .npmrc with a scoped token and an environment reference', () => {
    const text = `@corp:registry=https://npm.corp.internal/\n//npm.corp.internal/:_authToken=${rand('npmrc-file', 40, ALNUM)}\n//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n`;
    expect(found(text, '.npmrc')).toEqual(['npmrc-auth']);
  });
});

describe('the secret rule in tests, fixtures and docs', () => {
  /** Rule ids the secret check reports for `text` at `path` (the code kind comes from the path). */
  async function reported(path: string, text: string): Promise<string[]> {
    return (await auditSource(sourceFile(path, text), [hardcodedSecretCheck], path)).map((finding) => finding.ruleId);
  }

  const djangoSettings = `INSTALLED_APPS = ["django.contrib.auth"]\nSECRET_KEY = 'django-insecure-${rand('rule-dj', 50, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)')}'\n`;
  const guide = `Set the key on Heroku:\n\n    $ heroku config:set SECRET_KEY_BASE="${rand('rule-skb', 64, B64)}"\n`;
  const htpasswd = `e2e:$2y$05$${rand('rule-htp', 53, CRYPT64)}\n`;

  it('reports framework keys and credential files in shipped code', async () => {
    expect(await reported('console/settings.py', djangoSettings)).toEqual(['secret/django-secret-key']);
    expect(await reported('deploy/heroku.sh', guide)).toEqual(['secret/rails-secret-key-base']);
    expect(await reported('deploy/registry/htpasswd', htpasswd)).toEqual(['secret/htpasswd-hash']);
  });

  it('leaves them to a person in tests, fixtures and docs, where such values are sentinels and examples', async () => {
    expect(await reported('tests/settings.py', djangoSettings)).toEqual([]);
    expect(await reported('guides/deployment/heroku.md', guide)).toEqual([]);
    expect(await reported('e2e/testdata/registry/htpasswd', htpasswd)).toEqual([]);
  });

  it('still reports a private key wherever it is: key material has a structure of its own', async () => {
    expect(await reported('tests/fixtures/deploy_key.pem', pem('rule-pem', 'OPENSSH PRIVATE KEY', 400))).toEqual(['secret/private-key']);
  });
});
