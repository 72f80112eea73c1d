import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  decodeSecretValue,
  holdsPemCertificate,
  holdsPemPrivateKey,
  pemBlockTypes,
} from './pemBlocks';

const baseFixture = fs.readFileSync(
  path.resolve(__dirname, '../conformance/__fixtures__/base.yaml'),
  'utf8',
);
const secretData = baseFixture
  .split('\n---\n')
  .map(document => parse(document))
  .find(object => object?.kind === 'Secret').data;

describe('pemBlocks', () => {
  const certificate = decodeSecretValue(secretData['tls.crt'])!;
  const key = decodeSecretValue(secretData['tls.key'])!;

  it('finds a certificate and a key in real PEM data', () => {
    expect(holdsPemCertificate(certificate)).toBe(true);
    expect(holdsPemPrivateKey(key)).toBe(true);
    expect(holdsPemPrivateKey(certificate)).toBe(false);
    expect(holdsPemCertificate(key)).toBe(false);
  });

  it('finds nothing in text that is not PEM', () => {
    const hello = decodeSecretValue('SGVsbG8gd29ybGQK')!;
    expect(hello).toBe('Hello world\n');
    expect(pemBlockTypes(hello)).toEqual([]);
  });

  it('refuses armour around a body that is not base64 DER', () => {
    const fake =
      '-----BEGIN CERTIFICATE-----\naGVsbG8=\n-----END CERTIFICATE-----';
    expect(holdsPemCertificate(fake)).toBe(false);
    const mismatched = certificate.replace(
      '-----END CERTIFICATE-----',
      '-----END PRIVATE KEY-----',
    );
    expect(holdsPemCertificate(mismatched)).toBe(false);
  });

  it('decodes only base64', () => {
    expect(decodeSecretValue('not base64!')).toBeUndefined();
    expect(decodeSecretValue(42)).toBeUndefined();
  });
});
