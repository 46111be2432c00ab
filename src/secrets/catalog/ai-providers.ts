import type { SecretDetector } from '../types.js';
import { keyedRegex, NOT_WORDS, tokenRegex, UUID } from './patterns.js';
import { B64URL, HEX, LETTERS, rand } from './sample-tokens.js';

/** Model and AI-tooling providers: the keys an agent codebase is most likely to leak. */

const OPENAI_MARKER = 'T3BlbkFJ'; // base64 of "OpenAI", embedded in every OpenAI key since 2023
const openaiKey = (kind: string, seed: string): string =>
  `sk-${kind}-${rand(`${seed}a`, 74, B64URL)}${OPENAI_MARKER}${rand(`${seed}b`, 74, B64URL)}`;
const anthropicKey = (kind: string, seed: string): string => `sk-ant-${kind}-${rand(seed, 93, B64URL)}AA`;

const proj1 = openaiKey('proj', 'oa-proj-1');
const proj2 = openaiKey('proj', 'oa-proj-2');
const svc1 = openaiKey('svcacct', 'oa-svc-1');
const svc2 = openaiKey('svcacct', 'oa-svc-2');
const admin1 = `sk-admin-${rand('oa-admin-1a', 58, B64URL)}${OPENAI_MARKER}${rand('oa-admin-1b', 58, B64URL)}`;
const admin2 = `sk-admin-${rand('oa-admin-2a', 58, B64URL)}${OPENAI_MARKER}${rand('oa-admin-2b', 58, B64URL)}`;
const legacy1 = `sk-${rand('oa-legacy-1a', 20)}${OPENAI_MARKER}${rand('oa-legacy-1b', 20)}`;
const legacy2 = `sk-${rand('oa-legacy-2', 48)}`;

export const AI_PROVIDER_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'openai-project-key',
    title: 'OpenAI project API key',
    description: 'A project-scoped OpenAI key (sk-proj-); it spends the project budget and reads its files, batches and fine-tunes.',
    regex: tokenRegex('sk-proj-[A-Za-z0-9_-]{40,250}'),
    keywords: ['sk-proj-'],
    minEntropy: 3.5,
    remediation: 'Revoke the key in the OpenAI dashboard (API keys) and read it from OPENAI_API_KEY at run time.',
    samples: {
      fire: [`OPENAI_API_KEY=${proj1}`, `client = OpenAI(api_key="${proj2}")`, `  openai_api_key: '${proj1}'`],
      silent: [
        'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
        'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
      ],
    },
  },
  {
    id: 'openai-service-account-key',
    title: 'OpenAI service account key',
    description: 'An OpenAI service-account key (sk-svcacct-), not tied to a person and often left unrotated for years.',
    regex: tokenRegex('sk-svcacct-[A-Za-z0-9_-]{40,250}'),
    keywords: ['sk-svcacct-'],
    minEntropy: 3.5,
    remediation: 'Delete the service account key in the OpenAI project settings and issue a new one from a secret manager.',
    samples: {
      fire: [`export OPENAI_API_KEY="${svc1}"`, `llm = ChatOpenAI(model="gpt-4o", api_key="${svc2}")`],
      silent: ['OPENAI_API_KEY="sk-svcacct-..."', 'api_key: ${{ secrets.OPENAI_SVC_KEY }}'],
    },
  },
  {
    id: 'openai-admin-key',
    title: 'OpenAI admin API key',
    description: 'An OpenAI organization admin key (sk-admin-) that can manage users, projects, keys and billing.',
    regex: tokenRegex('sk-admin-[A-Za-z0-9_-]{40,250}'),
    keywords: ['sk-admin-'],
    minEntropy: 3.5,
    remediation: 'Revoke it under Organization settings → Admin keys at once; admin keys should live only in a vault.',
    samples: {
      fire: [`OPENAI_ADMIN_KEY=${admin1}`, `headers = {"Authorization": "Bearer ${admin2}"}`],
      silent: ['OPENAI_ADMIN_KEY=<your-admin-key>', 'admin_key = os.getenv("OPENAI_ADMIN_KEY")'],
    },
  },
  {
    id: 'openai-legacy-key',
    title: 'OpenAI user API key (legacy format)',
    description: 'An OpenAI key in the pre-project format (sk- followed by 48 characters, or sk-None-), scoped to a whole user.',
    regex: tokenRegex(`sk-(?:[A-Za-z0-9]{20}${OPENAI_MARKER}[A-Za-z0-9]{20}|[A-Za-z0-9]{48}|None-[A-Za-z0-9_-]{40,250})`),
    keywords: ['sk-'],
    minEntropy: 3.5,
    remediation: 'Revoke the key in the OpenAI dashboard and replace it with a project key read from the environment.',
    samples: {
      fire: [`openai.api_key = "${legacy1}"`, `OPENAI_API_KEY: ${legacy2}`],
      silent: [
        'openai.api_key = "sk-..."',
        `ticket_ref = "risk-${rand('oa-legacy-decoy', 48)}"`,
        'openai.api_key = os.getenv("OPENAI_API_KEY")',
      ],
    },
  },
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    description: 'An Anthropic Claude API key (sk-ant-api03-); it spends the workspace credit and reads its batches and files.',
    regex: tokenRegex('sk-ant-api\\d{2}-[A-Za-z0-9_-]{80,120}'),
    keywords: ['sk-ant-api'],
    minEntropy: 3.5,
    remediation: 'Disable the key in the Anthropic Console (API keys) and read it from ANTHROPIC_API_KEY.',
    samples: {
      fire: [
        `ANTHROPIC_API_KEY=${anthropicKey('api03', 'ant-api-1')}`,
        `client = anthropic.Anthropic(api_key="${anthropicKey('api03', 'ant-api-2')}")`,
      ],
      silent: [
        'client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])',
        'ANTHROPIC_API_KEY=sk-ant-api03-your-key-here',
      ],
    },
  },
  {
    id: 'anthropic-admin-key',
    title: 'Anthropic admin API key',
    description: 'An Anthropic Admin API key (sk-ant-admin01-) that manages members, workspaces and API keys.',
    regex: tokenRegex('sk-ant-admin\\d{2}-[A-Za-z0-9_-]{80,120}'),
    keywords: ['sk-ant-admin'],
    minEntropy: 3.5,
    remediation: 'Revoke it in the Anthropic Console (Admin keys); keep admin keys out of application code entirely.',
    samples: {
      fire: [
        `ANTHROPIC_ADMIN_KEY="${anthropicKey('admin01', 'ant-admin-1')}"`,
        `const adminKey = '${anthropicKey('admin01', 'ant-admin-2')}';`,
      ],
      silent: ['ANTHROPIC_ADMIN_KEY=sk-ant-admin01-****', 'admin_key = os.environ.get("ANTHROPIC_ADMIN_KEY")'],
    },
  },
  {
    id: 'anthropic-oauth-token',
    title: 'Anthropic OAuth token',
    description: 'A Claude subscription OAuth access or refresh token (sk-ant-oat01- / sk-ant-ort01-) that acts as the account.',
    regex: tokenRegex('sk-ant-o(?:at|rt)\\d{2}-[A-Za-z0-9_-]{40,250}'),
    keywords: ['sk-ant-oat', 'sk-ant-ort'],
    minEntropy: 3.5,
    remediation: 'Sign out of the session that issued it (this revokes the token) and use an API key from a secret store instead.',
    samples: {
      fire: [
        `CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-${rand('ant-oat-1', 95, B64URL)}`,
        `"refresh_token": "sk-ant-ort01-${rand('ant-ort-1', 95, B64URL)}"`,
      ],
      silent: ['CLAUDE_CODE_OAUTH_TOKEN=${{ secrets.CLAUDE_CODE_OAUTH_TOKEN }}', 'token = "sk-ant-oat01-short"'],
    },
  },
  {
    id: 'google-api-key',
    title: 'Google API key (Gemini, Maps, Firebase)',
    description: 'A Google Cloud API key (AIza...), used for Gemini and other Google APIs; it bills to the owning project.',
    regex: tokenRegex('AIza[0-9A-Za-z_-]{35}'),
    keywords: ['aiza'],
    minEntropy: 3.5,
    remediation: 'Delete or restrict the key in Google Cloud Console (APIs & Services → Credentials) and read it from GOOGLE_API_KEY.',
    samples: {
      fire: [
        `genai.configure(api_key="AIza${rand('gapi-1', 35, B64URL)}")`,
        `GEMINI_API_KEY=AIza${rand('gapi-2', 35, B64URL)}`,
        `  apiKey: "AIza${rand('gapi-3', 35, B64URL)}",`,
      ],
      silent: [
        'genai.configure(api_key=os.environ["GEMINI_API_KEY"])',
        'GOOGLE_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      ],
    },
  },
  {
    id: 'huggingface-token',
    title: 'Hugging Face access token',
    description: 'A Hugging Face user or organization token (hf_...) that can read private models and datasets and, with write scope, push to them.',
    regex: tokenRegex('(?:hf_[A-Za-z0-9]{34,40}|api_org_[A-Za-z0-9]{34})'),
    keywords: ['hf_', 'api_org_'],
    minEntropy: 3.5,
    remediation: 'Invalidate the token under Hugging Face Settings → Access Tokens and use HF_TOKEN from the environment.',
    samples: {
      fire: [`HF_TOKEN=hf_${rand('hf-1', 34, LETTERS)}`, `login(token="hf_${rand('hf-2', 34, LETTERS)}")`],
      silent: [
        'login(token=os.environ["HF_TOKEN"])',
        'path = hf_hub_download(repo_id="org/model", filename="config.json")',
        'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
  },
  {
    id: 'groq-api-key',
    title: 'Groq API key',
    description: 'A Groq inference API key (gsk_...); it spends the account quota on Groq-hosted models.',
    regex: tokenRegex('gsk_[A-Za-z0-9]{48,56}'),
    keywords: ['gsk_'],
    minEntropy: 3.5,
    remediation: 'Delete the key in the Groq console and read it from GROQ_API_KEY.',
    samples: {
      fire: [`GROQ_API_KEY=gsk_${rand('groq-1', 52)}`, `client = Groq(api_key="gsk_${rand('groq-2', 52)}")`],
      silent: ['GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'client = Groq(api_key=os.environ.get("GROQ_API_KEY"))'],
    },
  },
  {
    id: 'xai-api-key',
    title: 'xAI (Grok) API key',
    description: 'An xAI API key (xai-...) for the Grok models, billed to the team that created it.',
    regex: tokenRegex('xai-[A-Za-z0-9]{70,90}'),
    keywords: ['xai-'],
    minEntropy: 3.5,
    remediation: 'Revoke the key in the xAI console and read it from XAI_API_KEY.',
    samples: {
      fire: [`XAI_API_KEY=xai-${rand('xai-1', 80)}`, `client = OpenAI(base_url="https://api.x.ai/v1", api_key="xai-${rand('xai-2', 80)}")`],
      silent: ['XAI_API_KEY=xai-...', 'model = "xai-grok-2-latest"'],
    },
  },
  {
    id: 'perplexity-api-key',
    title: 'Perplexity API key',
    description: 'A Perplexity API key (pplx-...) for the Sonar search-augmented models.',
    regex: tokenRegex('pplx-[A-Za-z0-9]{40,60}'),
    keywords: ['pplx-'],
    minEntropy: 3.5,
    remediation: 'Regenerate the key in Perplexity API settings and read it from PERPLEXITY_API_KEY.',
    samples: {
      fire: [`PERPLEXITY_API_KEY=pplx-${rand('pplx-1', 48)}`, `pplx = Perplexity(api_key='pplx-${rand('pplx-2', 48)}')`],
      silent: ['PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'api_key = os.getenv("PERPLEXITY_API_KEY")'],
    },
  },
  {
    id: 'replicate-api-token',
    title: 'Replicate API token',
    description: 'A Replicate API token (r8_...) that runs models and trainings billed to the account.',
    regex: tokenRegex('r8_[A-Za-z0-9]{37}'),
    keywords: ['r8_'],
    minEntropy: 3.5,
    remediation: 'Revoke the token on the Replicate account page and read it from REPLICATE_API_TOKEN.',
    samples: {
      fire: [`REPLICATE_API_TOKEN=r8_${rand('r8-1', 37)}`, `os.environ["REPLICATE_API_TOKEN"] = "r8_${rand('r8-2', 37)}"`],
      silent: ['REPLICATE_API_TOKEN=r8_<your-token>', 'token = os.environ["REPLICATE_API_TOKEN"]'],
    },
  },
  {
    id: 'mistral-api-key',
    title: 'Mistral AI API key',
    description: 'A Mistral AI key: 32 characters with no prefix, so it is only recognized next to a Mistral name.',
    regex: keyedRegex('mistral', '[A-Za-z0-9]{32}'),
    verify: NOT_WORDS,
    keywords: ['mistral'],
    minEntropy: 3.5,
    remediation: 'Revoke the key in Mistral La Plateforme (API keys) and read it from MISTRAL_API_KEY.',
    samples: {
      fire: [`MISTRAL_API_KEY=${rand('mistral-1', 32)}`, `client = Mistral(api_key="${rand('mistral-2', 32)}")`, `mistral_api_key: str = "${rand('mistral-3', 32)}"`],
      silent: ['client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])', 'model = "mistral-large-latest"', 'MISTRAL_API_KEY=your-mistral-api-key'],
    },
  },
  {
    id: 'cohere-api-key',
    title: 'Cohere API key',
    description: 'A Cohere key: 40 characters with no prefix, recognized next to a Cohere name.',
    regex: keyedRegex('cohere|co_api_key', '[A-Za-z0-9]{40}'),
    verify: NOT_WORDS,
    keywords: ['cohere', 'co_api_key'],
    minEntropy: 3.5,
    remediation: 'Delete the key in the Cohere dashboard and read it from CO_API_KEY.',
    samples: {
      fire: [`COHERE_API_KEY=${rand('cohere-1', 40)}`, `co = cohere.ClientV2(api_key="${rand('cohere-2', 40)}")`, `CO_API_KEY: "${rand('cohere-3', 40)}"`],
      silent: ['co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])', 'COHERE_API_KEY=<COHERE_API_KEY>'],
    },
  },
  {
    id: 'pinecone-api-key',
    title: 'Pinecone API key',
    description: 'A Pinecone API key (pcsk_...) with read and write access to the project indexes.',
    regex: tokenRegex('pcsk_[A-Za-z0-9_]{50,110}'),
    keywords: ['pcsk_'],
    minEntropy: 3.5,
    remediation: 'Delete the key in the Pinecone console (API keys) and read it from PINECONE_API_KEY.',
    samples: {
      fire: [
        `PINECONE_API_KEY=pcsk_${rand('pc-1a', 6)}_${rand('pc-1b', 64)}`,
        `pc = Pinecone(api_key="pcsk_${rand('pc-2a', 6)}_${rand('pc-2b', 64)}")`,
      ],
      silent: ['pc = Pinecone(api_key=os.environ.get("PINECONE_API_KEY"))', 'PINECONE_API_KEY=pcsk_...'],
    },
  },
  {
    id: 'pinecone-legacy-key',
    title: 'Pinecone API key (legacy UUID format)',
    description: 'An older Pinecone key, a bare UUID, recognized next to a Pinecone name.',
    regex: keyedRegex('pinecone', UUID),
    verify: NOT_WORDS,
    keywords: ['pinecone'],
    minEntropy: 3.0,
    remediation: 'Delete the key in the Pinecone console and issue a new pcsk_ key read from PINECONE_API_KEY.',
    samples: {
      fire: [
        `PINECONE_API_KEY=${rand('pcl-1a', 8, HEX)}-${rand('pcl-1b', 4, HEX)}-4${rand('pcl-1c', 3, HEX)}-a${rand('pcl-1d', 3, HEX)}-${rand('pcl-1e', 12, HEX)}`,
        `pinecone.init(api_key="${rand('pcl-2a', 8, HEX)}-${rand('pcl-2b', 4, HEX)}-4${rand('pcl-2c', 3, HEX)}-b${rand('pcl-2d', 3, HEX)}-${rand('pcl-2e', 12, HEX)}", environment="us-west1-gcp")`,
      ],
      silent: [
        'pinecone.init(api_key=os.environ["PINECONE_API_KEY"], environment="us-west1-gcp")',
        `request_id = "${rand('pcl-3a', 8, HEX)}-${rand('pcl-3b', 4, HEX)}-4${rand('pcl-3c', 3, HEX)}-a${rand('pcl-3d', 3, HEX)}-${rand('pcl-3e', 12, HEX)}"`,
      ],
    },
  },
  {
    id: 'langsmith-api-key',
    title: 'LangSmith (LangChain) API key',
    description: 'A LangSmith personal or service key (lsv2_pt_ / lsv2_sk_) that reads every traced prompt and completion.',
    regex: tokenRegex('lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}'),
    keywords: ['lsv2_'],
    minEntropy: 3.0,
    remediation: 'Delete the key in LangSmith Settings → API Keys and read it from LANGSMITH_API_KEY.',
    samples: {
      fire: [
        `LANGCHAIN_API_KEY=lsv2_pt_${rand('ls-1a', 32, HEX)}_${rand('ls-1b', 10, HEX)}`,
        `os.environ["LANGSMITH_API_KEY"] = "lsv2_sk_${rand('ls-2a', 32, HEX)}_${rand('ls-2b', 10, HEX)}"`,
      ],
      silent: ['LANGCHAIN_API_KEY=lsv2_pt_...', 'os.environ["LANGCHAIN_TRACING_V2"] = "true"'],
    },
  },
  {
    id: 'tavily-api-key',
    title: 'Tavily API key',
    description: 'A Tavily search API key (tvly-...), common in agent tool configs; it spends the search credits.',
    regex: tokenRegex('tvly-(?:dev-|prod-)?[A-Za-z0-9]{28,48}'),
    keywords: ['tvly-'],
    minEntropy: 3.5,
    remediation: 'Rotate the key in the Tavily dashboard and read it from TAVILY_API_KEY.',
    samples: {
      fire: [`TAVILY_API_KEY=tvly-${rand('tvly-1', 32)}`, `tavily = TavilyClient(api_key="tvly-dev-${rand('tvly-2', 32)}")`],
      silent: ['tavily = TavilyClient(api_key=os.getenv("TAVILY_API_KEY"))', "apiKey: process.env.TAVILY_API_KEY || 'tvly-YOUR_API_KEY'"],
    },
  },
  {
    id: 'openrouter-api-key',
    title: 'OpenRouter API key',
    description: 'An OpenRouter key (sk-or-v1-...) that routes requests to many model vendors on the owner’s credit.',
    regex: tokenRegex('sk-or-v1-[a-f0-9]{64}'),
    keywords: ['sk-or-v1-'],
    minEntropy: 3.0,
    remediation: 'Delete the key in OpenRouter Settings → Keys and read it from OPENROUTER_API_KEY.',
    samples: {
      fire: [`OPENROUTER_API_KEY=sk-or-v1-${rand('or-1', 64, HEX)}`, `api_key="sk-or-v1-${rand('or-2', 64, HEX)}",`],
      silent: ['OPENROUTER_API_KEY=sk-or-v1-<key>', 'base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"]'],
    },
  },
];
