import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { integer, selfSignedCertificate } from './self-signed-certificate.js';

/** Connects to a TLS server presenting `served` while trusting `trusted`; resolves to the verification error, or ''. */
async function handshake(served: { certificate: string; privateKey: string }, trusted: string, host: string): Promise<string> {
  const server = tls.createServer({ cert: served.certificate, key: served.privateKey }, (socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  try {
    return await new Promise<string>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, ca: trusted, ...(host === '127.0.0.1' ? {} : { servername: host }) }, () => {
        socket.end();
        resolve('');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
  } finally {
    server.close();
  }
}

describe('selfSignedCertificate', () => {
  it('is a CA certificate for 127.0.0.1 and localhost, signed by its own key, valid from an hour ago for two days', () => {
    const before = Date.now();
    const { certificate } = selfSignedCertificate();
    const x509 = new X509Certificate(certificate);
    expect(x509.subject).toBe('CN=127.0.0.1');
    expect(x509.issuer).toBe('CN=127.0.0.1');
    expect(x509.ca).toBe(true);
    expect(x509.subjectAltName).toBe('IP Address:127.0.0.1, DNS:localhost');
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    expect(Date.parse(x509.validFrom)).toBeLessThan(before - 3_500_000);
    expect(Date.parse(x509.validTo)).toBeGreaterThan(before + 2 * 86_400_000 - 60_000);
    expect(x509.serialNumber).not.toBe(new X509Certificate(selfSignedCertificate().certificate).serialNumber);
  });

  it('passes full verification as its own trust root, by IP and by name, and fails for another root or name', async () => {
    const served = selfSignedCertificate();
    expect(await handshake(served, served.certificate, '127.0.0.1')).toBe('');
    expect(await handshake(served, served.certificate, 'localhost')).toBe('');
    expect(await handshake(served, selfSignedCertificate().certificate, '127.0.0.1')).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(await handshake(served, served.certificate, 'db.example')).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });

  it('encodes INTEGERs minimally, so a random serial that starts with a zero byte still parses (CI saw "illegal padding")', () => {
    const hex = (bytes: number[]) => integer(Buffer.from(bytes)).toString('hex');
    expect(hex([0x00, 0x05])).toBe('020105');
    expect(hex([0x00, 0x00, 0x7f])).toBe('02017f');
    expect(hex([0x00, 0x80])).toBe('02020080');
    expect(hex([0x80])).toBe('02020080');
    expect(hex([0x00])).toBe('020100');
  });
});
