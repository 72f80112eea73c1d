import { exposureTypes } from '../types/exposure';
import { exposureKind, exposureKinds } from './exposureKinds';

describe('exposureKinds', () => {
  it('has one module per exposure type, in the order of exposureTypes', () => {
    expect(exposureKinds.map(kind => kind.type)).toEqual([...exposureTypes]);
  });

  it.each([
    ['http', 'HTTPRoute', true],
    ['grpc-gateway', 'GRPCRoute', true],
    ['grpc-mesh', 'VirtualService', false],
    ['ingress', 'Ingress', false],
  ] as const)(
    '%s creates a %s, attached to a Gateway: %s',
    (type, objectKind, usesGateway) => {
      expect(exposureKind(type)).toMatchObject({
        type,
        objectKind,
        usesGateway,
      });
    },
  );
});
