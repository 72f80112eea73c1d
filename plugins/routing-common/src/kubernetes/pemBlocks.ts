/**
 * Structural checks of PEM data, without a crypto library (this package also runs in the
 * browser): a block has BEGIN/END armour of one type and a base64 body that decodes to DER, an
 * ASN.1 SEQUENCE (first byte 0x30). That tells a certificate or key from junk such as
 * "Hello world", which is what the conformance suite's malformed Secret holds; it does not
 * verify signatures or that the key matches the certificate.
 */

const PEM_BLOCK =
  /-----BEGIN ([A-Z0-9 ]+)-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END \1-----/g;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The types of the well-formed PEM blocks in `text`, e.g. `['CERTIFICATE']`. */
export function pemBlockTypes(text: string): string[] {
  const types: string[] = [];
  for (const [, type, body] of text.matchAll(PEM_BLOCK)) {
    const base64 = body.replace(/\s+/g, '');
    if (base64.length % 4 !== 0 || !BASE64.test(base64)) continue;
    if (atob(base64.slice(0, 4)).charCodeAt(0) === 0x30) types.push(type);
  }
  return types;
}

/** Whether `text` holds at least one well-formed PEM certificate. */
export function holdsPemCertificate(text: string): boolean {
  return pemBlockTypes(text).includes('CERTIFICATE');
}

/** Whether `text` holds a well-formed PEM private key (PKCS#8, PKCS#1 or SEC 1). */
export function holdsPemPrivateKey(text: string): boolean {
  return pemBlockTypes(text).some(type =>
    /^(RSA |EC |)PRIVATE KEY$/.test(type),
  );
}

/** Decodes a Secret's `data` value (base64); undefined when it is not valid base64. */
export function decodeSecretValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const base64 = value.replace(/\s+/g, '');
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) return undefined;
  return atob(base64);
}
