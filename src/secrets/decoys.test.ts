import { describe, expect, it } from 'vitest';
import { rand, HEX, B64 } from './catalog/sample-tokens.js';
import { scanSecrets } from './scan.js';

/** Things that look like secrets to a naive scanner and must never fail the gate. */
const DECOYS: Record<string, readonly string[]> = {
  'environment lookups': [
    'api_key = os.environ["OPENAI_API_KEY"]',
    "api_key = os.environ['OPENAI_API_KEY']",
    'token = os.getenv("GITHUB_TOKEN")',
    'password = os.environ.get("DB_PASSWORD")',
    'const key = process.env.ANTHROPIC_API_KEY;',
    'const key = process.env["ANTHROPIC_API_KEY"] ?? "";',
    'OPENAI_API_KEY=${OPENAI_API_KEY}',
    'export GITHUB_TOKEN=$GITHUB_TOKEN',
    '      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}',
    'password = "%(db_password)s"',
    'api_key = f"{settings.api_key}"',
    'const token = import.meta.env.VITE_API_TOKEN;',
    'ENV OPENAI_API_KEY=${OPENAI_API_KEY}',
    'ARG NPM_TOKEN',
  ],
  placeholders: [
    'OPENAI_API_KEY=your-api-key-here',
    'api_key = "<YOUR_KEY>"',
    'API_KEY=YOUR_API_KEY',
    'OPENAI_API_KEY=sk-...',
    'OPENAI_API_KEY=sk-xxxx',
    'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'token = "xxxxxxxxxxxxxxxxxxxx"',
    'password = "********"',
    'password = "changeme"',
    'secret = "replace-me"',
    'api_key = "TODO"',
    'Authorization: Bearer <token>',
    'api_key = "..."',
    'STRIPE_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'GITHUB_TOKEN=ghp_your_token_here_0000000000000000000',
  ],
  'documented examples and test values': [
    'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
    'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
    'api_key = "example-key-9f8e7d6c5b4a"',
    'api_key = "dummy_7f6e5d4c3b2a1098"',
    'token = "fake-token-a8b7c6d5e4f3"',
    'secret = "not-real-secret-123abc"',
    'secret = "notreal_5d4c3b2a19f8e7"',
    'api_key = "test-key-5a4b3c2d1e0f"',
    'token = "sample_token_2b3c4d5e6f7a"',
    'password = "placeholder-Pw-123"',
    'api_key = "REDACTED-7d6c5b4a3f2e"',
    'password = "P@ssw0rd!"',
    'password = "Password123!"',
  ],
  'hashes and ids without a secret name': [
    `"integrity": "sha512-${rand('decoy-int', 86, B64)}=="`,
    `<script src="app.js" integrity="sha384-${rand('decoy-sri', 64, B64)}"></script>`,
    `checksum: ${rand('decoy-ck', 64, HEX)}`,
    `image: agent@sha256:${rand('decoy-dig', 64, HEX)}`,
    `  "digest": "sha256:${rand('decoy-dig2', 64, HEX)}"`,
    `commit ${rand('decoy-sha', 40, HEX)}`,
    `"resolved": "git+ssh://git@github.com/acme/lib.git#${rand('decoy-res', 40, HEX)}"`,
    `run_id = "${rand('uuid-a', 8, HEX)}-${rand('uuid-b', 4, HEX)}-4${rand('uuid-c', 3, HEX)}-8${rand('uuid-d', 3, HEX)}-${rand('uuid-e', 12, HEX)}"`,
    `${rand('uuid-f', 8, HEX)}-${rand('uuid-g', 4, HEX)}-4${rand('uuid-h', 3, HEX)}-a${rand('uuid-i', 3, HEX)}-${rand('uuid-j', 12, HEX)}`,
    'pip install --require-hashes -r requirements.txt',
  ],
  'low entropy, paths and password-less URLs': [
    'api_key = "aaaaaaaaaaaaaaaaaaaaaaaa"',
    'token = "abababababababababababab"',
    'private_key = "/etc/ssl/private/server.key"',
    'key_file = "~/.ssh/id_ed25519"',
    'repo = "https://user@git.acme.dev/team/repo.git"',
    'DATABASE_URL=postgres://user@localhost/db',
    'DATABASE_URL=postgres://user:${PASSWORD}@db.internal/app',
    'DATABASE_URL=postgres://postgres:postgres@localhost:5432/postgres',
    'DATABASE_URL=postgresql://root:root@127.0.0.1:5432/app',
    'REDIS_URL=redis://default:redis@redis:6379',
    'AMQP_URL=amqp://guest:guest@rabbitmq:5672/',
    'MONGO_URL=mongodb://admin:admin@mongo:27017',
    'see https://docs.acme.dev/auth#tokens',
  ],
  'names, annotations and functions': [
    'password: str',
    'api_key: Optional[str] = None',
    'def get_token(self, scope: str) -> str:',
    'async function refreshToken(token: string): Promise<string> {',
    'token_url = "https://auth.acme.dev/oauth/token"',
    'api_key_header = "X-API-Key"',
    'password_field = "password"',
    'SECRET_KEY_SETTING = "SECRET_KEY"',
    'CUSTOMER_MANAGED_KEY = "CUSTOMER_MANAGED_KEY"',
    'self.token = token',
    'token = response.json()["access_token"]',
    'pass_rate = compute_pass_rate(results)',
    'const pass = !result.issues || result.issues.length === 0;',
    '  pass: matchResult?.pass ?? false,',
    'bypass = "allow-list-override"',
    'keyboard_layout = "qwertz-de-nodeadkeys"',
    'tokenizer = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B")',
    'pad_token = "<|finetune_right_pad_id|>"',
    'max_tokens: int = 1024',
    '"password": "Passwort",',
    'label: "API key", placeholder: "Paste your API key"',
    'Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/s3/aws4_request',
  ],
};

describe('decoys stay silent', () => {
  for (const [group, lines] of Object.entries(DECOYS)) {
    it.each(lines.map((line) => [line] as const))(`${group}: %s`, (line) => {
      expect(scanSecrets(line).map((m) => `${m.detectorId}: ${m.secret}`)).toEqual([]);
    });
  }

  it('a whole .env.example and docker-compose file produce nothing', () => {
    const text = [
      '# Copy to .env and fill in',
      'OPENAI_API_KEY=',
      'ANTHROPIC_API_KEY=sk-ant-api03-...',
      'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DATABASE_URL=postgresql://postgres:postgres@db:5432/agents',
      'SECRET_KEY=changeme',
      '',
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      POSTGRES_PASSWORD: postgres',
      '      POSTGRES_USER: postgres',
      '  app:',
      '    environment:',
      '      - DATABASE_URL=postgres://postgres:postgres@db:5432/app',
      '      - OPENAI_API_KEY=${OPENAI_API_KEY}',
    ].join('\n');
    expect(scanSecrets(text)).toEqual([]);
  });
});
