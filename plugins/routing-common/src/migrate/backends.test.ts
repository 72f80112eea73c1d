import { ingress, svc } from '../ingress/__testUtils__/builders';
import { convertBackend } from './backends';
import type { SourceIngress } from './ir';

const source = {
  object: ingress('shop/web', {}),
  describe: 'Ingress shop/web',
  namespace: 'shop',
  name: 'web',
  className: 'nginx',
  annotations: {},
  canary: false,
} as SourceIngress;
const services = new Map([['shop/web', svc('shop/web', { http: 8080 })]]);
const convert = (value: unknown) =>
  convertBackend(value, 'spec.defaultBackend', source, services);

describe('convertBackend', () => {
  it.each<[string, unknown, unknown, string | undefined]>([
    [
      'a Service port by number is copied',
      { service: { name: 'web', port: { number: 80 } } },
      { name: 'web', port: 80 },
      undefined,
    ],
    [
      'a Service port by name is resolved against the Service',
      { service: { name: 'web', port: { name: 'http' } } },
      { name: 'web', port: 8080 },
      undefined,
    ],
    [
      'a port name the Service lacks: no port, an error',
      { service: { name: 'web', port: { name: 'grpc' } } },
      { name: 'web' },
      'error',
    ],
    [
      'a Service not in the input: no port, an error',
      { service: { name: 'other', port: { name: 'http' } } },
      { name: 'other' },
      'error',
    ],
    [
      'a resource backend: group, kind and name, a warning',
      {
        resource: {
          apiGroup: 'k8s.example.com',
          kind: 'StorageBucket',
          name: 'static',
        },
      },
      { group: 'k8s.example.com', kind: 'StorageBucket', name: 'static' },
      'warning',
    ],
  ])('%s', (_name, value, ref, level) => {
    const converted = convert(value);
    expect(converted.backend).toEqual({
      ref,
      source,
      field: 'spec.defaultBackend',
    });
    expect(converted.note?.level).toBe(level);
  });

  it('names the unresolved port and its field', () => {
    expect(
      convert({ service: { name: 'web', port: { name: 'grpc' } } }).note,
    ).toEqual({
      level: 'error',
      field: 'spec.defaultBackend.service.port',
      message: expect.stringContaining(
        'port "grpc" of Service shop/web could not be resolved',
      ),
    });
  });

  it('gives no backend for one without Service or resource, as an error', () => {
    expect(convert({})).toEqual({
      note: expect.objectContaining({ level: 'error' }),
    });
  });
});
