import { ruleTester } from '../testing/rule-tester.js';
import { unboundedRetryCheck } from './unbounded-retry.js';

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
    {
      name: 'bare @retry gets a stop and an exponential wait; import merged',
      filename: 'llm.py',
      code: 'from tenacity import retry\n\n\n@retry\ndef call_model(prompt):\n    """Ask the model."""\n    return client.responses.create(model="gpt-4.1", input=prompt)\n',
      errors: [{ line: 4 }],
      output:
        'from tenacity import retry, stop_after_attempt, wait_exponential\n\n\n@retry(stop=stop_after_attempt(5), wait=wait_exponential(multiplier=1, max=30))\ndef call_model(prompt):\n' +
        '    """Ask the model."""\n    return client.responses.create(model="gpt-4.1", input=prompt)\n',
    },
    {
      name: '@retry() on an async method',
      filename: 'llm.py',
      code: 'from tenacity import retry, wait_random_exponential\n\nclass Client:\n    @retry()\n    async def ask(self, prompt):\n        return await self.llm.ainvoke(prompt)\n',
      errors: [{ line: 4 }],
      output: 'from tenacity import retry, stop_after_attempt, wait_random_exponential\n\nclass Client:\n    @retry(stop=stop_after_attempt(5))\n    async def ask(self, prompt):\n        return await self.llm.ainvoke(prompt)\n',
    },
    {
      name: '@tenacity.retry(wait=...) keeps the module prefix and needs no import',
      filename: 'llm.py',
      code: 'import tenacity\n\n\n@tenacity.retry(wait=tenacity.wait_fixed(2))\ndef f():\n    return g()\n',
      errors: [{ line: 4 }],
      output: 'import tenacity\n\n\n@tenacity.retry(wait=tenacity.wait_fixed(2), stop=tenacity.stop_after_attempt(5))\ndef f():\n    return g()\n',
    },
    {
      name: 'bare @tenacity.retry with an aliased module',
      filename: 'llm.py',
      code: 'import tenacity as tn\n\n@tn.retry\ndef f():\n    return g()\n',
      errors: [{ line: 3 }],
      output: 'import tenacity as tn\n\n@tn.retry(stop=tn.stop_after_attempt(5), wait=tn.wait_exponential(multiplier=1, max=30))\ndef f():\n    return g()\n',
    },
    {
      name: 'one keyword per line with a trailing comma and a comment',
      filename: 'llm.py',
      code:
        'from tenacity import retry, retry_if_exception_type, wait_random_exponential\n\n\n@retry(\n    wait=wait_random_exponential(min=1, max=60),\n' +
        '    retry=retry_if_exception_type(RateLimitError),  # only rate limits\n)\ndef completion_with_backoff(**kwargs):\n    return client.chat.completions.create(**kwargs)\n',
      errors: [{ line: 4 }],
      output:
        'from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_random_exponential\n\n\n@retry(\n    wait=wait_random_exponential(min=1, max=60),\n' +
        '    retry=retry_if_exception_type(RateLimitError),  # only rate limits\n    stop=stop_after_attempt(5),\n)\ndef completion_with_backoff(**kwargs):\n    return client.chat.completions.create(**kwargs)\n',
    },
    {
      name: 'stop=stop_never replaced',
      filename: 'llm.py',
      code: 'from tenacity import retry, stop_never\n\n@retry(stop=stop_never, reraise=True)\ndef f():\n    return g()\n',
      errors: [{ line: 3 }],
      output: 'from tenacity import retry, stop_after_attempt, stop_never\n\n@retry(stop=stop_after_attempt(5), reraise=True)\ndef f():\n    return g()\n',
    },
    {
      name: 'Retrying(...) used as an iterator, tabs and CRLF',
      filename: 'llm.py',
      code:
        'from tenacity import Retrying, wait_fixed\r\n\r\ndef f():\r\n\tfor attempt in Retrying(wait=wait_fixed(1)):\r\n\t\twith attempt:\r\n\t\t\treturn g()\r\n',
      errors: [{ line: 4 }],
      output:
        'from tenacity import Retrying, stop_after_attempt, wait_fixed\r\n\r\ndef f():\r\n\tfor attempt in Retrying(wait=wait_fixed(1), stop=stop_after_attempt(5)):\r\n\t\twith attempt:\r\n\t\t\treturn g()\r\n',
    },
    {
      name: 'AsyncRetrying() in an async def, no import yet',
      filename: 'llm.py',
      code: 'import tenacity\nfrom tenacity import AsyncRetrying\n\nasync def f():\n    async for attempt in AsyncRetrying():\n        with attempt:\n            return await g()\n',
      errors: [{ line: 5 }],
      output:
        'import tenacity\nfrom tenacity import AsyncRetrying, stop_after_attempt\n\nasync def f():\n    async for attempt in AsyncRetrying(stop=stop_after_attempt(5)):\n        with attempt:\n            return await g()\n',
    },
    {
      name: 'backoff.on_exception gets max_tries',
      filename: 'llm.py',
      code: 'import backoff\nimport openai\n\n\n@backoff.on_exception(backoff.expo, openai.RateLimitError)\ndef completions_with_backoff(**kwargs):\n    return client.chat.completions.create(**kwargs)\n',
      errors: [{ line: 5 }],
      output:
        'import backoff\nimport openai\n\n\n@backoff.on_exception(backoff.expo, openai.RateLimitError, max_tries=5)\ndef completions_with_backoff(**kwargs):\n    return client.chat.completions.create(**kwargs)\n',
    },
    {
      name: 'bare @retry from the retrying package',
      filename: 'llm.py',
      code: 'from retrying import retry\n\n@retry\ndef f():\n    return g()\n',
      errors: [{ line: 3 }],
      output: 'from retrying import retry\n\n@retry(stop_max_attempt_number=5)\ndef f():\n    return g()\n',
    },
    {
      name: 'retry package @retry(delay=1)',
      filename: 'llm.py',
      code: 'from retry import retry\n\n@retry(ValueError, delay=1)\ndef f():\n    return g()\n',
      errors: [{ line: 3 }],
      output: 'from retry import retry\n\n@retry(ValueError, delay=1, tries=5)\ndef f():\n    return g()\n',
    },
    {
      name: 'stop_after_attempt is bound to another module',
      filename: 'llm.py',
      code: 'from tenacity import retry\nfrom mylib.policies import stop_after_attempt\n\n@retry\ndef f():\n    return g()\n',
      errors: [{ line: 4 }],
      output: null,
    },
    {
      name: 'stop_after_attempt imported from tenacity under an alias',
      filename: 'llm.py',
      code: 'from tenacity import retry, stop_after_attempt as attempts\n\n@retry()\ndef f():\n    return g()\n',
      errors: [{ line: 3 }],
      output: null,
    },
    {
      name: 'a bare backoff decorator has nothing to extend',
      filename: 'llm.py',
      code: 'import backoff\n\n@backoff.on_exception\ndef f():\n    return g()\n',
      errors: [{ line: 3 }],
      output: null,
    },
  ],
});
