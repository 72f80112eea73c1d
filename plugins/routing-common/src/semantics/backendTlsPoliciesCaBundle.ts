import {
  decodeSecretValue,
  holdsPemCertificate,
} from '../kubernetes/pemBlocks';
import type { KubernetesObject } from '../kubernetes/objects';

/**
 * What a ConfigMap offers as a BackendTLSPolicy's CA bundle: `valid` when its `ca.crt` holds a
 * PEM certificate, `invalid` (with the problem) when it does not.
 *
 * @public
 */
export interface CaBundleFacts {
  /** Whether `ca.crt` holds at least one well-formed PEM certificate. */
  certificate: 'valid' | 'invalid';
  /** What is wrong, for an `invalid` one. */
  problem?: string;
}

/**
 * Whether a ConfigMap can serve as a CA certificate reference: the spec wants the bundle in a
 * key named `ca.crt` (in `data`, or base64 in `binaryData`), and the suite's
 * BackendTLSPolicyInvalidCACertificateRef expects a ConfigMap without it, or with an empty
 * one, to be an invalid reference. The check is structural (see pemBlocks): it tells a
 * certificate from junk, without verifying it.
 */
export function caBundleFacts(configMap: KubernetesObject): CaBundleFacts {
  const object = configMap as any;
  const text =
    typeof object.data?.['ca.crt'] === 'string'
      ? object.data['ca.crt']
      : decodeSecretValue(object.binaryData?.['ca.crt']);
  if (text === undefined)
    return { certificate: 'invalid', problem: 'it has no ca.crt key' };
  if (!holdsPemCertificate(text))
    return {
      certificate: 'invalid',
      problem: 'its ca.crt holds no PEM certificate',
    };
  return { certificate: 'valid' };
}
