import { describe, expect, it } from 'vitest';
import { parseSource } from '../../source/parse.js';
import { calls, calleeText, importedCallee, pythonImportMap } from './python.js';

async function resolvedCalls(code: string): Promise<Array<[string, string | undefined]>> {
  const tree = (await parseSource('python', 'agent.py', code))!;
  const imports = pythonImportMap(tree);
  return calls(tree).map((call) => [calleeText(call), importedCallee(call, imports)]);
}

describe('importedCallee: a name is the import only where no local binding shadows it', () => {
  it('resolves module and from-imports, with aliases', async () => {
    expect(
      await resolvedCalls(`import requests
import urllib.request as ur
from urllib.request import urlopen
requests.get(u)
ur.urlopen(u)
urlopen(u)
`),
    ).toEqual([
      ['requests.get', 'requests.get'],
      ['ur.urlopen', 'urllib.request.urlopen'],
      ['urlopen', 'urllib.request.urlopen'],
    ]);
  });

  it('a parameter, a local assignment, an annotated local, loop/with/except targets shadow the import', async () => {
    const result = await resolvedCalls(`import requests

async def drain(requests: asyncio.Queue):
    await requests.get()

def local():
    requests = {}
    return requests.get("k")

def annotated():
    requests: asyncio.Queue
    return requests.get()

def loop(items):
    for requests in items:
        requests.get()
    with open_pool() as requests:
        requests.get()
    try:
        pass
    except Exception as requests:
        requests.get()

lambda requests: requests.get()
`);
    expect(result.filter(([written]) => written === 'requests.get').map(([, resolved]) => resolved)).toEqual(Array(7).fill(undefined));
  });

  it('a global declaration keeps the module binding; nothing imported means nothing resolved', async () => {
    const result = await resolvedCalls(`import requests

def refresh():
    global requests
    requests = reload(requests)
    return requests.get(u)

def other(requests_queue):
    return self.requests.get(u)
`);
    expect(result.find(([written]) => written === 'requests.get')?.[1]).toBe('requests.get');
    expect(result.find(([written]) => written === 'self.requests.get')?.[1]).toBeUndefined();
    expect(await resolvedCalls('requests.get(u)\n')).toEqual([['requests.get', undefined]]);
  });

  it('from . import x is the package\'s own module (.x), from .. import x the parent\'s (..x)', async () => {
    const tree = (await parseSource('python', 'pkg/agent.py', 'from . import utils\nfrom .. import shared\nfrom .tools import run\n'))!;
    const imports = pythonImportMap(tree);
    expect([imports.get('utils'), imports.get('shared'), imports.get('run')]).toEqual(['.utils', '..shared', '.tools.run']);
  });
});
