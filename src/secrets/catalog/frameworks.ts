import { shannonEntropy } from '../entropy.js';
import { isPlaceholderText, looksLikeWords } from '../placeholders.js';
import type { SecretDetector } from '../types.js';
import { keyedRegex, NOT_WORDS } from './patterns.js';
import { B64, HEX, rand } from './sample-tokens.js';
import { topLevelYamlKey } from './yaml-scope.js';

/**
 * Web-framework secret keys: they carry no provider prefix, so each detector keys on the framework's
 * own setting name (or file) and judges the value by length and entropy. Whoever holds one can forge
 * sessions and cookies or decrypt the framework's encrypted data.
 */

/**
 * Rails and Phoenix generate development and test keys into committed files on purpose (Rails 5.1
 * `secrets.yml`, Phoenix `config/dev.exs`); those only sign cookies on a developer machine.
 */
const DEV_OR_TEST_FILE = /(?:^|\/)config\/(?:dev|test)\.exs$|(?:^|\/)config\/environments\/(?:development|test)\.rb$/;
function inDevelopmentOrTestScope(text: string, index: number, path: string | undefined): boolean {
  if (path !== undefined && DEV_OR_TEST_FILE.test(path)) return true;
  const section = topLevelYamlKey(text, index);
  return section === 'development' || section === 'test';
}

function railsKeyIsReal(secret: string, match: RegExpExecArray, text: string, path: string | undefined): boolean {
  return NOT_WORDS(secret) && !inDevelopmentOrTestScope(text, match.index, path);
}

/** A framework key written as free text: its own placeholder check, never a phrase made of words. */
function randomText(secret: string): boolean {
  return !isPlaceholderText(secret) && !looksLikeWords(secret);
}

// Django: startproject writes `SECRET_KEY = 'django-insecure-' + 50 chars of this alphabet`.
// https://github.com/django/django/blob/main/django/core/management/utils.py (get_random_secret_key)
const DJANGO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
const DJANGO_INSECURE = 'django-insecure-';
/** Markers of a Django settings module, for keys written without the `django-insecure-` prefix. */
const DJANGO_SETTINGS = /\bdjango\b|INSTALLED_APPS|ROOT_URLCONF|DJANGO_SETTINGS_MODULE/;

/** A `django-insecure-` key anywhere, else a SECRET_KEY in a file that reads as Django settings (Flask's is the generic detector's). */
function inDjangoSettings(match: RegExpExecArray, text: string): boolean {
  return (match.groups?.['secret'] ?? '').startsWith(DJANGO_INSECURE) || DJANGO_SETTINGS.test(text);
}

function djangoKeyIsReal(secret: string): boolean {
  if (secret.startsWith(DJANGO_INSECURE)) {
    const rest = secret.slice(DJANGO_INSECURE.length);
    return rest.length >= 20 && shannonEntropy(rest) >= 3.5 && randomText(rest);
  }
  return secret.length >= 32 && shannonEntropy(secret) >= 4.0 && randomText(secret);
}

// WordPress: the eight keys and salts of wp-config.php, 64 printable characters each from
// https://api.wordpress.org/secret-key/1.1/salt/ (no quotes or backslash); the sample file says
// 'put your unique phrase here'. https://developer.wordpress.org/apis/wp-config-php/#security-keys
const WP_NAMES = '(?:SECURE_AUTH|AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)';

const djangoKey = (seed: string): string => rand(seed, 50, DJANGO_ALPHABET);
const WP_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|";
const wpSalt = (seed: string): string => rand(seed, 64, WP_ALPHABET);
const hex = (seed: string, length: number): string => rand(seed, length, HEX);
const laravelKey = (seed: string): string => `${rand(seed, 43, B64)}=`;

export const FRAMEWORK_DETECTORS: readonly SecretDetector[] = [
  {
    // https://guides.rubyonrails.org/security.html#custom-credentials
    id: 'rails-master-key',
    title: 'Rails master key file',
    description: 'config/master.key (or config/credentials/<env>.key): the 32-hex-character key that decrypts the Rails encrypted credentials, and so every secret in them.',
    regex: /^\s*(?<secret>[0-9a-f]{32})\s*$/g,
    keywords: [],
    skipInTestsAndDocs: true,
    paths: /(?:^|\/)config\/(?:master|credentials\/[\w-]+)\.key$/,
    minEntropy: 3.0,
    remediation: 'Remove the key file from the repository (Rails ignores it by default), rotate the credentials with `bin/rails credentials:edit` under a new key, and pass RAILS_MASTER_KEY from a secret store.',
    samples: {
      fire: [
        { path: 'config/master.key', text: `${hex('rails-mk-1', 32)}\n` },
        { path: 'api/config/credentials/production.key', text: hex('rails-mk-2', 32) },
      ],
      silent: [
        { path: 'config/master.key', text: '00000000000000000000000000000000\n' },
        { path: 'docs/master.key.txt', text: `${hex('rails-mk-3', 32)}\n` },
        `${hex('rails-mk-4', 32)}`,
      ],
    },
  },
  {
    id: 'rails-master-key-variable',
    title: 'Rails master key in a variable',
    description: 'RAILS_MASTER_KEY set to the 32-hex-character key that decrypts the Rails encrypted credentials.',
    regex: keyedRegex('RAILS_MASTER_KEY', '[0-9a-f]{32}'),
    keywords: ['rails_master_key'],
    skipInTestsAndDocs: true,
    minEntropy: 3.0,
    verify: NOT_WORDS,
    remediation: 'Rotate the credentials under a new master key and inject RAILS_MASTER_KEY from the deployment secret store.',
    samples: {
      fire: [`RAILS_MASTER_KEY=${hex('rails-mkv-1', 32)}`, `ENV RAILS_MASTER_KEY=${hex('rails-mkv-2', 32)}`, `      RAILS_MASTER_KEY: "${hex('rails-mkv-3', 32)}"`],
      silent: ['      RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY }}', 'RAILS_MASTER_KEY=$(cat config/master.key)', 'RAILS_MASTER_KEY='],
    },
  },
  {
    // https://guides.rubyonrails.org/configuring.html#config-secret-key-base ; Phoenix: `mix phx.gen.secret`
    id: 'rails-secret-key-base',
    title: 'Rails or Phoenix secret_key_base',
    description: 'A secret_key_base (Rails secrets.yml or credentials, SECRET_KEY_BASE, Phoenix endpoint config): it signs and encrypts sessions and cookies, so whoever has it can forge them.',
    regex: keyedRegex('secret_key_base', '[0-9a-f]{64,256}|[A-Za-z0-9+/_-]{40,200}={0,2}'),
    keywords: ['secret_key_base'],
    skipInTestsAndDocs: true,
    minEntropy: 3.3,
    verify: railsKeyIsReal,
    remediation: 'Generate a new key (`bin/rails secret`, `mix phx.gen.secret`), keep it in encrypted credentials or SECRET_KEY_BASE in the environment, and expect existing sessions to end.',
    samples: {
      fire: [
        `production:\n  secret_key_base: ${hex('rails-skb-1', 128)}`,
        `SECRET_KEY_BASE=${hex('rails-skb-2', 128)}`,
        `config :agent_web, AgentWeb.Endpoint,\n  secret_key_base: "${rand('phx-skb-1', 64, B64)}"`,
        { path: 'config/environments/production.rb', text: `  config.secret_key_base = "${hex('rails-skb-3', 128)}"` },
      ],
      silent: [
        `development:\n  secret_key_base: ${hex('rails-skb-4', 128)}\n\ntest:\n  secret_key_base: ${hex('rails-skb-5', 128)}`,
        'production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>',
        { path: 'config/dev.exs', text: `config :agent_web, AgentWeb.Endpoint,\n  secret_key_base: "${rand('phx-skb-2', 64, B64)}"` },
        'config.secret_key_base = ENV.fetch("SECRET_KEY_BASE")',
        `secret_key_base: ${'0'.repeat(128)}`,
      ],
    },
  },
  {
    // https://docs.djangoproject.com/en/stable/ref/settings/#secret-key
    id: 'django-secret-key',
    title: 'Django SECRET_KEY',
    description: "A Django SECRET_KEY in settings (including the `django-insecure-` keys startproject writes, and defaults passed to an environment lookup): it signs sessions, password-reset links and messages.",
    regex:
      /(?<![\w.])SECRET_KEY\s*=\s*(?:(?:os\.environ\.get|os\.getenv|env(?:\.str)?|config)\(\s*['"]\w+['"]\s*,\s*(?:default\s*=\s*)?)?[rbu]?(?<q>['"])(?<secret>[^'"\\\s]{30,200})\k<q>/g,
    keywords: ['secret_key'],
    skipInTestsAndDocs: true,
    context: inDjangoSettings,
    verify: djangoKeyIsReal,
    ownPlaceholderCheck: true,
    remediation: 'Generate a new key (django.core.management.utils.get_random_secret_key), read it from the environment in settings, and expect sessions and reset links to be invalidated.',
    samples: {
      fire: [
        `SECRET_KEY = '${DJANGO_INSECURE}${djangoKey('dj-1')}'`,
        `# Django settings for the agent console\nINSTALLED_APPS = ["django.contrib.auth"]\nSECRET_KEY = "${djangoKey('dj-2')}"`,
        `SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${DJANGO_INSECURE}${djangoKey('dj-3')}")`,
        `SECRET_KEY = env("DJANGO_SECRET_KEY", default="${DJANGO_INSECURE}${djangoKey('dj-4')}")`,
      ],
      silent: [
        'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]',
        'SECRET_KEY = env("DJANGO_SECRET_KEY", default="!!!SET DJANGO_SECRET_KEY!!!")',
        "SECRET_KEY = 'django-insecure-change-me-before-going-to-production'",
        `SECRET_KEY = "${'x'.repeat(50)}"`,
        "SECRET_KEY = 'your-secret-key-goes-in-the-environment'",
      ],
    },
  },
  {
    id: 'wordpress-secret-key',
    title: 'WordPress authentication key or salt',
    description: 'One of the eight wp-config.php keys and salts (AUTH_KEY … NONCE_SALT): with it, login cookies and nonces can be forged.',
    regex: new RegExp(
      String.raw`(?:define\(\s*['"]${WP_NAMES}['"]\s*,\s*|^[ \t]*(?:-[ \t]*)?(?:export[ \t]+)?(?:WORDPRESS_|WP_)?${WP_NAMES}[ \t]*[=:][ \t]*)(?<q>['"])(?<secret>[^'"\\\r\n]{16,200})\k<q>`,
      'gm',
    ),
    keywords: ['auth_key', 'logged_in_key', 'nonce_key', 'auth_salt', 'logged_in_salt', 'nonce_salt'],
    skipInTestsAndDocs: true,
    minEntropy: 4.0,
    verify: (secret) => secret.length >= 24 && randomText(secret),
    ownPlaceholderCheck: true,
    remediation: 'Generate new keys and salts (https://api.wordpress.org/secret-key/1.1/salt/ or `wp config shuffle-salts`), load them from the environment, and expect every user to log in again.',
    samples: {
      fire: [
        `define( 'AUTH_KEY',         '${wpSalt('wp-1')}' );`,
        `define('NONCE_SALT', '${wpSalt('wp-2')}');`,
        `SECURE_AUTH_KEY='${wpSalt('wp-3')}'`,
        `      WORDPRESS_LOGGED_IN_SALT: "${wpSalt('wp-4')}"`,
      ],
      silent: [
        "define( 'AUTH_KEY',         'put your unique phrase here' );",
        "define( 'SECURE_AUTH_KEY', getenv( 'SECURE_AUTH_KEY' ) );",
        "AUTH_KEY='generateme'",
        "define('LOGGED_IN_KEY', '${LOGGED_IN_KEY}');",
      ],
    },
  },
  {
    // https://laravel.com/docs/encryption#configuration (`php artisan key:generate` writes base64 of 32 random bytes)
    id: 'laravel-app-key',
    title: 'Laravel APP_KEY',
    description: "A Laravel application key (APP_KEY=base64:…): it encrypts cookies and every value passed to Crypt, so whoever has it can read and forge them.",
    regex: /(?<![\w])APP_KEY(?:\\?['"]\s*,\s*|\s*[=:]\s*)\\?['"]?base64:(?<secret>[A-Za-z0-9+/]{40,88}={0,2})(?![\w+/=])/g,
    keywords: ['app_key'],
    skipInTestsAndDocs: true,
    minEntropy: 4.0,
    verify: (secret) => !isPlaceholderText(secret),
    ownPlaceholderCheck: true,
    remediation: 'Run `php artisan key:generate` for a new key kept out of the repository (APP_PREVIOUS_KEYS lets old data still decrypt), and rotate anything encrypted with the old one.',
    samples: {
      fire: [`APP_KEY=base64:${laravelKey('lara-1')}`, `'key' => env('APP_KEY', 'base64:${laravelKey('lara-2')}'),`, `  APP_KEY: "base64:${laravelKey('lara-3')}"`],
      silent: ['APP_KEY=', "'key' => env('APP_KEY'),", 'APP_KEY=base64:${APP_KEY}', `APP_KEY=base64:${'A'.repeat(43)}=`],
    },
  },
];
