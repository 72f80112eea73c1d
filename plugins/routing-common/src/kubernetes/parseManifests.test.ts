import { ManifestParseError, parseManifests } from './parseManifests';

describe('parseManifests', () => {
  it('reads every document and unpacks List dumps, naming where each object came from', () => {
    const text = [
      'apiVersion: v1\nkind: Service\nmetadata: {name: a}',
      '',
      'apiVersion: v1\nkind: ServiceList\nitems:\n  - {apiVersion: v1, kind: Service, metadata: {name: b}}',
    ].join('\n---\n');
    expect(
      parseManifests(text, 'in.yaml').map(m => [
        m.object.metadata?.name,
        m.source,
      ]),
    ).toEqual([
      ['a', 'in.yaml: document 1'],
      ['b', 'in.yaml: document 3'],
    ]);
  });

  it.each([
    ['kind: [\n', 'in.yaml: document 1: is not valid YAML'],
    ['- a\n- b\n', 'in.yaml: document 1: is not a Kubernetes object'],
    ['metadata: {name: a}\n', 'in.yaml: document 1: has no kind or apiVersion'],
    [
      'apiVersion: v1\nkind: Service\nmetadata: {}\n',
      'in.yaml: document 1: Service has no metadata.name',
    ],
    [
      'apiVersion: v1\nkind: List\nitems: [{kind: Service}]\n',
      'in.yaml: document 1, item 1: has no kind or apiVersion',
    ],
  ])('refuses %j: %s', (text, message) => {
    expect(() => parseManifests(text, 'in.yaml')).toThrow(ManifestParseError);
    expect(() => parseManifests(text, 'in.yaml')).toThrow(message);
  });
});
