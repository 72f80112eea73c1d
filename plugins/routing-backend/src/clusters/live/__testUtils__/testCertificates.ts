import fs from 'node:fs';
import path from 'node:path';

const read = (file: string) =>
  fs.readFileSync(path.join(__dirname, 'tls', file), 'utf8');

/**
 * A test CA, a server certificate it signed for 127.0.0.1 and localhost, and two client
 * certificates it signed (CN client-a, client-b), in PEM. Made once with openssl, valid until
 * 2126; the CA's key was thrown away.
 */
export const testCertificates = {
  ca: read('ca.pem'),
  server: { cert: read('server.pem'), key: read('server.key') },
  clientA: { cert: read('client-a.pem'), key: read('client-a.key') },
  clientB: { cert: read('client-b.pem'), key: read('client-b.key') },
};
