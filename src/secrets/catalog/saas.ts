import type { SecretDetector } from '../types.js';
import { ASSIGN, keyedRegex, LEFT, RIGHT, tokenRegex } from './patterns.js';
import { B64URL, DIGITS, HEX, UPPER_ALNUM, rand } from './sample-tokens.js';

/** Messaging, payments, observability and productivity SaaS that agents call as tools. */

const slackId = (seed: string, length: number): string => rand(seed, length, DIGITS).replace(/^0/, '7');

export const SAAS_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'slack-bot-token',
    title: 'Slack bot token',
    description: 'A Slack bot token (xoxb-...) that posts and reads in every channel the app was added to.',
    regex: tokenRegex('xoxb-\\d{8,14}-\\d{8,14}-[A-Za-z0-9]{20,40}'),
    keywords: ['xoxb-'],
    minEntropy: 3.0,
    remediation: 'Revoke the token (auth.revoke) or reinstall the Slack app with rotated credentials.',
    samples: {
      fire: [
        `SLACK_BOT_TOKEN=xoxb-${slackId('xoxb-1a', 12)}-${slackId('xoxb-1b', 13)}-${rand('xoxb-1c', 24)}`,
        `client = WebClient(token="xoxb-${slackId('xoxb-2a', 12)}-${slackId('xoxb-2b', 13)}-${rand('xoxb-2c', 24)}")`,
      ],
      silent: ['SLACK_BOT_TOKEN=xoxb-your-bot-token', 'client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])'],
    },
  },
  {
    id: 'slack-user-token',
    title: 'Slack user token',
    description: 'A Slack user token (xoxp-...) that acts as the person: reads their DMs and private channels.',
    regex: tokenRegex('xoxp-\\d{8,14}-\\d{8,14}-\\d{8,14}-[A-Za-z0-9]{28,40}'),
    keywords: ['xoxp-'],
    minEntropy: 3.0,
    remediation: 'Revoke the token (auth.revoke) and have the user re-authorize the app.',
    samples: {
      fire: [
        `SLACK_USER_TOKEN=xoxp-${slackId('xoxp-1a', 12)}-${slackId('xoxp-1b', 12)}-${slackId('xoxp-1c', 13)}-${rand('xoxp-1d', 32, HEX)}`,
        `  slack_token: "xoxp-${slackId('xoxp-2a', 11)}-${slackId('xoxp-2b', 12)}-${slackId('xoxp-2c', 13)}-${rand('xoxp-2d', 32, HEX)}"`,
      ],
      silent: ['SLACK_USER_TOKEN=xoxp-...', 'token = slack_tokens["xoxp"]'],
    },
  },
  {
    id: 'slack-other-token',
    title: 'Slack app-level, legacy or refresh token',
    description: 'A Slack app-level token (xapp-), workspace/legacy token (xoxa-, xoxs-) or refresh token (xoxr-).',
    regex: tokenRegex('(?:xox[ars]-(?:\\d-)?[A-Za-z0-9-]{20,200}|xapp-\\d-[A-Z0-9]{9,12}-\\d{10,13}-[a-f0-9]{60,70})'),
    keywords: ['xoxa-', 'xoxr-', 'xoxs-', 'xapp-'],
    minEntropy: 3.0,
    remediation: 'Revoke the token in the Slack app’s settings (Basic Information → App-Level Tokens) or via auth.revoke.',
    samples: {
      fire: [
        `SLACK_APP_TOKEN=xapp-1-A${rand('xapp-1a', 10, UPPER_ALNUM)}-${slackId('xapp-1b', 13)}-${rand('xapp-1c', 64, HEX)}`,
        `refresh_token = "xoxr-${rand('xoxr-1', 60)}"`,
      ],
      silent: ['SLACK_APP_TOKEN=xapp-...', 'handler = SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"])'],
    },
  },
  {
    id: 'slack-webhook-url',
    title: 'Slack incoming webhook URL',
    description: 'A Slack incoming-webhook URL; anyone holding it can post messages into the channel.',
    regex: /hooks\.slack\.com\/(?:services|workflows|triggers)\/(?<secret>T[A-Z0-9]{8,12}\/[A-Za-z0-9_/-]{20,120})(?![\w/-])/g,
    keywords: ['hooks.slack.com'],
    minEntropy: 3.5,
    remediation: 'Remove the webhook in the Slack app’s Incoming Webhooks page and create a new one kept in a secret store.',
    samples: {
      fire: [
        `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T${rand('swh-1a', 10, UPPER_ALNUM)}/B${rand('swh-1b', 10, UPPER_ALNUM)}/${rand('swh-1c', 24)}`,
        `requests.post("https://hooks.slack.com/services/T${rand('swh-2a', 10, UPPER_ALNUM)}/B${rand('swh-2b', 10, UPPER_ALNUM)}/${rand('swh-2c', 24)}", json={"text": msg})`,
      ],
      silent: [
        'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
        'requests.post(os.environ["SLACK_WEBHOOK_URL"], json={"text": msg})',
      ],
    },
  },
  {
    id: 'stripe-secret-key',
    title: 'Stripe live secret key',
    description: 'A Stripe live-mode secret key (sk_live_...) with full access to charges, refunds and customer data.',
    regex: tokenRegex('sk_live_[A-Za-z0-9]{24,247}'),
    keywords: ['sk_live_'],
    minEntropy: 3.5,
    remediation: 'Roll the key in the Stripe Dashboard (Developers → API keys); use restricted keys for agents.',
    samples: {
      fire: [`STRIPE_SECRET_KEY=sk_live_${rand('stripe-1', 99)}`, `stripe.api_key = "sk_live_${rand('stripe-2', 24)}"`],
      silent: [
        `stripe.api_key = "sk_test_${rand('stripe-3', 24)}"`,
        `STRIPE_PUBLISHABLE_KEY=pk_live_${rand('stripe-4', 24)}`,
        'stripe.api_key = os.environ["STRIPE_SECRET_KEY"]',
      ],
    },
  },
  {
    id: 'stripe-restricted-key',
    title: 'Stripe live restricted key',
    description: 'A Stripe live-mode restricted key (rk_live_...) with the permissions chosen when it was created.',
    regex: tokenRegex('rk_live_[A-Za-z0-9]{24,247}'),
    keywords: ['rk_live_'],
    minEntropy: 3.5,
    remediation: 'Roll or delete the restricted key in the Stripe Dashboard (Developers → API keys).',
    samples: {
      fire: [`STRIPE_RESTRICTED_KEY=rk_live_${rand('rk-1', 99)}`, `const stripe = new Stripe('rk_live_${rand('rk-2', 32)}');`],
      silent: [`const stripe = new Stripe('rk_test_${rand('rk-3', 32)}');`, 'const stripe = new Stripe(process.env.STRIPE_KEY!);'],
    },
  },
  {
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    description: 'A webhook signing secret (whsec_...); with it anyone can forge events that the endpoint will trust.',
    regex: tokenRegex('whsec_[A-Za-z0-9+/=]{32,64}'),
    keywords: ['whsec_'],
    minEntropy: 3.5,
    remediation: 'Roll the endpoint’s signing secret in the Stripe Dashboard (Developers → Webhooks).',
    samples: {
      fire: [`STRIPE_WEBHOOK_SECRET=whsec_${rand('whsec-1', 32)}`, `endpoint_secret = 'whsec_${rand('whsec-2', 32)}'`],
      silent: ['endpoint_secret = os.environ["STRIPE_WEBHOOK_SECRET"]', 'STRIPE_WEBHOOK_SECRET=whsec_...'],
    },
  },
  {
    id: 'sendgrid-api-key',
    title: 'SendGrid API key',
    description: 'A Twilio SendGrid key (SG.xxx.yyy) that sends mail from the account’s verified domains.',
    regex: tokenRegex('SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}'),
    keywords: ['sg.'],
    minEntropy: 3.5,
    remediation: 'Delete the key in SendGrid Settings → API Keys and read it from SENDGRID_API_KEY.',
    samples: {
      fire: [
        `SENDGRID_API_KEY=SG.${rand('sg-1a', 22, B64URL)}.${rand('sg-1b', 43, B64URL)}`,
        `sg = SendGridAPIClient("SG.${rand('sg-2a', 22, B64URL)}.${rand('sg-2b', 43, B64URL)}")`,
      ],
      silent: ['sg = SendGridAPIClient(os.environ.get("SENDGRID_API_KEY"))', 'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'twilio-api-key',
    title: 'Twilio API key SID',
    description: 'A Twilio API key SID (SK + 32 hex); with its secret it calls the Twilio API for the account.',
    regex: tokenRegex('SK[0-9a-f]{32}'),
    keywords: ['sk'],
    minEntropy: 3.0,
    remediation: 'Delete the API key in the Twilio Console (Account → API keys & tokens) and read keys from the environment.',
    samples: {
      fire: [`TWILIO_API_KEY=SK${rand('tw-sk-1', 32, HEX)}`, `client = Client("SK${rand('tw-sk-2', 32, HEX)}", api_secret, account_sid)`],
      silent: ['TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `TASK_ID = "TASK${rand('tw-sk-3', 32, HEX)}"`],
    },
  },
  {
    id: 'twilio-auth-token',
    title: 'Twilio auth token',
    description: 'A Twilio account auth token (32 hex) next to an auth-token name in a file that uses Twilio; it is the account password for the API.',
    regex: keyedRegex('auth[_-]?token|twilio[\\w.-]{0,20}?(?:token|secret)', '[a-f0-9]{32}'),
    keywords: ['twilio'],
    minEntropy: 3.0,
    remediation: 'Rotate the auth token in the Twilio Console (promote the secondary token) and use API keys in code.',
    samples: {
      fire: [`TWILIO_AUTH_TOKEN=${rand('tw-at-1', 32, HEX)}`, `  twilio_auth_token: "${rand('tw-at-2', 32, HEX)}"`],
      silent: ['TWILIO_AUTH_TOKEN=your_auth_token', `TWILIO_ACCOUNT_SID=AC${rand('tw-at-3', 32, HEX)}`],
    },
  },
  {
    id: 'mailgun-api-key',
    title: 'Mailgun API key',
    description: 'A Mailgun private API key (key-... or the newer hex-hex-hex form) in a file that uses Mailgun.',
    regex: tokenRegex('(?:key-[a-f0-9]{32}|[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})'),
    keywords: ['mailgun'],
    minEntropy: 3.0,
    remediation: 'Delete the key in Mailgun (API Security) and read it from MAILGUN_API_KEY.',
    samples: {
      fire: [
        `MAILGUN_API_KEY=key-${rand('mg-1', 32, HEX)}`,
        `auth=("api", "${rand('mg-2a', 32, HEX)}-${rand('mg-2b', 8, HEX)}-${rand('mg-2c', 8, HEX)}")  # mailgun`,
      ],
      silent: ['MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'MAILGUN_DOMAIN=mg.acme.io'],
    },
  },
  {
    id: 'mailchimp-api-key',
    title: 'Mailchimp API key',
    description: 'A Mailchimp marketing API key (32 hex + data-center suffix such as -us21) with access to audiences and campaigns.',
    regex: tokenRegex('[a-f0-9]{32}-us\\d{1,2}'),
    keywords: ['mailchimp'],
    minEntropy: 3.0,
    remediation: 'Disable the key in Mailchimp Account → Extras → API keys.',
    samples: {
      fire: [`MAILCHIMP_API_KEY=${rand('mc-1', 32, HEX)}-us21`, `mailchimp.set_config({"api_key": "${rand('mc-2', 32, HEX)}-us6", "server": "us6"})`],
      silent: ['MAILCHIMP_API_KEY=<api-key>-us21', 'MAILCHIMP_SERVER_PREFIX=us21'],
    },
  },
  {
    id: 'datadog-api-key',
    title: 'Datadog API or application key',
    description: 'A Datadog API key (32 hex) or application key (40 hex) next to a Datadog name; app keys read dashboards and logs.',
    regex: keyedRegex('(?:datadog|dd)[_-]?(?:api|app(?:lication)?)[_-]?key|datadog', '[a-f0-9]{40}|[a-f0-9]{32}'),
    keywords: ['datadog', 'dd_api', 'dd_app', 'dd-api', 'dd-app'],
    minEntropy: 3.0,
    remediation: 'Revoke the key in Datadog Organization settings (API keys / Application keys).',
    samples: {
      fire: [`DD_API_KEY=${rand('dd-1', 32, HEX)}`, `  DD_APP_KEY: "${rand('dd-2', 40, HEX)}"`, `datadog_api_key = "${rand('dd-3', 32, HEX)}"`],
      silent: ['DD_API_KEY=${DD_API_KEY}', 'DD_SITE=datadoghq.eu'],
    },
  },
  {
    id: 'shopify-token',
    title: 'Shopify access token or shared secret',
    description: 'A Shopify Admin API access token (shpat_), custom-app (shpca_), private-app (shppa_) token or shared secret (shpss_).',
    regex: tokenRegex('shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}'),
    keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    minEntropy: 3.0,
    remediation: 'Uninstall/reinstall the custom app or rotate the token in the Shopify admin (Apps → Develop apps).',
    samples: {
      fire: [`SHOPIFY_ACCESS_TOKEN=shpat_${rand('shp-1', 32, HEX)}`, `headers = {"X-Shopify-Access-Token": "shpat_${rand('shp-2', 32, HEX)}"}`],
      silent: ['SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'headers = {"X-Shopify-Access-Token": os.environ["SHOPIFY_TOKEN"]}'],
    },
  },
  {
    id: 'discord-bot-token',
    title: 'Discord bot token',
    description: 'A Discord bot token (three dot-separated base64 parts) in a file that uses Discord; it logs in as the bot.',
    regex: tokenRegex('[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}'),
    keywords: ['discord'],
    minEntropy: 3.5,
    remediation: 'Reset the token in the Discord Developer Portal (Bot → Reset Token).',
    samples: {
      fire: [
        `DISCORD_TOKEN=MT${rand('dc-1a', 24)}.${rand('dc-1b', 6, B64URL)}.${rand('dc-1c', 38, B64URL)}`,
        `client.run("MT${rand('dc-2a', 24)}.${rand('dc-2b', 6, B64URL)}.${rand('dc-2c', 38, B64URL)}")  # discord.py`,
      ],
      silent: ['client.run(os.environ["DISCORD_TOKEN"])  # discord.py', 'DISCORD_TOKEN=your-discord-bot-token'],
    },
  },
  {
    id: 'discord-webhook-url',
    title: 'Discord webhook URL',
    description: 'A Discord webhook URL; whoever has it can post into the channel as the webhook.',
    regex: /discord(?:app)?\.com\/api\/webhooks\/(?<secret>\d{17,20}\/[A-Za-z0-9_-]{60,70})(?![\w-])/g,
    keywords: ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'],
    minEntropy: 3.5,
    remediation: 'Delete the webhook in the channel’s Integrations settings and create a new one kept in a secret store.',
    samples: {
      fire: [
        `DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/1${rand('dwh-1a', 18, DIGITS)}/${rand('dwh-1b', 68, B64URL)}`,
        `requests.post("https://discordapp.com/api/webhooks/9${rand('dwh-2a', 17, DIGITS)}/${rand('dwh-2b', 68, B64URL)}", json=payload)`,
      ],
      silent: ['url = f"https://discord.com/api/webhooks/{webhook_id}/{webhook_token}"', 'DISCORD_WEBHOOK_URL=os.getenv("DISCORD_WEBHOOK_URL")'],
    },
  },
  {
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    description: 'A Telegram Bot API token (bot id, colon, 35 characters starting AA) in a file that uses Telegram.',
    regex: /(?<![\w-](?<!bot|\\[nrt]))\d{8,10}:AA[A-Za-z0-9_-]{33}(?![\w-])/g,
    keywords: ['telegram', 'telebot', 'aiogram', 'bot_token', 'bottoken'],
    minEntropy: 3.5,
    remediation: 'Revoke the token with @BotFather (/revoke) and read it from TELEGRAM_BOT_TOKEN.',
    samples: {
      fire: [
        `TELEGRAM_BOT_TOKEN=7${rand('tg-1a', 9, DIGITS)}:AA${rand('tg-1b', 33, B64URL)}`,
        `bot = telebot.TeleBot("6${rand('tg-2a', 9, DIGITS)}:AA${rand('tg-2b', 33, B64URL)}")`,
        `url = f"https://api.telegram.org/bot5${rand('tg-3a', 9, DIGITS)}:AA${rand('tg-3b', 33, B64URL)}/sendMessage"`,
      ],
      silent: ['bot = telebot.TeleBot(os.environ["TELEGRAM_BOT_TOKEN"])', 'TELEGRAM_BOT_TOKEN=123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ'],
    },
  },
  {
    id: 'notion-token',
    title: 'Notion integration token',
    description: 'A Notion internal integration token (ntn_... or the older secret_...) that reads and edits the shared pages.',
    regex: tokenRegex('(?:secret_[A-Za-z0-9]{43}|ntn_\\d{11}[A-Za-z0-9]{35})'),
    keywords: ['secret_', 'ntn_'],
    minEntropy: 3.5,
    remediation: 'Refresh the integration secret under Notion Settings → Integrations and read it from NOTION_TOKEN.',
    samples: {
      fire: [`NOTION_TOKEN=secret_${rand('notion-1', 43)}`, `notion = Client(auth="ntn_${rand('notion-2a', 11, DIGITS)}${rand('notion-2b', 35)}")`],
      silent: ['notion = Client(auth=os.environ["NOTION_TOKEN"])', 'secret_manager = secretmanager.SecretManagerServiceClient()'],
    },
  },
  {
    id: 'linear-api-key',
    title: 'Linear API key',
    description: 'A Linear personal API key (lin_api_...) that reads and writes issues as its owner.',
    regex: tokenRegex('lin_api_[A-Za-z0-9]{40}'),
    keywords: ['lin_api_'],
    minEntropy: 3.5,
    remediation: 'Revoke the key in Linear Settings → Security & access → Personal API keys.',
    samples: {
      fire: [`LINEAR_API_KEY=lin_api_${rand('lin-1', 40)}`, `const linear = new LinearClient({ apiKey: "lin_api_${rand('lin-2', 40)}" });`],
      silent: ['const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY });', 'LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'atlassian-api-token',
    title: 'Atlassian (Jira, Confluence) API token',
    description: 'An Atlassian API token (ATATT3..., or 24 characters next to a Jira/Confluence name) that acts as the user.',
    regex: new RegExp(
      `${LEFT}ATATT3[A-Za-z0-9_=-]{180,200}${RIGHT}|(?:jira|confluence|atlassian)[\\w.()-]{0,30}?${ASSIGN}(?<secret>[A-Za-z0-9]{24})${RIGHT}`,
      'gi',
    ),
    keywords: ['atatt3', 'jira', 'confluence', 'atlassian'],
    minEntropy: 3.5,
    remediation: 'Revoke the token at the Atlassian account security page (API tokens).',
    samples: {
      fire: [
        `JIRA_API_TOKEN=ATATT3xFfGF0${rand('atl-1a', 170, B64URL)}=${rand('atl-1b', 8, HEX).toUpperCase()}`,
        `  confluence_token: "${rand('atl-2', 24)}"`,
      ],
      silent: ['JIRA_API_TOKEN=<atlassian-api-token>', 'jira_url = "https://acme.atlassian.net"'],
    },
  },
  {
    id: 'sentry-auth-token',
    title: 'Sentry auth token',
    description: 'A Sentry organization (sntrys_) or user (sntryu_) auth token that uploads releases and reads issues.',
    regex: tokenRegex('(?:sntrys_eyJ[A-Za-z0-9+/=_-]{60,400}|sntryu_[a-f0-9]{64})'),
    keywords: ['sntrys_', 'sntryu_'],
    minEntropy: 3.5,
    remediation: 'Revoke the token in Sentry Settings → Auth Tokens (or Organization Tokens).',
    samples: {
      fire: [`SENTRY_AUTH_TOKEN=sntrys_eyJ${rand('sentry-1', 150, B64URL)}`, `sentry_token = "sntryu_${rand('sentry-2', 64, HEX)}"`],
      silent: [`SENTRY_DSN=https://${rand('sentry-3', 32, HEX)}@o450123.ingest.sentry.io/4504`, 'SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}'],
    },
  },
  {
    id: 'postman-api-key',
    title: 'Postman API key',
    description: 'A Postman API key (PMAK-...) with access to the owner’s collections, environments and their stored secrets.',
    regex: tokenRegex('PMAK-[a-f0-9]{24}-[a-f0-9]{34}'),
    keywords: ['pmak-'],
    minEntropy: 3.0,
    remediation: 'Revoke the key in Postman Settings → API keys.',
    samples: {
      fire: [`POSTMAN_API_KEY=PMAK-${rand('pmak-1a', 24, HEX)}-${rand('pmak-1b', 34, HEX)}`, `headers = {"X-Api-Key": "PMAK-${rand('pmak-2a', 24, HEX)}-${rand('pmak-2b', 34, HEX)}"}`],
      silent: ['POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'collection = "api.postman_collection.json"'],
    },
  },
  {
    id: 'newrelic-user-key',
    title: 'New Relic user API key',
    description: 'A New Relic user key (NRAK-...) that queries and configures the account through NerdGraph.',
    regex: tokenRegex('NRAK-[A-Z0-9]{27}'),
    keywords: ['nrak-'],
    minEntropy: 3.0,
    remediation: 'Delete the key in New Relic (API keys UI) and create a new one stored as a secret.',
    samples: {
      fire: [`NEW_RELIC_API_KEY=NRAK-${rand('nrak-1', 27, UPPER_ALNUM)}`, `  newrelic_user_key: "NRAK-${rand('nrak-2', 27, UPPER_ALNUM)}"`],
      silent: ['NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}', 'NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
  },
  {
    id: 'grafana-token',
    title: 'Grafana service account or Cloud token',
    description: 'A Grafana service-account token (glsa_) or Grafana Cloud access-policy token (glc_) for dashboards and data sources.',
    regex: tokenRegex('(?:glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}|glc_eyJ[A-Za-z0-9+/=_-]{60,400})'),
    keywords: ['glsa_', 'glc_'],
    minEntropy: 3.5,
    remediation: 'Delete the token in Grafana (Administration → Service accounts) or the Grafana Cloud access policy.',
    samples: {
      fire: [`GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_${rand('glsa-1a', 32)}_${rand('glsa-1b', 8, HEX)}`, `  grafana_cloud_token: "glc_eyJ${rand('glc-1', 120, B64URL)}"`],
      silent: ['GRAFANA_TOKEN=glsa_...', 'GRAFANA_URL=http://localhost:3000'],
    },
  },
];

