import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { unboundedRetryCheck } from './unbounded-retry.js';


describe('reliability/unbounded-retry', () => {
  ruleTester(unboundedRetryCheck, {
    valid: [
      {
        name: 'tenacity with stop_after_attempt',
        filename: 'llm.py',
        code:
          'from tenacity import retry, stop_after_attempt, wait_random_exponential\n\n' +
          '@retry(wait=wait_random_exponential(min=1, max=60), stop=stop_after_attempt(6))\ndef completion_with_backoff(**kwargs):\n    return client.chat.completions.create(**kwargs)\n',
      },
      {
        name: 'backoff with max_tries or max_time',
        filename: 'llm.py',
        code:
          'import backoff\nimport openai\n\n@backoff.on_exception(backoff.expo, openai.RateLimitError, max_tries=5)\ndef a():\n    pass\n\n' +
          '@backoff.on_exception(backoff.expo, openai.APIError, max_time=60)\ndef b():\n    pass\n',
      },
      {
        name: 'Retrying iterator with a stop',
        filename: 'llm.py',
        code:
          'from tenacity import Retrying, stop_after_delay\n\nfor attempt in Retrying(stop=stop_after_delay(30)):\n    with attempt:\n        call()\n',
      },
      {
        name: 'a local decorator called retry',
        filename: 'util.py',
        code: 'def retry(fn):\n    return fn\n\n@retry\ndef work():\n    pass\n',
      },
      {
        name: 'settings splatted in',
        filename: 'util.py',
        code: 'from tenacity import retry\n\nRETRY = dict(stop=None)\n\n@retry(**RETRY)\ndef work():\n    pass\n',
      },
    ],
    invalid: [
      {
        name: 'bare @retry and @retry() and @tenacity.retry(wait=...)',
        filename: 'llm.py',
        code:
          'import tenacity\nfrom tenacity import retry\n\n@retry\ndef a():\n    pass\n\n@retry()\ndef b():\n    pass\n\n' +
          '@tenacity.retry(wait=tenacity.wait_exponential(), retry=tenacity.retry_if_exception_type(TimeoutError))\ndef c():\n    pass\n',
        errors: [{ line: 4, message: /@?retry has no stop.*stop_never/ }, { line: 8 }, { line: 12, message: /tenacity\.retry\(\.\.\.\)/ }],
      },
      {
        name: 'explicit stop_never',
        filename: 'llm.py',
        code: 'from tenacity import retry, stop_never\n\n@retry(stop=stop_never)\ndef poll():\n    pass\n',
        errors: [{ line: 3, message: /stop_never, so it retries forever/ }],
      },
      {
        name: 'backoff without max_tries/max_time',
        filename: 'llm.py',
        code: 'import backoff\nimport anthropic\n\n@backoff.on_exception(backoff.expo, anthropic.RateLimitError)\ndef ask():\n    pass\n',
        errors: [{ line: 4, message: /backoff defaults to max_tries=None/ }],
      },
      {
        name: 'AsyncRetrying without stop',
        filename: 'llm.py',
        code: 'from tenacity import AsyncRetrying, wait_fixed\n\nasync def run():\n    async for attempt in AsyncRetrying(wait=wait_fixed(2)):\n        with attempt:\n            await call()\n',
        errors: [{ line: 4, message: /AsyncRetrying/ }],
      },
    ],
  });
});
