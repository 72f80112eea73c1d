import fsp from 'node:fs/promises';
import path from 'node:path';

/** The exposure request the tests start from. */
export const storefrontRequest = {
  entityRef: 'component:default/storefront',
  type: 'http' as const,
  cluster: 'demo',
  namespace: 'shop',
  service: { name: 'storefront', port: 8080 },
  hostnames: ['storefront.shop.example.com'],
  paths: [{ type: 'PathPrefix' as const, value: '/' }],
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};

/** Every file below a folder, relative paths, sorted; empty when the folder does not exist. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await fsp
    .readdir(root, { recursive: true, withFileTypes: true })
    .catch(() => []);
  return entries
    .filter(entry => entry.isFile())
    .map(entry => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}
