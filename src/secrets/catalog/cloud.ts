import type { SecretDetector } from '../types.js';
import { ASSIGN, keyedRegex, LEFT, NOT_WORDS, RIGHT, tokenRegex, UUID } from './patterns.js';
import { ALNUM, B64URL, BASE32, HEX, pem, rand } from './sample-tokens.js';

/** Cloud platforms, infrastructure and secret managers. */

const AWS_SECRET_CHARS = `${ALNUM}/+`;
const uuid = (seed: string): string =>
  `${rand(`${seed}a`, 8, HEX)}-${rand(`${seed}b`, 4, HEX)}-4${rand(`${seed}c`, 3, HEX)}-9${rand(`${seed}d`, 3, HEX)}-${rand(`${seed}e`, 12, HEX)}`;
const AZ_SECRET_CHARS = `${ALNUM}~._-`;

export const CLOUD_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    description: 'An AWS access key ID (AKIA long-term, ASIA temporary); with its secret key it signs requests as the IAM identity.',
    regex: tokenRegex('(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}'),
    keywords: ['akia', 'asia', 'abia', 'acca'],
    minEntropy: 3.0,
    remediation: 'Deactivate and delete the key in IAM, check CloudTrail for its use, and move to roles or SSO credentials.',
    samples: {
      fire: [
        `aws_access_key_id = AKIA${rand('akia-1', 16, BASE32)}`,
        `  AWS_ACCESS_KEY_ID: "ASIA${rand('akia-2', 16, BASE32)}"`,
        `s3 = boto3.client("s3", aws_access_key_id="AKIA${rand('akia-3', 16, BASE32)}")`,
      ],
      silent: [
        'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
        'AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}',
        'region_group = "ASIA-PACIFIC"',
      ],
    },
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    description: 'The 40-character secret half of an AWS access key, recognized next to an AWS secret name.',
    regex: keyedRegex('aws[\\w.-]{0,20}?secret|secret_access_key', '[A-Za-z0-9/+]{40}'),
    verify: NOT_WORDS,
    keywords: ['aws', 'secret_access_key'],
    minEntropy: 4.0,
    remediation: 'Deactivate the access key in IAM at once, review CloudTrail, and use roles or a credentials provider instead.',
    samples: {
      fire: [
        `aws_secret_access_key = ${rand('aws-sk-1', 40, AWS_SECRET_CHARS)}`,
        `AWS_SECRET_ACCESS_KEY="${rand('aws-sk-2', 40, AWS_SECRET_CHARS)}"`,
        `    aws_secret_access_key="${rand('aws-sk-3', 40, AWS_SECRET_CHARS)}",`,
      ],
      silent: [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
        'secret = session.get_credentials().secret_key',
      ],
    },
  },
  {
    id: 'gcp-service-account-key',
    title: 'Google Cloud service account private key',
    description: 'The private_key of a GCP service-account JSON file; it authenticates as that service account until the key is deleted.',
    regex: new RegExp(
      String.raw`\\{0,3}"private_key\\{0,3}"\s{0,4}:\s{0,4}\\{0,3}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\{1,3}n|\r?\n)[A-Za-z0-9+/=\\\r\n]{64,12000}?-----END (?:RSA )?PRIVATE KEY-----)`,
      'g',
    ),
    keywords: ['private_key'],
    remediation: 'Delete the key under IAM → Service accounts → Keys, and use workload identity or a secret manager instead of key files.',
    samples: {
      fire: [
        `  "private_key": "${pem('gcp-sa-1', 'PRIVATE KEY', 1600, '\\n')}\\n",`,
        `SA_JSON = '{"type": "service_account", "private_key": "${pem('gcp-sa-2', 'PRIVATE KEY', 1200, '\\\\n')}\\\\n"}'`,
      ],
      silent: [
        '  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",',
        `  "private_key_id": "${rand('gcp-sa-id', 40, HEX)}",`,
        'creds = service_account.Credentials.from_service_account_file("service-account.json")',
      ],
    },
  },
  {
    id: 'gcp-oauth-client-secret',
    title: 'Google OAuth client secret',
    description: 'A Google OAuth 2.0 client secret (GOCSPX-...), which lets anyone impersonate the app in OAuth flows.',
    regex: tokenRegex('GOCSPX-[A-Za-z0-9_-]{28}'),
    keywords: ['gocspx-'],
    minEntropy: 3.5,
    remediation: 'Reset the client secret in Google Cloud Console → Credentials and load it from the environment.',
    samples: {
      fire: [`GOOGLE_CLIENT_SECRET=GOCSPX-${rand('gocspx-1', 28, B64URL)}`, `    "client_secret": "GOCSPX-${rand('gocspx-2', 28, B64URL)}",`],
      silent: ['    "client_secret": "GOCSPX-<client-secret>",', 'client_secret = os.environ["GOOGLE_CLIENT_SECRET"]'],
    },
  },
  {
    id: 'azure-storage-account-key',
    title: 'Azure storage account key',
    description: 'A storage account key inside a connection string (AccountKey=...); it has full control of every blob, queue and table.',
    regex: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g,
    keywords: ['accountkey='],
    minEntropy: 4.0,
    remediation: 'Rotate the key under Storage account → Access keys and switch to Entra ID auth or a SAS from Key Vault.',
    samples: {
      fire: [
        `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=agentlogs;AccountKey=${rand('az-st-1', 86, `${ALNUM}+/`)}==;EndpointSuffix=core.windows.net"`,
        `  connection_string: DefaultEndpointsProtocol=https;AccountName=vectors;AccountKey=${rand('az-st-2', 86, `${ALNUM}+/`)}==`,
      ],
      silent: [
        'AZURE_STORAGE_CONNECTION_STRING="UseDevelopmentStorage=true"',
        'conn = "DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"',
        'conn = f"DefaultEndpointsProtocol=https;AccountName={name};AccountKey={key}"',
      ],
    },
  },
  {
    id: 'azure-openai-key',
    title: 'Azure OpenAI / Cognitive Services key',
    description: 'An Azure AI services key (32 hex characters, or the newer 84-character form), recognized next to an Azure name.',
    regex: keyedRegex('azure|cognitive', '[a-f0-9]{32}|[A-Za-z0-9]{84}'),
    verify: NOT_WORDS,
    keywords: ['azure', 'cognitive'],
    minEntropy: 3.0,
    remediation: 'Regenerate the key under the resource’s Keys and Endpoint page and prefer Entra ID (managed identity) auth.',
    samples: {
      fire: [
        `AZURE_OPENAI_API_KEY=${rand('az-oai-1', 32, HEX)}`,
        `client = AzureOpenAI(api_key="${rand('az-oai-2', 32, HEX)}", api_version="2024-10-21")`,
        `azure_ai_key: ${rand('az-oai-3', 84)}`,
      ],
      silent: [
        'client = AzureOpenAI(api_key=os.getenv("AZURE_OPENAI_API_KEY"), azure_endpoint=endpoint)',
        'AZURE_OPENAI_API_KEY=<your-azure-openai-key>',
      ],
    },
  },
  {
    id: 'azure-ad-client-secret',
    title: 'Azure AD (Entra ID) client secret',
    description: 'An app registration client secret (…Q~…); with the client ID it signs in as the application.',
    regex: /(?<![\w~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])/g,
    keywords: ['q~'],
    minEntropy: 3.0,
    remediation: 'Delete the secret under App registrations → Certificates & secrets; prefer certificates or federated credentials.',
    samples: {
      fire: [
        `AZURE_CLIENT_SECRET=${rand('az-ad-1a', 3)}8Q~${rand('az-ad-1b', 34, AZ_SECRET_CHARS)}`,
        `  "clientSecret": "${rand('az-ad-2a', 3)}7Q~${rand('az-ad-2b', 34, AZ_SECRET_CHARS)}",`,
      ],
      silent: ['AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}', 'client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'azure-sas-token',
    title: 'Azure shared access signature',
    description: 'The signature (sig=) of an Azure SAS URL; until it expires it grants the listed permissions on the storage resource.',
    regex: /\bsv=20\d{2}-\d{2}-\d{2}&[^\s"'<>\\]{0,400}?\bsig=(?<secret>[A-Za-z0-9%+/=]{40,120})/g,
    keywords: ['sig='],
    minEntropy: 3.5,
    remediation: 'Rotate the account key that signed it (or revoke the stored access policy) and issue short-lived SAS tokens at run time.',
    samples: {
      fire: [
        `BLOB_SAS_URL="https://agentdata.blob.core.windows.net/runs?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=${rand('az-sas-1', 43)}%3D"`,
        `  sas_url: https://evals.blob.core.windows.net/out?sp=racw&st=2024-05-01T10:00:00Z&se=2025-05-01T18:00:00Z&sv=2022-11-02&sr=c&sig=${rand('az-sas-2', 43)}%3D`,
      ],
      silent: [
        'url = f"{container_url}?sv=2022-11-02&sp=r&sig={signature}"',
        'BLOB_SAS_URL="https://acct.blob.core.windows.net/c?sv=2022-11-02&sig=<signature>"',
      ],
    },
  },
  {
    id: 'digitalocean-token',
    title: 'DigitalOcean token',
    description: 'A DigitalOcean personal access, OAuth or refresh token (dop_v1_ / doo_v1_ / dor_v1_) with control of droplets and databases.',
    regex: tokenRegex('do[por]_v1_[a-f0-9]{64}'),
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    minEntropy: 3.0,
    remediation: 'Delete the token under API → Tokens in the DigitalOcean control panel.',
    samples: {
      fire: [`DIGITALOCEAN_TOKEN=dop_v1_${rand('do-1', 64, HEX)}`, `do_token = "doo_v1_${rand('do-2', 64, HEX)}"`],
      silent: ['DIGITALOCEAN_TOKEN=dop_v1_...', 'token = os.environ["DIGITALOCEAN_TOKEN"]'],
    },
  },
  {
    id: 'cloudflare-api-token',
    title: 'Cloudflare API token or global key',
    description: 'A Cloudflare API token (40 characters) or global API key (37 hex), recognized next to a Cloudflare name.',
    regex: keyedRegex('cloudflare|cf_api|cf_token|cf_key|cf_auth', '[A-Za-z0-9_-]{40}|[a-f0-9]{37}'),
    verify: NOT_WORDS,
    keywords: ['cloudflare', 'cf_api', 'cf_token', 'cf_key', 'cf_auth'],
    minEntropy: 3.5,
    remediation: 'Roll the token in the Cloudflare dashboard (My Profile → API Tokens); retire global API keys.',
    samples: {
      fire: [`CLOUDFLARE_API_TOKEN=${rand('cf-1', 40, ALNUM)}`, `  CF_API_KEY: "${rand('cf-2', 37, HEX)}"`],
      silent: ['CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}', `cloudflare_zone_id = "${rand('cf-zone', 32, HEX)}"`],
    },
  },
  {
    id: 'heroku-api-key',
    title: 'Heroku API key',
    description: 'A Heroku platform API key (HRKU-... or a UUID next to a Heroku name) with control of the account’s apps.',
    regex: new RegExp(`${LEFT}HRKU-AA[0-9A-Za-z_-]{58}${RIGHT}|heroku[\\w.()-]{0,30}?${ASSIGN}(?<secret>${UUID})${RIGHT}`, 'gi'),
    keywords: ['hrku-', 'heroku'],
    minEntropy: 3.0,
    remediation: 'Regenerate the API key in Heroku Account settings (or revoke the authorization) and use HEROKU_API_KEY from CI secrets.',
    samples: {
      fire: [`HEROKU_API_KEY=${uuid('heroku-1')}`, `heroku_token: "HRKU-AA${rand('heroku-2', 58, B64URL)}"`],
      silent: ['HEROKU_API_KEY=$(heroku auth:token)', 'heroku_app_name = "agent-console-staging"'],
    },
  },
  {
    id: 'vercel-token',
    title: 'Vercel access token',
    description: 'A Vercel access token (24 characters), recognized next to a Vercel name; it deploys and reads env vars.',
    regex: keyedRegex('vercel', '[A-Za-z0-9]{24}'),
    verify: NOT_WORDS,
    keywords: ['vercel'],
    minEntropy: 3.5,
    remediation: 'Delete the token under Vercel Account Settings → Tokens and use the CI secret store.',
    samples: {
      fire: [`VERCEL_TOKEN=${rand('vercel-1', 24)}`, `  vercel_token: "${rand('vercel-2', 24)}"`],
      silent: ['VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}', 'vercel_project_name = "agent-dashboard-web"'],
    },
  },
  {
    id: 'supabase-secret-key',
    title: 'Supabase access token or secret key',
    description: 'A Supabase management access token (sbp_) or project secret key (sb_secret_) that bypasses row-level security.',
    regex: tokenRegex('(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,64})'),
    keywords: ['sbp_', 'sb_secret_'],
    minEntropy: 3.0,
    remediation: 'Revoke it in the Supabase dashboard (Account → Access tokens, or Project → API keys) and keep it server-side only.',
    samples: {
      fire: [`SUPABASE_ACCESS_TOKEN=sbp_${rand('sbp-1', 40, HEX)}`, `SUPABASE_SECRET_KEY="sb_secret_${rand('sbp-2', 31, B64URL)}"`],
      silent: ['SUPABASE_ACCESS_TOKEN=sbp_...', `SUPABASE_PUBLISHABLE_KEY=sb_publishable_${rand('sbp-3', 31, B64URL)}`],
    },
  },
  {
    id: 'firebase-fcm-server-key',
    title: 'Firebase Cloud Messaging server key',
    description: 'A legacy FCM server key (AAAA…:APA91b…) that can push notifications to every installed app instance.',
    regex: tokenRegex('AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}'),
    keywords: ['apa91b'],
    minEntropy: 3.5,
    remediation: 'Delete the server key in Firebase Console → Cloud Messaging and migrate to the HTTP v1 API with a service account.',
    samples: {
      fire: [
        `FCM_SERVER_KEY=AAAA${rand('fcm-1a', 7, B64URL)}:APA91b${rand('fcm-1b', 134, B64URL)}`,
        `headers = {"Authorization": "key=AAAA${rand('fcm-2a', 7, B64URL)}:APA91b${rand('fcm-2b', 134, B64URL)}"}`,
      ],
      silent: ['FCM_SERVER_KEY=AAAA...:APA91b...', 'headers = {"Authorization": "key=" + os.environ["FCM_SERVER_KEY"]}'],
    },
  },
  {
    id: 'databricks-token',
    title: 'Databricks personal access token',
    description: 'A Databricks token (dapi...) that runs jobs and reads data in the workspace as its owner.',
    regex: tokenRegex('dapi[a-f0-9]{32}(?:-\\d)?'),
    keywords: ['dapi'],
    minEntropy: 3.0,
    remediation: 'Revoke the token in Databricks User Settings → Developer → Access tokens; prefer OAuth machine-to-machine auth.',
    samples: {
      fire: [`DATABRICKS_TOKEN=dapi${rand('dapi-1', 32, HEX)}`, `  token: "dapi${rand('dapi-2', 32, HEX)}-2"`],
      silent: ['DATABRICKS_TOKEN={{ secrets.databricks_token }}', 'host = "https://adb-1234567890123456.7.azuredatabricks.net"'],
    },
  },
  {
    id: 'doppler-token',
    title: 'Doppler token',
    description: 'A Doppler personal, service, CLI or SCIM token (dp.pt. / dp.st. / …) that reads every secret it is scoped to.',
    regex: tokenRegex('dp\\.(?:pt|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}|dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}'),
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    minEntropy: 3.5,
    remediation: 'Revoke the token in the Doppler dashboard (Access tokens or the config’s Service tokens).',
    samples: {
      fire: [`DOPPLER_TOKEN=dp.pt.${rand('dp-1', 43)}`, `  doppler_token: "dp.st.prd.${rand('dp-2', 43)}"`],
      silent: ['DOPPLER_TOKEN=dp.st.xxxx', 'doppler run -- python agent.py'],
    },
  },
  {
    id: 'hashicorp-vault-token',
    title: 'HashiCorp Vault token',
    description: 'A Vault service or batch token (hvs. / hvb.) that reads whatever secrets its policies allow.',
    regex: tokenRegex('(?:hvs\\.[A-Za-z0-9_-]{90,200}|hvb\\.[A-Za-z0-9_-]{138,300})'),
    keywords: ['hvs.', 'hvb.'],
    minEntropy: 3.5,
    remediation: 'Revoke it with `vault token revoke` and authenticate workloads with an auth method (AppRole, Kubernetes, OIDC).',
    samples: {
      fire: [
        `VAULT_TOKEN=hvs.CAESI${rand('hvs-1', 86, B64URL)}`,
        `client = hvac.Client(url=VAULT_ADDR, token="hvb.AAAAAQ${rand('hvb-1', 140, B64URL)}")`,
      ],
      silent: ['VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx', 'client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])'],
    },
  },
  {
    id: 'terraform-cloud-token',
    title: 'Terraform Cloud / HCP Terraform API token',
    description: 'A Terraform Cloud user, team or organization token (….atlasv1.…) that can plan and apply infrastructure.',
    regex: tokenRegex('[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}'),
    keywords: ['atlasv1'],
    minEntropy: 3.5,
    remediation: 'Revoke the token in Terraform Cloud (User or Organization settings → Tokens).',
    samples: {
      fire: [
        `TF_TOKEN_app_terraform_io=${rand('tfc-1a', 14)}.atlasv1.${rand('tfc-1b', 67, B64URL)}`,
        `  token = "${rand('tfc-2a', 14)}.atlasv1.${rand('tfc-2b', 67, B64URL)}"`,
      ],
      silent: ['TF_TOKEN_app_terraform_io=${{ secrets.TF_API_TOKEN }}', '  token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxx"'],
    },
  },
];
