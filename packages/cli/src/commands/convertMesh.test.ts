import { parseAllDocuments } from 'yaml';
import { createProgram } from '../index';
import { convertMeshCommand } from './convertMesh';
import { fileWith } from '../__testUtils__/tempFiles';

const manifests = (extra = '') =>
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata: {name: cart, namespace: shop}',
    'spec: {ports: [{name: grpc, port: 9090}]}',
    '---',
    'apiVersion: networking.istio.io/v1',
    'kind: VirtualService',
    'metadata: {name: cart, namespace: shop}',
    'spec:',
    '  hosts: [cart]',
    '  http:',
    '    - match: [{uri: {prefix: /shop.cart.v1.Cart/}}]',
    `      route: [{destination: {host: ${extra || 'cart'}}}]`,
    '      fault: {delay: {fixedDelay: 1s}}',
  ].join('\n');

describe('portway convert-mesh', () => {
  it('prints { objects, notes } with a GRPCRoute bound to the Service', () => {
    const output = convertMeshCommand([fileWith(manifests())], { json: true });
    expect(output.exitCode).toBe(0);
    const { objects, notes } = JSON.parse(output.text);
    expect(objects).toHaveLength(1);
    expect(objects[0].kind).toBe('GRPCRoute');
    expect(objects[0].spec.parentRefs).toEqual([
      { group: '', kind: 'Service', name: 'cart' },
    ]);
    expect(notes).toContainEqual(
      expect.objectContaining({
        object: 'VirtualService shop/cart',
        field: 'spec.http[0].fault',
        level: 'warning',
      }),
    );
  });

  it('writes YAML and the notes as comments without --json', () => {
    const output = convertMeshCommand([fileWith(manifests())], {});
    const kinds = parseAllDocuments(output.text).map(
      d => (d.toJS() as { kind: string }).kind,
    );
    expect(kinds).toEqual(['GRPCRoute']);
    expect(output.text).toMatch(
      /^# VirtualService shop\/cart spec\.http\[0\]\.fault: not carried over/m,
    );
  });

  it('exits 1 when a VirtualService could not be converted', () => {
    const output = convertMeshCommand(
      [fileWith(manifests('api.example.com'))],
      { json: true },
    );
    expect(output.exitCode).toBe(1);
    expect(JSON.parse(output.text).objects).toEqual([]);
  });

  it('refuses no files and unreadable files as usage errors', () => {
    expect(() => convertMeshCommand([], {})).toThrow(
      'convert-mesh needs at least one file',
    );
    expect(() => convertMeshCommand(['/nonexistent.yaml'], {})).toThrow(
      'cannot be read',
    );
  });

  it('is a command of the program', () => {
    const program = createProgram(() => {});
    expect(program.commands.map(c => c.name())).toContain('convert-mesh');
  });
});
