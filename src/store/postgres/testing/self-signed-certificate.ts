import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

/**
 * A self-signed X.509 certificate for a throwaway TLS server on 127.0.0.1 (the test PostgreSQL), made with
 * node:crypto alone so the tests need no `openssl` command. It carries what `openssl req -x509` writes for
 * `-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1,DNS:localhost`: a P-256 key, ECDSA with SHA-256,
 * CA:TRUE (so the certificate is its own trust root for `sslmode=verify-full`) and the key identifiers.
 */
export interface SelfSignedCertificate {
  /** PEM certificate; also the CA file a client trusts. */
  certificate: string;
  /** PEM PKCS #8 private key. */
  privateKey: string;
}

// DER (X.690): tag, definite length, content.
function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const length = body.length;
  let header: Buffer;
  if (length < 0x80) header = Buffer.from([tag, length]);
  else {
    const bytes: number[] = [];
    for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
    header = Buffer.from([tag, 0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([header, body]);
}

const sequence = (...items: Buffer[]) => der(0x30, ...items);
const set = (...items: Buffer[]) => der(0x31, ...items);
const octetString = (content: Buffer) => der(0x04, content);
const bitString = (content: Buffer) => der(0x03, Buffer.from([0]), content);
const explicit = (index: number, content: Buffer) => der(0xa0 + index, content);

/** A non-negative INTEGER in minimal form: DER rejects leading zero bytes ("illegal padding" in OpenSSL). */
export function integer(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const minimal = bytes.subarray(start);
  // Positive: a leading 1 bit needs a zero byte in front.
  return der(0x02, (minimal[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), minimal]) : minimal);
}

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const groups: number[] = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) groups.unshift(0x80 | (value & 0x7f));
    bytes.push(...groups);
  }
  return der(0x06, Buffer.from(bytes));
}

/** UTCTime, YYMMDDHHMMSSZ: valid for the years 1950 to 2049, which a two-day certificate stays within. */
function utcTime(date: Date): Buffer {
  const digits = date.toISOString().replace(/[-:T]/g, '').slice(2, 14);
  return der(0x17, Buffer.from(`${digits}Z`, 'ascii'));
}

const ECDSA_WITH_SHA256 = sequence(oid('1.2.840.10045.4.3.2'));

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [der(0x01, Buffer.from([0xff]))] : []), octetString(value));
}

/** A certificate for `commonName`, valid from an hour ago (clock skew) for `days` days. */
export function selfSignedCertificate(commonName = '127.0.0.1', days = 2): SelfSignedCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // The key identifier is the SHA-1 of the public key's bits (RFC 5280 4.2.1.2, method 1); the point is the
  // last 65 bytes of a P-256 SubjectPublicKeyInfo.
  const keyId = createHash('sha1').update(spki.subarray(spki.length - 65)).digest();
  const name = sequence(set(sequence(oid('2.5.4.3'), der(0x0c, Buffer.from(commonName, 'utf8')))));
  const now = Date.now();
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const alternativeNames = sequence(der(0x87, Buffer.from([127, 0, 0, 1])), der(0x82, Buffer.from('localhost', 'ascii')));
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))), // v3
    integer(serial),
    ECDSA_WITH_SHA256,
    name,
    sequence(utcTime(new Date(now - 3_600_000)), utcTime(new Date(now + days * 86_400_000))),
    name,
    spki,
    explicit(
      3,
      sequence(
        extension('2.5.29.14', false, octetString(keyId)), // subjectKeyIdentifier
        extension('2.5.29.35', false, sequence(der(0x80, keyId))), // authorityKeyIdentifier
        extension('2.5.29.19', true, sequence(der(0x01, Buffer.from([0xff])))), // basicConstraints CA:TRUE
        extension('2.5.29.17', false, alternativeNames), // subjectAltName
      ),
    ),
  );
  const signature = sign('sha256', tbs, privateKey);
  const certificate = sequence(tbs, ECDSA_WITH_SHA256, bitString(signature));
  const base64 = certificate.toString('base64').replace(/.{1,64}/g, '$&\n');
  return {
    certificate: `-----BEGIN CERTIFICATE-----\n${base64}-----END CERTIFICATE-----\n`,
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
