import { caBundleFacts } from './backendTlsPoliciesCaBundle';
import {
  CA_CERTIFICATE,
  caConfigMap,
} from './__testUtils__/backendTlsPolicies';

describe('caBundleFacts', () => {
  it('accepts a PEM certificate in ca.crt', () => {
    expect(caBundleFacts(caConfigMap('shop/ca'))).toEqual({
      certificate: 'valid',
    });
  });

  it('accepts a PEM certificate in binaryData, base64-encoded', () => {
    const configMap = {
      ...caConfigMap('shop/ca', {}),
      binaryData: { 'ca.crt': btoa(CA_CERTIFICATE) },
    };
    expect(caBundleFacts(configMap).certificate).toBe('valid');
  });

  it('refuses a ConfigMap without ca.crt, as the suite does with its malformed one', () => {
    expect(caBundleFacts(caConfigMap('shop/ca', {}))).toEqual({
      certificate: 'invalid',
      problem: 'it has no ca.crt key',
    });
  });

  it.each([
    ['an empty ca.crt', ''],
    ['text that is not PEM', 'Hello world'],
    ['a private key', CA_CERTIFICATE.replace(/CERTIFICATE/g, 'PRIVATE KEY')],
  ])('refuses %s', (_name, caCrt) => {
    expect(caBundleFacts(caConfigMap('shop/ca', { 'ca.crt': caCrt }))).toEqual({
      certificate: 'invalid',
      problem: 'its ca.crt holds no PEM certificate',
    });
  });
});
