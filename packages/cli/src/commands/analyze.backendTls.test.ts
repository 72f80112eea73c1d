import path from 'path';
import { stringify } from 'yaml';
import { analyzeCommand } from './analyze';
import { fileWith } from '../__testUtils__/tempFiles';

const demoCluster = path.resolve(__dirname, '../../../../examples/cluster');
const demoFiles = [
  'namespaces.yaml',
  'gateways.yaml',
  'services.yaml',
  'routes.yaml',
  'backendtlspolicies.yaml',
].map(f => path.join(demoCluster, f));

describe('portway analyze: BackendTLSPolicies', () => {
  it("prints each policy's predicted conditions under each Gateway", () => {
    const { text } = analyzeCommand(demoFiles, {});
    expect(text.split('\n')).toContainEqual(
      expect.stringMatching(
        /^BackendTLSPolicy shop\/storefront-tls -> infra\/public: Accepted=True \(Accepted\): .*; ResolvedRefs=True \(ResolvedRefs\): /,
      ),
    );
  });

  it('prints a refused CA reference, and a policy no Gateway reaches', () => {
    const policy = (name: string, service: string, configMap: string) => ({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'BackendTLSPolicy',
      metadata: { namespace: 'shop', name },
      spec: {
        targetRefs: [{ group: '', kind: 'Service', name: service }],
        validation: {
          hostname: `${service}.shop.svc`,
          caCertificateRefs: [
            { group: '', kind: 'ConfigMap', name: configMap },
          ],
        },
      },
    });
    const file = fileWith(
      [
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { namespace: 'shop', name: 'empty-ca' },
          data: {},
        },
        policy('broken', 'storefront', 'empty-ca'),
        policy('unused', 'loyalty', 'no-such-ca'),
      ]
        .map(o => stringify(o))
        .join('---\n'),
    );
    const { text } = analyzeCommand([...demoFiles.slice(0, 4), file], {});
    const lines = text.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^BackendTLSPolicy shop\/broken -> infra\/public: Accepted=False \(NoValidCACertificate\): .*; ResolvedRefs=False \(InvalidCACertificateRef\): /,
      ),
    );
    expect(lines).toContain(
      "BackendTLSPolicy shop/unused: no Gateway's attached routes use its targets",
    );
  });
});
