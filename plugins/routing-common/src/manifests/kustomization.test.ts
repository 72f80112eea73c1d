import { parse } from 'yaml';
import { mergeKustomization, removeFromKustomization } from './kustomization';

describe('mergeKustomization', () => {
  it('creates a Kustomization when the folder has none', () => {
    expect(parse(mergeKustomization(undefined, ['httproute-a.yaml']))).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: ['httproute-a.yaml'],
    });
  });

  it('keeps existing resources, other keys and comments, adding only what is missing', () => {
    const existing = [
      '# managed by the platform team',
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'namespace: shop',
      'resources:',
      '  - deployment.yaml # the app',
      '  - httproute-a.yaml',
      'commonLabels:',
      '  team: shop',
      '',
    ].join('\n');
    const merged = mergeKustomization(existing, [
      'httproute-a.yaml',
      'httproute-b.yaml',
    ]);
    expect(merged).toContain('# managed by the platform team');
    expect(merged).toContain('deployment.yaml # the app');
    expect(parse(merged)).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: 'shop',
      resources: ['deployment.yaml', 'httproute-a.yaml', 'httproute-b.yaml'],
      commonLabels: { team: 'shop' },
    });
  });

  it('adds a resources list to a Kustomization that has none', () => {
    const merged = mergeKustomization(
      'kind: Kustomization\nnamespace: shop\n',
      ['a.yaml'],
    );
    expect(parse(merged)).toEqual({
      kind: 'Kustomization',
      namespace: 'shop',
      resources: ['a.yaml'],
    });
  });

  it('refuses a file that is not a YAML mapping or whose resources are not a list', () => {
    expect(() => mergeKustomization('- a\n- b\n', ['a.yaml'])).toThrow(
      'must be a YAML mapping',
    );
    expect(() => mergeKustomization('resources: a.yaml\n', ['a.yaml'])).toThrow(
      'resources must be a list',
    );
    expect(() => mergeKustomization('resources: [a\n', ['a.yaml'])).toThrow(
      'not valid YAML',
    );
  });
});

describe('removeFromKustomization', () => {
  const existing = [
    '# managed by the platform team',
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - deployment.yaml # the app',
    '  - ingress-legacy.yaml',
    '  - httproute-legacy.yaml',
    'commonLabels:',
    '  team: shop',
    '',
  ].join('\n');

  it('removes the named resources, keeping the others, other keys and comments', () => {
    const removed = removeFromKustomization(existing, ['ingress-legacy.yaml']);
    expect(removed).toContain('# managed by the platform team');
    expect(removed).toContain('deployment.yaml # the app');
    expect(parse(removed)).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: ['deployment.yaml', 'httproute-legacy.yaml'],
      commonLabels: { team: 'shop' },
    });
  });

  it('ignores resources it does not list, and a Kustomization without resources', () => {
    expect(
      parse(removeFromKustomization(existing, ['other.yaml'])).resources,
    ).toEqual([
      'deployment.yaml',
      'ingress-legacy.yaml',
      'httproute-legacy.yaml',
    ]);
    const bare = 'kind: Kustomization\nnamespace: shop\n';
    expect(removeFromKustomization(bare, ['a.yaml'])).toBe(bare);
  });

  it('refuses a file that is not a YAML mapping or whose resources are not a list', () => {
    expect(() => removeFromKustomization('- a\n', ['a.yaml'])).toThrow(
      'must be a YAML mapping',
    );
    expect(() =>
      removeFromKustomization('resources: a.yaml\n', ['a.yaml']),
    ).toThrow('resources must be a list');
  });
});
