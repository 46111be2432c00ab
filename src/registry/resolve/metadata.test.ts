import { describe, expect, it } from 'vitest';
import { BrokenDocumentError, metadataUrl, parseMetadata, versionFromFilename } from './metadata.js';

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
    const info = parseMetadata('pypi', 'application/vnd.pypi.simple.v1+json', body, 'acme-agent-tools');
    expect(info.versions.sort()).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    expect(info.yanked).toEqual({ '1.0.0': 'broken build' });
  });

  it('reads PEP 503 HTML with PEP 592 data-yanked, reason and entities', () => {
    const body = `<!DOCTYPE html><html><body>
      <a href="../../f/x-0.8.2.tar.gz#sha256=00" data-yanked="security &amp; bugs">x-0.8.2.tar.gz</a><br/>
      <a href="../../f/x-0.8.3.tar.gz#sha256=01" data-requires-python="&gt;=3.9">x-0.8.3.tar.gz</a>
      <a href="../../f/x-0.8.4.tar.gz" data-yanked>x-0.8.4.tar.gz</a>
    </body></html>`;
    const info = parseMetadata('pypi', 'text/html', body, 'x');
    expect(info.versions).toEqual(['0.8.2', '0.8.3', '0.8.4']);
    expect(info.yanked).toEqual({ '0.8.2': 'security & bugs', '0.8.4': '' });
  });

  it('reads npm documents: deprecations per version, an empty message un-deprecates', () => {
    const body = JSON.stringify({
      name: 'openai',
      'dist-tags': { latest: '5.0.0' },
      versions: { '4.0.0': { deprecated: 'v4 is no longer supported' }, '4.1.0': { deprecated: '' }, '5.0.0': {} },
    });
    const info = parseMetadata('npm', 'application/json', body, 'openai');
    expect(info).toEqual({ versions: ['4.0.0', '4.1.0', '5.0.0'], yanked: {}, deprecated: { '4.0.0': 'v4 is no longer supported' }, latest: '5.0.0' });
  });

  it('throws on a document that is not JSON when JSON was promised', () => {
    expect(() => parseMetadata('npm', 'application/json', '<html>login</html>', 'openai')).toThrow(BrokenDocumentError);
  });
});

describe('strict documents: anything that is not an index document is broken', () => {
  const broken = (ecosystem: 'pypi' | 'npm', contentType: string, body: string, name = 'acme-tools'): string => {
    try {
      parseMetadata(ecosystem, contentType, body, name);
    } catch (error) {
      expect(error).toBeInstanceOf(BrokenDocumentError);
      return (error as Error).message;
    }
    throw new Error('parsed as a valid document');
  };

  it('calls an SSO login page served as HTML 200 a login page', () => {
    const page = '<!doctype html><html><head><title>Sign in</title></head><body><form method="post"><input name="user"><input type="password" name="pw"></form><a href="/help">Help</a></body></html>';
    expect(broken('pypi', 'text/html; charset=utf-8', page)).toBe('answered a login page, not a package index');
  });

  it('calls other HTML without distribution files broken (an error page)', () => {
    expect(broken('pypi', 'text/html', '<html><body><h1>502 Bad Gateway</h1><a href="/">home</a></body></html>')).toBe('answered HTML that lists no distribution files, not a package index');
  });

  it('accepts a PEP 503 page with zero files when it carries the PEP 629 repository-version meta tag', () => {
    const page = '<!DOCTYPE html><html><head><meta name="pypi:repository-version" content="1.1"><title>Links for acme-tools</title></head><body><h1>Links for acme-tools</h1></body></html>';
    expect(parseMetadata('pypi', 'text/html', page, 'acme-tools').versions).toEqual([]);
  });

  it('ignores anchors that are not distribution files', () => {
    const page = '<html><body><a href="/">Back</a><a href="f/acme_tools-1.0.0-py3-none-any.whl">acme_tools-1.0.0-py3-none-any.whl</a></body></html>';
    expect(parseMetadata('pypi', 'text/html', page, 'acme-tools').versions).toEqual(['1.0.0']);
  });

  it('calls {"error": …} with the PEP 691 content type an error document', () => {
    expect(broken('pypi', 'application/vnd.pypi.simple.v1+json', JSON.stringify({ error: 'Internal error, please retry' }))).toBe(
      'answered an error document ("Internal error, please retry"), not a package index',
    );
  });

  it('requires meta.api-version and files in PEP 691 JSON, and the project asked for', () => {
    expect(broken('pypi', 'application/vnd.pypi.simple.v1+json', JSON.stringify({ files: [] }))).toMatch(/without the PEP 691 meta\.api-version/);
    expect(broken('pypi', 'application/vnd.pypi.simple.v1+json', JSON.stringify({ meta: { 'api-version': '1.1' } }))).toMatch(/without the PEP 691/);
    expect(broken('pypi', 'application/vnd.pypi.simple.v1+json', JSON.stringify({ meta: { 'api-version': '1.1' }, name: 'other', files: [] }))).toMatch(/another project/);
    expect(broken('pypi', 'application/vnd.pypi.simple.v1+json', '[1, 2]')).toMatch(/not a JSON object/);
    const ok = parseMetadata('pypi', 'application/vnd.pypi.simple.v1+json', JSON.stringify({ meta: { 'api-version': '1.0' }, name: 'Acme_Tools', files: [] }), 'acme-tools');
    expect(ok.versions).toEqual([]);
  });

  it('requires an npm packument: a versions map, and the name asked for', () => {
    expect(broken('npm', 'application/json', JSON.stringify({ error: 'not_found' }), 'ai')).toBe('answered an error document ("not_found"), not a package index');
    expect(broken('npm', 'application/json', JSON.stringify({ name: 'zod', versions: {} }), 'ai')).toMatch(/packument of another package/);
    expect(broken('npm', 'application/json', JSON.stringify({ ok: true }), 'ai')).toMatch(/not a packument/);
    expect(parseMetadata('npm', 'application/vnd.npm.install-v1+json', JSON.stringify({ name: 'ai', versions: { '5.0.0': {} } }), 'ai').versions).toEqual(['5.0.0']);
  });
});
