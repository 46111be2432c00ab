import { describe, expect, it } from 'vitest';
import { metadataUrl, parseMetadata, versionFromFilename } from './metadata.js';

describe('versionFromFilename', () => {
  it.each([
    ['google_adk-1.2.0-py3-none-any.whl', '1.2.0'],
    ['google_adk-1.2.0.tar.gz', '1.2.0'],
    ['langchain-core-0.3.81.tar.gz', '0.3.81'],
    ['requests-2.32.3.zip', '2.32.3'],
    ['numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.whl', '2.1.0'],
    ['README.md', undefined],
  ])('%s → %s', (file, version) => {
    expect(versionFromFilename(file)).toBe(version);
  });
});

describe('metadataUrl', () => {
  it('normalises PyPI names and keeps one slash', () => {
    expect(metadataUrl('pypi', 'https://pypi.org/simple/', 'Google_ADK')).toBe('https://pypi.org/simple/google-adk/');
    expect(metadataUrl('pypi', 'http://127.0.0.1:9/private/simple', 'a.b')).toBe('http://127.0.0.1:9/private/simple/a-b/');
  });
  it('escapes the slash of scoped npm names as the npm CLI does', () => {
    expect(metadataUrl('npm', 'https://registry.npmjs.org/', '@acme/agent-tools')).toBe('https://registry.npmjs.org/@acme%2fagent-tools');
    expect(metadataUrl('npm', 'http://127.0.0.1:9', 'ai')).toBe('http://127.0.0.1:9/ai');
  });
});

describe('parseMetadata', () => {
  it('reads PEP 691 JSON: a version is yanked only when all its files are', () => {
    const body = JSON.stringify({
      meta: { 'api-version': '1.1' },
      name: 'acme-agent-tools',
      versions: ['1.0.0', '1.1.0', '1.2.0'],
      files: [
        { filename: 'acme_agent_tools-1.0.0-py3-none-any.whl', yanked: 'broken build' },
        { filename: 'acme_agent_tools-1.0.0.tar.gz', yanked: true },
        { filename: 'acme_agent_tools-1.1.0-py3-none-any.whl', yanked: true },
        { filename: 'acme_agent_tools-1.1.0.tar.gz', yanked: false },
      ],
    });
    const info = parseMetadata('pypi', 'application/vnd.pypi.simple.v1+json', body);
    expect(info.versions.sort()).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    expect(info.yanked).toEqual({ '1.0.0': 'broken build' });
  });

  it('reads PEP 503 HTML with PEP 592 data-yanked, reason and entities', () => {
    const body = `<!DOCTYPE html><html><body>
      <a href="../../f/x-0.8.2.tar.gz#sha256=00" data-yanked="security &amp; bugs">x-0.8.2.tar.gz</a><br/>
      <a href="../../f/x-0.8.3.tar.gz#sha256=01" data-requires-python="&gt;=3.9">x-0.8.3.tar.gz</a>
      <a href="../../f/x-0.8.4.tar.gz" data-yanked>x-0.8.4.tar.gz</a>
    </body></html>`;
    const info = parseMetadata('pypi', 'text/html', body);
    expect(info.versions).toEqual(['0.8.2', '0.8.3', '0.8.4']);
    expect(info.yanked).toEqual({ '0.8.2': 'security & bugs', '0.8.4': '' });
  });

  it('reads npm documents: deprecations per version, an empty message un-deprecates', () => {
    const body = JSON.stringify({
      name: 'openai',
      'dist-tags': { latest: '5.0.0' },
      versions: { '4.0.0': { deprecated: 'v4 is no longer supported' }, '4.1.0': { deprecated: '' }, '5.0.0': {} },
    });
    const info = parseMetadata('npm', 'application/json', body);
    expect(info).toEqual({ versions: ['4.0.0', '4.1.0', '5.0.0'], yanked: {}, deprecated: { '4.0.0': 'v4 is no longer supported' }, latest: '5.0.0' });
  });

  it('throws on a document that is not JSON when JSON was promised', () => {
    expect(() => parseMetadata('npm', 'application/json', '<html>login</html>')).toThrow();
  });
});
