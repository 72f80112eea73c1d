#!/usr/bin/env node
// Checks the routing backend's answer for the demo entity storefront (on stdin): the demo
// cluster is ok and the entity's routes in it (examples/cluster/README.md) are all there.
const answer = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const expected = [
  'HTTPRoute shop/storefront',
  'HTTPRoute shop/storefront-legacy-domain',
  'Ingress shop/storefront-legacy',
  'VirtualService shop/storefront-catalog-grpc',
];
const found = answer.routes.map(r => `${r.kind} ${r.namespace}/${r.name}`);
const missing = expected.filter(route => !found.includes(route));
const demo = answer.clusters.find(cluster => cluster.name === 'demo');
if (missing.length > 0 || demo?.state !== 'ok') {
  console.error(JSON.stringify(answer, null, 2));
  throw new Error(
    `expected the routes ${
      missing.join(', ') || '(all found)'
    } and cluster demo ok, got ${demo?.state ?? 'no cluster demo'}`,
  );
}
console.log(`storefront: ${found.join(', ')}; cluster demo ${demo.state}`);
