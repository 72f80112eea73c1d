import {
  decodeSecretValue,
  holdsPemCertificate,
  holdsPemPrivateKey,
} from '../kubernetes/pemBlocks';
import type { KubernetesObject } from '../kubernetes/objects';
import type { SecretFacts } from './model';

/** A Secret's value from `data` (base64) or `stringData` (plain), as the API server merges them. */
function secretValue(object: any, key: string): string | undefined {
  if (typeof object.stringData?.[key] === 'string')
    return object.stringData[key];
  return decodeSecretValue(object.data?.[key]);
}

/**
 * Whether a Secret can serve as a listener certificate, as the conformance suite's
 * GatewayInvalidTLSConfiguration expects: `tls.crt` must hold a PEM certificate and `tls.key`
 * a PEM private key. A Secret with no `type`, `data` or `stringData` at all is what a
 * metadata-only list gives: it exists, its contents are unchecked.
 */
export function secretFacts(object: KubernetesObject): SecretFacts {
  const secret = object as any;
  if (
    secret.type === undefined &&
    secret.data === undefined &&
    secret.stringData === undefined
  ) {
    return { certificate: 'unchecked' };
  }
  const certificate = secretValue(secret, 'tls.crt');
  const key = secretValue(secret, 'tls.key');
  if (certificate === undefined || !holdsPemCertificate(certificate)) {
    return {
      certificate: 'invalid',
      problem: 'its tls.crt holds no PEM certificate',
    };
  }
  if (key === undefined || !holdsPemPrivateKey(key)) {
    return {
      certificate: 'invalid',
      problem: 'its tls.key holds no PEM private key',
    };
  }
  return { certificate: 'valid' };
}
