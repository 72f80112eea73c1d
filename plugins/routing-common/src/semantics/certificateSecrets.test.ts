import fs from 'node:fs';
import path from 'node:path';
import type { KubernetesObject } from '../kubernetes/objects';
import { parseManifests } from '../kubernetes/parseManifests';
import { analyzeGatewayApi } from './analyzeGatewayApi';
import { gateway } from './__testUtils__/builders';
import { listenerCondition } from './__testUtils__/read';

const validSecret = parseManifests(
  fs.readFileSync(
    path.resolve(__dirname, '../conformance/__fixtures__/base.yaml'),
    'utf8',
  ),
  'base.yaml',
)
  .map(m => m.object)
  .find(o => o.kind === 'Secret')!;

function secret(name: string, data?: Record<string, string>): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { namespace: 'infra', name },
    ...(data ? { type: 'kubernetes.io/tls', data } : {}),
  };
}

const https = (secretName: string) =>
  gateway('infra/public', [
    {
      name: 'https',
      port: 443,
      protocol: 'HTTPS',
      tls: { certificateRefs: [{ name: secretName }] },
    },
  ]);

const resolvedRefs = (objects: KubernetesObject[], options = {}) =>
  listenerCondition(
    analyzeGatewayApi(objects, options),
    'public',
    'https',
    'ResolvedRefs',
  );

describe('certificate Secrets of a listener (conformance: GatewayInvalidTLSConfiguration)', () => {
  it('leaves Secrets unchecked when the input holds none and the caller listed none', () => {
    expect(resolvedRefs([https('tls')])).toBe('True/ResolvedRefs');
  });

  it('accepts a Secret with a PEM certificate and key', () => {
    expect(
      resolvedRefs([https('tls'), secret('tls', (validSecret as any).data)]),
    ).toBe('True/ResolvedRefs');
  });

  it('refuses a missing Secret once the input holds Secrets', () => {
    const analysis = analyzeGatewayApi([https('gone'), secret('other', {})]);
    const condition = analysis.gateways[0].listeners[0].conditions[1];
    expect(condition).toMatchObject({
      status: 'False',
      reason: 'InvalidCertificateRef',
      message:
        'listener https of infra/public uses Secret infra/gone as its certificate, which does not exist',
    });
  });

  it('refuses a missing Secret when the caller says every Secret was listed', () => {
    expect(resolvedRefs([https('gone')], { secretsListed: true })).toBe(
      'False/InvalidCertificateRef',
    );
  });

  it.each([
    [
      'no PEM certificate',
      { 'tls.crt': 'SGVsbG8gd29ybGQK', 'tls.key': 'SGVsbG8gd29ybGQK' },
      'its tls.crt holds no PEM certificate',
    ],
    [
      'no key',
      { 'tls.crt': (validSecret as any).data['tls.crt'] },
      'its tls.key holds no PEM private key',
    ],
  ])('refuses a Secret with %s', (_, data, problem) => {
    const analysis = analyzeGatewayApi([https('tls'), secret('tls', data)]);
    expect(analysis.gateways[0].listeners[0].conditions[1].message).toBe(
      `listener https of infra/public uses Secret infra/tls as its certificate, but ${problem}`,
    );
  });

  it('trusts a Secret known by name only (a metadata-only list)', () => {
    expect(
      resolvedRefs([https('tls'), secret('tls')], { secretsListed: true }),
    ).toBe('True/ResolvedRefs');
  });
});
