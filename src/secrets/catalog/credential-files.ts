import { shannonEntropy } from '../entropy.js';
import { isCommonPassword, isPlaceholder, isPlaceholderText, looksLikeWords } from '../placeholders.js';
import type { SecretDetector } from '../types.js';
import { passwordIsReal } from './password-checks.js';
import { ALNUM, B64, B64URL, CRYPT64, HEX, LOWER_ALNUM, pem, rand } from './sample-tokens.js';
import { topLevelYamlKey } from './yaml-scope.js';

/**
 * The files where command-line tools keep credentials: netrc, pgpass, pypirc, npmrc, docker and
 * kubectl configs, git's credential store, htpasswd and shadow files. Where the format is plain
 * (`host:port:db:user:password`), the detector runs only on files with the tool's own name.
 */

function decodeBase64(value: string): string | undefined {
  const text = Buffer.from(value, 'base64').toString('utf8');
  // Printable ASCII only: anything else means the value was not base64 text to begin with.
  return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

/**
 * `user:password` in base64 (npm `_auth`, docker `auth`). Test suites and guides fill these with
 * `joejoe:hello` and `user:password`, so outside the tool's own file the password must be neither a
 * sample nor a word; inside it (`.npmrc`, `.docker/config.json`) any non-placeholder counts.
 */
function basicAuthIsReal(encoded: string, host: string, inCredentialFile: boolean): boolean {
  const decoded = decodeBase64(encoded);
  const colon = decoded?.indexOf(':') ?? -1;
  if (decoded === undefined || colon < 0) return false;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (!inCredentialFile && (password.length < 6 || looksLikeWords(password))) return false;
  return passwordIsReal(password, user, host, inCredentialFile);
}

/** A bearer token written as free text: long enough, random enough, not words. */
function tokenIsReal(token: string): boolean {
  return token.length >= 16 && shannonEntropy(token) >= 3.0 && !looksLikeWords(token) && !isPlaceholder(token);
}

// ---- .netrc -------------------------------------------------------------------------------------
// https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
// Tokens are separated by any whitespace, newlines included; `default` matches every host.

const NETRC_FILE = /(?:^|\/)[._]?netrc$/;

function netrcPasswordIsReal(secret: string, match: RegExpExecArray, _text: string, path: string | undefined): boolean {
  const login = match.groups?.['login'] ?? '';
  if (login.toLowerCase() === 'anonymous') return false; // anonymous FTP: the "password" is an email address
  const inNetrc = path !== undefined && NETRC_FILE.test(path);
  return passwordIsReal(secret, login, match.groups?.['host'] ?? '', inNetrc); // `default` entries name no host
}

// ---- .pgpass ------------------------------------------------------------------------------------
// https://www.postgresql.org/docs/current/libpq-pgpass.html: hostname:port:database:username:password,
// `\:` and `\\` escaped, `*` matches anything, `#` starts a comment.

const PGPASS_FIELD = String.raw`(?:[^:\\\r\n]|\\.)*`;

function pgpassPasswordIsReal(secret: string, match: RegExpExecArray): boolean {
  const unescape = (field: string): string => field.replace(/\\(.)/g, '$1');
  return passwordIsReal(unescape(secret), unescape(match.groups?.['user'] ?? ''), unescape(match.groups?.['host'] ?? ''), true);
}

// ---- htpasswd and shadow ------------------------------------------------------------------------
// https://httpd.apache.org/docs/2.4/misc/password_encryptions.html (apr1, {SHA}, bcrypt, crypt);
// shadow(5) adds sha-crypt ($5$, $6$) and yescrypt ($y$).

const PASSWORD_HASH =
  String.raw`\$apr1\$[./0-9A-Za-z]{1,8}\$[./0-9A-Za-z]{22}|\{SHA\}[A-Za-z0-9+/]{27}=|\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}` +
  String.raw`|\$[156]\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}|\$y\$[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{1,64}\$[./A-Za-z0-9]{43}` +
  String.raw`|[./0-9A-Za-z]{13}`;

/** A hash made of one repeated character or of `x`, `0` runs is a template line, not an account. */
function hashIsReal(secret: string): boolean {
  return !isPlaceholderText(secret.replace(/^\$\w+\$|^\{SHA\}/, '')) && shannonEntropy(secret) >= 3.0;
}

// ---- npm ----------------------------------------------------------------------------------------
// https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration: `_authToken`,
// `_auth` (base64 user:password) and `_password` (base64 password), scoped by `//registry/:`.

const NPMRC_FILE = /(?:^|\/)\.npmrc$/;

/** `//registry.corp.internal/:` right before the field: npm's registry scope. */
const REGISTRY_SCOPE = /\/\/[^\s"'=]+:$/;

/**
 * A field scoped to a registry (`//host/:_authToken=`) is npm's anywhere; unscoped `_auth = …` (npm's
 * legacy form) only at the start of a line of an .npmrc, or of a file that reads as one.
 */
function inNpmrc(match: RegExpExecArray, text: string, path: string | undefined): boolean {
  // What precedes the field on its line (a registry scope is far shorter than 300 characters).
  const window = text.slice(Math.max(0, match.index - 300), match.index);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (REGISTRY_SCOPE.test(before)) return true;
  if (!/^[ \t]*$/.test(before)) return false;
  return (path !== undefined && NPMRC_FILE.test(path)) || /^\s*(?:registry|always-auth|email)\s*=/m.test(text);
}

function npmrcValueIsReal(secret: string, match: RegExpExecArray, _text: string, path: string | undefined): boolean {
  const field = match.groups?.['field'] ?? '';
  const inNpmrcFile = path !== undefined && NPMRC_FILE.test(path);
  if (field === '_auth') return basicAuthIsReal(secret, '', inNpmrcFile);
  if (field === '_password') {
    const password = decodeBase64(secret);
    return password !== undefined && passwordIsReal(password, '', '', inNpmrcFile);
  }
  return tokenIsReal(secret);
}

// ---- docker -------------------------------------------------------------------------------------
// https://docs.docker.com/reference/cli/docker/login/#credential-stores: `"auths": {"host": {"auth":
// base64(user:password)}}`, `identitytoken` for OAuth logins; `.dockercfg` is the pre-1.7 form.

const DOCKER_CONFIG_FILE = /(?:^|\/)\.dockercfg$|(?:^|\/)\.docker\/config\.json$/;

function inDockerConfig(_match: RegExpExecArray, text: string, path: string | undefined): boolean {
  return text.includes('"auths"') || text.includes('\\"auths\\"') || (path !== undefined && DOCKER_CONFIG_FILE.test(path));
}

/** The registry an `auths` entry belongs to: the last `"host": {` opened shortly before the match. */
function registryHost(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 300), index);
  let host = '';
  for (const m of before.matchAll(/"([^"\\\s]{1,253})\\{0,3}"\s*:\s*\{/g)) host = m[1]!;
  return host.replace(/^[a-z]+:\/\//, '').replace(/[:/].*$/, '');
}

function dockerAuthIsReal(secret: string, match: RegExpExecArray, text: string, path: string | undefined): boolean {
  if (match.groups?.['field'] !== 'auth') return tokenIsReal(secret);
  return basicAuthIsReal(secret, registryHost(text, match.index), path !== undefined && DOCKER_CONFIG_FILE.test(path));
}

// ---- kubeconfig ---------------------------------------------------------------------------------
// https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/: credentials
// live under `users:` (token, password, client-key-data, auth-provider config).

/** One-entry memo: a file's many `password:` lines all ask whether it is a kubeconfig. */
let lastText: string | undefined;
let lastIsKubeconfig = false;
function isKubeconfig(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastIsKubeconfig =
      /^kind:[ \t]*["']?Config["']?[ \t]*$/m.test(text) || (/^clusters:/m.test(text) && /^contexts:/m.test(text) && /^users:/m.test(text));
  }
  return lastIsKubeconfig;
}

function inKubeconfigUsers(match: RegExpExecArray, text: string): boolean {
  return isKubeconfig(text) && topLevelYamlKey(text, match.index) === 'users';
}

function kubeconfigCredentialIsReal(secret: string, match: RegExpExecArray): boolean {
  const field = match.groups?.['field'] ?? '';
  if (field === 'client-key-data') {
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    return decoded.startsWith('-----BEGIN') && decoded.includes('PRIVATE KEY');
  }
  if (field === 'password') return !isPlaceholder(secret) && !isCommonPassword(secret);
  return tokenIsReal(secret);
}

// ---- git credential store -----------------------------------------------------------------------
// https://git-scm.com/docs/git-credential-store#_storage_format: one URL per line, user and password
// percent-encoded. The file exists only to hold real credentials, so any password that is not a
// placeholder counts, without the strength test URLs elsewhere need.

function gitCredentialIsReal(_url: string, match: RegExpExecArray): boolean {
  const raw = match.groups?.['pw'] ?? '';
  let password = raw;
  try {
    password = decodeURIComponent(raw);
  } catch {
    // keep the raw text: a stray % is still a password character
  }
  return passwordIsReal(password, match.groups?.['user'] ?? '', match.groups?.['host'] ?? '', true);
}

const pw = (seed: string, length = 18): string => rand(seed, length, ALNUM);
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const crypt = (seed: string, length: number): string => rand(seed, length, CRYPT64);
const kubeClientKey = b64(`${pem('kube-key', 'RSA PRIVATE KEY', 1600)}\n`);
const kubeconfig = (user: string): string =>
  [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${rand('kube-ca', 120, B64)}`,
    '    server: https://k8s.prod.internal:6443',
    '  name: prod',
    'contexts:',
    '- context:',
    '    cluster: prod',
    '    user: deployer',
    '  name: prod',
    'current-context: prod',
    'users:',
    '- name: deployer',
    '  user:',
    user,
  ].join('\n');

export const CREDENTIAL_FILE_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'netrc-password',
    title: 'netrc password',
    description: 'A `machine … login … password …` entry of a .netrc file (used by curl, git, pip, ftp): the password for that host in clear text.',
    regex:
      /(?<![\w-])(?:machine[ \t]+(?<host>[^\s"'`\\]{1,253})|default)(?:\s+(?:login[ \t]+(?<login>[^\s"'`\\]{1,128})|(?:account|port)[ \t]+[^\s"'`\\]{1,128})){0,3}\s+password[ \t]+(?<secret>[^\s"'`\\]{1,256})/g,
    keywords: ['machine', 'default login', 'default password'],
    skipInTestsAndDocs: true,
    verify: netrcPasswordIsReal,
    remediation: 'Change the password or token for that host, delete the .netrc from the repository (and history), and give CI its credentials through the secret store.',
    samples: {
      fire: [
        `machine git.corp.internal login ci-bot password ${pw('netrc-1')}`,
        { path: '.netrc', text: `machine pypi.corp.internal\n  login deploy\n  password ${pw('netrc-2')}\n` },
        `RUN echo "machine api.corp.internal login svc password ${pw('netrc-3')}" > /root/.netrc`,
        // Weak, but in a real .netrc it is somebody's working login.
        { path: 'home/ops/.netrc', text: 'machine imap.corp.internal login ops password pass123\n' },
      ],
      silent: [
        'machine github.com login x-access-token password $GITHUB_TOKEN',
        'machine api.corp.internal login svc password <token>',
        'machine ftp.gnu.org login anonymous password me@corp.internal',
        'machine localhost login postgres password postgres',
        'machine db.example.com login user password Tr0ub4dor3x',
        'machine imap.corp.internal login ops password pass123',
      ],
    },
  },
  {
    id: 'pgpass-password',
    title: 'PostgreSQL password file entry',
    description: 'A `hostname:port:database:username:password` line of a .pgpass (pgpass.conf) file: the database password in clear text.',
    regex: new RegExp(
      String.raw`^(?!#)(?<host>${PGPASS_FIELD}):(?:\d{1,5}|\*):${PGPASS_FIELD}:(?<user>${PGPASS_FIELD}):(?<secret>(?:[^\\\r\n]|\\.)+?)[ \t]*\r?$`,
      'gm',
    ),
    keywords: [],
    skipInTestsAndDocs: true,
    paths: /(?:^|\/)(?:\.pgpass|pgpass\.conf)$/,
    verify: pgpassPasswordIsReal,
    remediation: 'Change the database password, remove the .pgpass from the repository, and provide it through PGPASSFILE or a secret manager at run time.',
    samples: {
      fire: [
        { path: '.pgpass', text: `# hostname:port:database:username:password\ndb.prod.internal:5432:agents:app:${pw('pgpass-1')}\n` },
        { path: 'ops/pgpass.conf', text: `*:*:*:replicator:${pw('pgpass-2', 12)}\\:x` },
        { path: 'deploy/.pgpass', text: 'reports.corp.internal:5432:reports:analyst:Summer2024!\n' },
      ],
      silent: [
        { path: '.pgpass', text: 'localhost:5432:*:postgres:postgres\n' },
        { path: '.pgpass', text: '#hostname:port:database:username:password\n' },
        { path: 'notes.txt', text: `db.prod.internal:5432:agents:app:${pw('pgpass-3')}` },
        { path: '.pgpass', text: 'db.prod.internal:5432:agents:app:<password>' },
        { path: '.pgpass', text: 'db.prod.internal:5432:agents:app:password' },
      ],
    },
  },
  {
    id: 'htpasswd-hash',
    title: 'Password hash in an htpasswd or shadow file',
    description: 'A `user:hash` entry of an htpasswd, shadow or ftpd passwd file (apr1, SHA, bcrypt, crypt): fast hashes fall to offline cracking, and the file says which accounts exist.',
    regex: new RegExp(String.raw`^(?<user>[^:\s#]{1,64}):(?<secret>${PASSWORD_HASH})(?=[:\s]|$)`, 'gm'),
    keywords: [],
    skipInTestsAndDocs: true,
    paths: /(?:^|\/)(?:\.?htpasswd[\w.-]*|[\w.-]*\.htpasswd|[\w.-]*passwd|g?shadow-?)$/,
    verify: hashIsReal,
    ownPlaceholderCheck: true,
    remediation: 'Change the passwords of the listed accounts, delete the file from the repository, and generate it at deploy time from a secret store.',
    samples: {
      fire: [
        { path: 'deploy/nginx/.htpasswd', text: `admin:$apr1$${crypt('htp-1a', 8)}$${crypt('htp-1b', 22)}\n` },
        { path: 'htpasswd', text: `ops:$2y$10$${crypt('htp-2', 53)}\nci:{SHA}${rand('htp-3', 27, B64)}=\n` },
        { path: 'etc/shadow', text: `daemon:*:19000:0:99999:7:::\nops:$6$${crypt('htp-4a', 16)}$${crypt('htp-4b', 86)}:19000:0:99999:7:::\n` },
      ],
      silent: [
        { path: 'etc/shadow', text: 'root::19000:0:99999:7:::\nbin:*:19000:0:99999:7:::\nsshd:!:19000::::::\n' },
        { path: 'README.md', text: `admin:$apr1$${crypt('htp-5a', 8)}$${crypt('htp-5b', 22)}` },
        { path: '.htpasswd', text: 'admin:$apr1$xxxxxxxx$xxxxxxxxxxxxxxxxxxxxxx\n' },
        { path: 'etc/passwd', text: 'root:x:0:0:root:/root:/bin/bash\n' },
      ],
    },
  },
  {
    id: 'pypirc-password',
    title: '.pypirc password',
    description: 'A `password =` entry of a .pypirc file: the account password or API token twine uploads with.',
    regex: /^[ \t]*password[ \t]*[=:][ \t]*(?<secret>[^\s].*?)[ \t]*\r?$/gm,
    keywords: [],
    skipInTestsAndDocs: true,
    paths: /(?:^|\/)\.pypirc$/,
    // The engine's placeholder check applies; a weak password in a real .pypirc still logs in.
    verify: (secret) => secret.length >= 4,
    remediation: 'Change the password or delete the token on the index, remove the .pypirc from the repository, and publish with trusted publishing or a CI secret.',
    samples: {
      fire: [
        { path: '.pypirc', text: `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pkgs.corp.internal/simple\nusername = deploy\npassword = ${pw('pypirc-1')}\n` },
        { path: 'release/.pypirc', text: `[staging]\nusername = __token__\npassword: ${rand('pypirc-2', 40, B64URL)}` },
      ],
      silent: [
        { path: '.pypirc', text: '[pypi]\nusername = __token__\npassword = <your PyPI token>\n' },
        { path: '.pypirc', text: '[pypi]\nusername = deploy\npassword = ${PYPI_PASSWORD}\n' },
        // Too weak for the generic detector, so only the .pypirc detector could report it: not in setup.cfg.
        { path: 'setup.cfg', text: `[internal]\npassword = ${rand('pypirc-3', 9, LOWER_ALNUM)}` },
        { path: '.pypirc', text: '[pypi]\nusername = deploy\npassword = changeme\n' },
      ],
    },
  },
  {
    id: 'npmrc-auth',
    title: 'npm registry credential (.npmrc)',
    description: 'An .npmrc `_authToken`, `_auth` (base64 user:password) or `_password` entry: it installs and publishes packages as its owner on that registry.',
    // Starts on the field name (a literal V8 scans for quickly); `inNpmrc` looks at what precedes it.
    regex: /(?<![\w$.])(?<field>_authToken|_auth|_password)[ \t]*=[ \t]*["']?(?<secret>[^\s"'#;]+)/g,
    keywords: ['_auth', '_password'],
    skipInTestsAndDocs: true,
    context: inNpmrc,
    verify: npmrcValueIsReal,
    remediation: 'Revoke the token (`npm token revoke`) or change the registry password, and write the .npmrc line as `${NPM_TOKEN}` filled from the environment.',
    samples: {
      fire: [
        `//npm.pkg.corp.internal/:_authToken=${rand('npmrc-1', 8, HEX)}-${rand('npmrc-2', 4, HEX)}-4${rand('npmrc-3', 3, HEX)}-9${rand('npmrc-4', 3, HEX)}-${rand('npmrc-5', 12, HEX)}`,
        { path: '.npmrc', text: `registry=https://npm.corp.internal/\nalways-auth=true\n_auth = ${b64(`deploy:${pw('npmrc-6')}`)}\n` },
        `//npm.corp.internal:4873/:_password="${b64(pw('npmrc-7'))}"`,
      ],
      silent: [
        '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
        { path: '.npmrc', text: `_auth = ${b64('admin:admin')}\n` },
        '//npm.corp.internal/:_authToken=<your-token>',
      ],
    },
  },
  {
    id: 'docker-config-auth',
    title: 'Docker registry credential (config.json)',
    description: 'An `auths` entry of a docker config.json or .dockercfg: base64 of `user:password` (or an identity token) for pushing and pulling images.',
    // Starts on the quote (not on optional escapes) so V8 scans for a literal; `\"` forms are notebooks and JSON strings.
    regex: /"(?<field>auth|identitytoken|registrytoken)\\{0,3}"\s*:\s*\\{0,3}"(?<secret>[A-Za-z0-9+/=_.-]{8,4000})\\{0,3}"/g,
    keywords: ['"auth', '"identitytoken', '"registrytoken'],
    skipInTestsAndDocs: true,
    context: inDockerConfig,
    verify: dockerAuthIsReal,
    remediation: 'Change the registry password or revoke the token, delete the config from the repository, and log in from CI with `docker login --password-stdin` or a credential helper.',
    samples: {
      fire: [
        `{"auths": {"registry.corp.internal": {"auth": "${b64(`ci-bot:${pw('docker-1')}`)}"}}}`,
        { path: '.docker/.dockercfg', text: `{\n  "https://index.docker.io/v1/": {\n    "auth": "${b64(`deploy:${pw('docker-2')}`)}",\n    "email": "ops@corp.internal"\n  }\n}` },
        `{"auths": {"registry.corp.internal": {"identitytoken": "${rand('docker-3', 48, B64URL)}"}}}`,
      ],
      silent: [
        '{"auths": {"registry.corp.internal": {}}, "credsStore": "desktop"}',
        `{"auths": {"localhost:5000": {"auth": "${b64('admin:password')}"}}}`,
        '{"auths": {"ghcr.io": {"auth": "${GHCR_AUTH}"}}}',
      ],
    },
  },
  {
    id: 'git-credentials',
    title: 'Git credential store entry',
    description: 'A line of a .git-credentials file (git credential-store): a URL with the user\'s password or token for that host, unencrypted.',
    // The whole URL is the secret, as for URL detectors, so redaction keeps user and host and hides the password.
    regex: /^[ \t]*(?<secret>[a-z][a-z0-9+.-]*:\/\/(?<user>[^\s:@/]*):(?<pw>[^\s@/]+)@(?<host>[^\s/:@]+))/gm,
    keywords: [],
    skipInTestsAndDocs: true,
    paths: /(?:^|\/)(?:\.git-credentials|git\/credentials)$/,
    verify: gitCredentialIsReal,
    remediation: 'Revoke the token or change the password at the host, delete the file from the repository, and use a credential helper that keeps secrets in the OS keychain.',
    samples: {
      fire: [
        { path: '.git-credentials', text: `https://ci-bot:${pw('gitcred-1', 12)}@git.corp.internal\n` },
        { path: 'home/.config/git/credentials', text: `https://deploy:${pw('gitcred-2', 8)}%21@gitlab.corp.internal\n` },
      ],
      silent: [
        { path: '.git-credentials', text: 'https://user:password@github.com\n' },
        { path: '.git-credentials', text: 'https://ci-bot:${GIT_TOKEN}@git.corp.internal\n' },
        { path: 'notes.md', text: `https://ci-bot:${pw('gitcred-3', 5)}@git.corp.internal` },
      ],
    },
  },
  {
    id: 'kubeconfig-credential',
    title: 'Kubernetes kubeconfig user credential',
    description: 'A token, password, client key or auth-provider secret under `users:` of a kubeconfig: kubectl access to the cluster as that user.',
    regex: /^[ \t]+(?<field>token|password|client-key-data|client-secret|id-token|refresh-token)[ \t]*:[ \t]*["']?(?<secret>[^\s"'#]{8,20000})/gm,
    keywords: ['current-context', 'kind: config'],
    skipInTestsAndDocs: true,
    context: inKubeconfigUsers,
    verify: kubeconfigCredentialIsReal,
    remediation: 'Revoke the token or certificate (delete the service-account token secret, rotate the client certificate), remove the kubeconfig from the repository, and let CI get short-lived credentials.',
    samples: {
      fire: [
        // A kubeconfig is a whole file (any name), so its samples are files rather than lines.
        { path: 'deploy/kubeconfig', text: kubeconfig(`    token: ${rand('kube-token', 64, ALNUM)}`) },
        { path: '.kube/config', text: kubeconfig(`    client-certificate-data: ${rand('kube-cert', 200, B64)}\n    client-key-data: ${kubeClientKey}`) },
        { path: 'ci/prod.kubeconfig.yaml', text: kubeconfig(`    username: admin\n    password: ${pw('kube-pw', 20)}`) },
      ],
      silent: [
        kubeconfig('    token: ${KUBE_TOKEN}'),
        kubeconfig('    client-certificate: /etc/kubernetes/pki/admin.crt\n    client-key: /etc/kubernetes/pki/admin.key'),
        kubeconfig('    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: ["eks", "get-token", "--cluster-name", "prod"]'),
        kubeconfig('    username: admin\n    password: changeme'),
        // `kubectl config view` output: the data is already withheld.
        kubeconfig('    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n    token: REDACTED'),
      ],
    },
  },
];
