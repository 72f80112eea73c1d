import {
  formEntity,
  formExposureType,
  formGateway,
  formIngresses,
  formTarget,
  formValues,
  isGrpcExposure,
} from './formValues';

describe('formValues', () => {
  it('reads the whole form from the formContext the scaffolder passes', () => {
    expect(formValues({ formData: { entityRef: 'component:x' } })).toEqual({
      entityRef: 'component:x',
    });
    expect(formValues(undefined)).toEqual({});
  });

  it('reads the entity of the form, defaulting kind and namespace as entity refs do', () => {
    expect(formEntity({ entityRef: 'storefront' })).toEqual({
      kind: 'Component',
      namespace: 'default',
      name: 'storefront',
    });
    expect(formEntity({ entityRef: 'system:shop/web' })).toEqual({
      kind: 'system',
      namespace: 'shop',
      name: 'web',
    });
  });

  it('has no entity while the form has none, or an unreadable one', () => {
    expect(formEntity({})).toBeUndefined();
    expect(formEntity({ entityRef: '' })).toBeUndefined();
    expect(formEntity({ entityRef: 'component:default/' })).toBeUndefined();
  });

  it('reads only exposure types Portway knows', () => {
    expect(formExposureType({ type: 'grpc-gateway' })).toBe('grpc-gateway');
    expect(formExposureType({ type: 'tcp' })).toBeUndefined();
  });

  it('takes the gRPC types as gRPC, the others not', () => {
    expect(isGrpcExposure('grpc-mesh')).toBe(true);
    expect(isGrpcExposure('grpc-gateway')).toBe(true);
    expect(isGrpcExposure('http')).toBe(false);
    expect(isGrpcExposure(undefined)).toBe(false);
  });

  it('reads a target only when it names one whole Service port', () => {
    const target = { cluster: 'c', namespace: 'n', name: 's', port: 80 };
    expect(formTarget({ target })).toEqual(target);
    expect(formTarget({ target: { ...target, cluster: '' } })).toBeUndefined();
    expect(formTarget({ target: { ...target, port: 8.5 } })).toBeUndefined();
  });

  it('reads a gateway only when it names a listener', () => {
    const gateway = {
      namespace: 'infra',
      name: 'public',
      sectionName: 'https',
    };
    expect(formGateway({ gateway })).toEqual(gateway);
    expect(
      formGateway({ gateway: { namespace: 'infra', name: 'public' } }),
    ).toBeUndefined();
  });

  it('reads the Ingresses once at least one of one cluster and namespace is ticked', () => {
    const ingress = { cluster: 'prod-eu', namespace: 'shop', names: ['web'] };
    expect(formIngresses({ ingress })).toEqual(ingress);
    expect(
      formIngresses({ ingress: { ...ingress, names: [] } }),
    ).toBeUndefined();
    expect(
      formIngresses({ ingress: { ...ingress, namespace: '' } }),
    ).toBeUndefined();
    expect(
      formIngresses({ ingress: { ...ingress, names: [''] } }),
    ).toBeUndefined();
  });
});
