import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeIngresses } from './analyzeIngresses';
import { ingress, ingressClass, svc } from './__testUtils__/builders';

describe('backends (Service and port must exist in the Ingress namespace)', () => {
  const services = [
    svc('shop/web', { http: 80, admin: 9000 }),
    svc('bank/ledger'),
    ingressClass('nginx', true),
  ];
  const paths = (...backends: Array<[string, Record<string, unknown>]>) =>
    ingress('shop/web', {
      rules: [
        {
          host: 'shop.example.com',
          http: {
            paths: backends.map(([name, port], i) => ({
              path: `/${i}`,
              pathType: 'Prefix',
              backend: { service: { name, port } },
            })),
          },
        },
      ],
    });
  const p0 = 'spec.rules[0].http.paths[0].backend.service';
  it.each<[string, KubernetesObject, string[]]>([
    [
      'an existing Service and port number is fine',
      paths(['web', { number: 9000 }]),
      [],
    ],
    [
      'an existing Service and port name is fine',
      paths(['web', { name: 'admin' }]),
      [],
    ],
    [
      'a missing Service is an error',
      paths(['gone', { number: 80 }]),
      [`BackendNotFound ${p0}.name`],
    ],
    [
      'a Service of another namespace is not found',
      paths(['ledger', { number: 80 }]),
      [`BackendNotFound ${p0}.name`],
    ],
    [
      'a port number the Service lacks is an error',
      paths(['web', { number: 8080 }]),
      [`PortNotOnService ${p0}.port.number`],
    ],
    [
      'a port name the Service lacks is an error',
      paths(['web', { name: 'grpc' }]),
      [`PortNotOnService ${p0}.port.name`],
    ],
    [
      'every path is checked',
      paths(['web', { number: 80 }], ['gone', { number: 80 }]),
      ['BackendNotFound spec.rules[0].http.paths[1].backend.service.name'],
    ],
    [
      'defaultBackend is checked',
      ingress('shop/web', {
        defaultBackend: { service: { name: 'gone', port: { number: 80 } } },
      }),
      ['BackendNotFound spec.defaultBackend.service.name'],
    ],
    [
      'defaultBackend port is checked',
      ingress('shop/web', {
        defaultBackend: { service: { name: 'web', port: { number: 81 } } },
      }),
      ['PortNotOnService spec.defaultBackend.service.port.number'],
    ],
    [
      'a resource backend is not a Service and is not checked',
      ingress('shop/web', {
        defaultBackend: {
          resource: { apiGroup: 'k8s.example.com', kind: 'Bucket', name: 'b' },
        },
      }),
      [],
    ],
  ])('%s', (_name, object, expected) => {
    const findings = analyzeIngresses([...services, object]);
    expect(findings.map(f => `${f.code} ${f.field}`)).toEqual(expected);
    findings.forEach(f => expect(f.severity).toBe('error'));
  });

  it('names the Ingress, the Service and its ports', () => {
    const [finding] = analyzeIngresses([
      ...services,
      paths(['web', { number: 8080 }]),
    ]);
    expect(finding.message).toBe(
      'Ingress shop/web: port 8080 is not a port of Service shop/web (ports: http:80, admin:9000)',
    );
  });
});
