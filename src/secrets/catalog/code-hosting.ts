import type { SecretDetector } from '../types.js';
import { tokenRegex } from './patterns.js';
import { B64URL, HEX, rand } from './sample-tokens.js';

/** Source hosting, CI and package registries: tokens that let an attacker push code or packages. */

export const CODE_HOSTING_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'github-pat',
    title: 'GitHub personal access token (classic)',
    description: 'A classic GitHub PAT (ghp_...) with every scope its owner ticked, often repo and workflow.',
    regex: tokenRegex('ghp_[A-Za-z0-9]{36}'),
    keywords: ['ghp_'],
    minEntropy: 3.5,
    remediation: 'Delete the token under GitHub Settings → Developer settings → Tokens and use a fine-grained token or GITHUB_TOKEN.',
    samples: {
      fire: [
        `GITHUB_TOKEN=ghp_${rand('ghp-1', 36)}`,
        `git clone https://ghp_${rand('ghp-2', 36)}@github.com/acme/agents.git`,
        `  token: ghp_${rand('ghp-3', 36)}`,
      ],
      silent: ['GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}', 'token = os.environ["GH_TOKEN"]', 'GH_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'github-fine-grained-pat',
    title: 'GitHub fine-grained personal access token',
    description: 'A fine-grained GitHub PAT (github_pat_...) scoped to chosen repositories and permissions.',
    regex: tokenRegex('github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}'),
    keywords: ['github_pat_'],
    minEntropy: 3.5,
    remediation: 'Revoke the token under GitHub Settings → Developer settings → Fine-grained tokens.',
    samples: {
      fire: [
        `GH_TOKEN=github_pat_${rand('ghfg-1a', 22)}_${rand('ghfg-1b', 59)}`,
        `g = Github(auth=Auth.Token("github_pat_${rand('ghfg-2a', 22)}_${rand('ghfg-2b', 59)}"))`,
      ],
      silent: ['g = Github(auth=Auth.Token(os.environ["GH_TOKEN"]))', 'GH_TOKEN=github_pat_...'],
    },
  },
  {
    id: 'github-oauth-token',
    title: 'GitHub OAuth access token',
    description: 'A GitHub OAuth app user token (gho_...) acting as the user who authorized the app.',
    regex: tokenRegex('gho_[A-Za-z0-9]{36}'),
    keywords: ['gho_'],
    minEntropy: 3.5,
    remediation: 'Revoke the authorization (Settings → Applications) or reset the OAuth app’s tokens.',
    samples: {
      fire: [`  "access_token": "gho_${rand('gho-1', 36)}",`, `GH_OAUTH_TOKEN=gho_${rand('gho-2', 36)}`],
      silent: ['  "access_token": "gho_<token>",', 'access_token = session["github_token"]'],
    },
  },
  {
    id: 'github-app-token',
    title: 'GitHub App installation or user token',
    description: 'A GitHub App token (ghs_ installation, ghu_ user-to-server); short-lived, but valid for an hour wherever it leaked.',
    regex: tokenRegex('gh[us]_[A-Za-z0-9]{36}'),
    keywords: ['ghs_', 'ghu_'],
    minEntropy: 3.5,
    remediation: 'Revoke the installation token via the API or uninstall/re-key the app; never persist these tokens.',
    samples: {
      fire: [`token = "ghs_${rand('ghs-1', 36)}"`, `curl -H "Authorization: token ghu_${rand('ghu-1', 36)}" https://api.github.com/user`],
      silent: ['token = app.get_access_token(installation_id).token', 'GITHUB_APP_TOKEN=ghs_...'],
    },
  },
  {
    id: 'github-refresh-token',
    title: 'GitHub refresh token',
    description: 'A GitHub App refresh token (ghr_...) that mints new user-to-server tokens for months.',
    regex: tokenRegex('ghr_[A-Za-z0-9]{36,76}'),
    keywords: ['ghr_'],
    minEntropy: 3.5,
    remediation: 'Revoke the user authorization for the GitHub App so the refresh token stops working.',
    samples: {
      fire: [`refresh_token=ghr_${rand('ghr-1', 76)}`, `  "refresh_token": "ghr_${rand('ghr-2', 76)}"`],
      silent: ['  "refresh_token": "ghr_****"', 'refresh_token = tokens.get("refresh_token")'],
    },
  },
  {
    id: 'gitlab-pat',
    title: 'GitLab personal, project or group access token',
    description: 'A GitLab access token (glpat-...) that calls the API and, with write_repository, pushes code.',
    regex: tokenRegex('glpat-[A-Za-z0-9_-]{20,80}(?:\\.[A-Za-z0-9_.-]{2,40})?'),
    keywords: ['glpat-'],
    minEntropy: 3.5,
    remediation: 'Revoke the token in GitLab (User settings → Access tokens, or the project/group settings).',
    samples: {
      fire: [
        `GITLAB_TOKEN=glpat-${rand('glpat-1', 20, B64URL)}`,
        `gl = gitlab.Gitlab("https://gitlab.acme.dev", private_token="glpat-${rand('glpat-2', 20, B64URL)}")`,
      ],
      silent: ['gl = gitlab.Gitlab(url, private_token=os.environ["GITLAB_TOKEN"])', 'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'gitlab-token',
    title: 'GitLab runner, deploy, pipeline or other token',
    description: 'A GitLab non-personal token: runner (glrt-), pipeline trigger (glptt-), deploy (gldt-), feed, agent or OAuth secrets.',
    regex: tokenRegex(
      '(?:glptt-[a-f0-9]{40}|gl(?:dt|rt|cbt|soat|ffct|ft|imt|agent|oas)-[A-Za-z0-9_-]{20,80}|GR1348941[A-Za-z0-9_-]{20})',
    ),
    keywords: ['glptt-', 'gldt-', 'glrt-', 'glcbt-', 'glsoat-', 'glffct-', 'glft-', 'glimt-', 'glagent-', 'gloas-', 'gr1348941'],
    minEntropy: 3.5,
    remediation: 'Revoke or reset the token in the owning project, group or runner settings in GitLab.',
    samples: {
      fire: [
        `CI_RUNNER_TOKEN=glrt-${rand('glrt-1', 20, B64URL)}`,
        `curl -X POST --form token=glptt-${rand('glptt-1', 40, HEX)} --form ref=main https://gitlab.acme.dev/api/v4/projects/7/trigger/pipeline`,
      ],
      silent: ['CI_RUNNER_TOKEN=glrt-<runner-token>', 'curl --form token=$CI_JOB_TOKEN --form ref=main "$TRIGGER_URL"'],
    },
  },
  {
    id: 'npm-token',
    title: 'npm access token',
    description: 'An npm access token (npm_...) that can publish new versions of every package its owner maintains.',
    regex: tokenRegex('npm_[A-Za-z0-9]{36}'),
    keywords: ['npm_'],
    minEntropy: 3.5,
    remediation: 'Revoke the token with `npm token revoke` (or on the registry website) and publish from CI with provenance.',
    samples: {
      fire: [`//npm.pkg.internal.acme/:_authToken=npm_${rand('npm-1', 36)}`, `NPM_TOKEN=npm_${rand('npm-2', 36)}`],
      silent: ['//npm.pkg.internal.acme/:_authToken=${NPM_TOKEN}', 'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'pypi-token',
    title: 'PyPI API token',
    description: 'A PyPI upload token (pypi-AgEIcHlwaS5vcmc...) that can publish releases of the projects in its scope.',
    regex: tokenRegex('pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,400}'),
    keywords: ['pypi-ageichlwas5vcmc'],
    minEntropy: 3.5,
    remediation: 'Remove the token in PyPI Account settings → API tokens and switch to trusted publishing.',
    samples: {
      fire: [`password = pypi-AgEIcHlwaS5vcmc${rand('pypi-1', 150, B64URL)}`, `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${rand('pypi-2', 150, B64URL)}`],
      silent: ['TWINE_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}', 'password = pypi-AgEIcHlwaS5vcmc...'],
    },
  },
  {
    id: 'docker-hub-token',
    title: 'Docker Hub personal access token',
    description: 'A Docker Hub access token (dckr_pat_...) that can push images under the account.',
    regex: tokenRegex('dckr_pat_[A-Za-z0-9_-]{27}'),
    keywords: ['dckr_pat_'],
    minEntropy: 3.5,
    remediation: 'Delete the token under Docker Hub Account settings → Personal access tokens.',
    samples: {
      fire: [
        `DOCKERHUB_TOKEN=dckr_pat_${rand('dckr-1', 27, B64URL)}`,
        `echo "dckr_pat_${rand('dckr-2', 27, B64URL)}" | docker login -u ci-bot --password-stdin`,
      ],
      silent: ['echo "$DOCKERHUB_TOKEN" | docker login -u ci-bot --password-stdin', 'DOCKERHUB_TOKEN=dckr_pat_<token>'],
    },
  },
];
