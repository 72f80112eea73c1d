import { backendTlsPolicyCases } from './backendTlsPolicies';
import { gatewayGrpcCases } from './gatewayGrpc';
import { gatewayHttpGatewayCases } from './gatewayHttpGateways';
import { gatewayHttpRouteCasesA } from './gatewayHttpRoutesA';
import { gatewayHttpRouteCasesB } from './gatewayHttpRoutesB';
import { gatewayTcpCases } from './gatewayTcp';
import { gatewayTlsCases } from './gatewayTls';
import { gatewayUdpCases } from './gatewayUdp';
import { listenerSetCases } from './listenerSets';
import { meshGrpcCases, meshHttpCases } from './mesh';
import type { ConformanceCase, ConformanceProfile } from './types';

/** Every conformance table, by the profile whose tests it restates. */
export const conformanceTables: Record<ConformanceProfile, ConformanceCase[]> =
  {
    'GATEWAY-HTTP': [
      ...gatewayHttpRouteCasesA,
      ...gatewayHttpRouteCasesB,
      ...gatewayHttpGatewayCases,
      ...listenerSetCases,
      ...backendTlsPolicyCases,
    ],
    'GATEWAY-TLS': gatewayTlsCases,
    'GATEWAY-GRPC': gatewayGrpcCases,
    'GATEWAY-TCP': gatewayTcpCases,
    'GATEWAY-UDP': gatewayUdpCases,
    'MESH-HTTP': meshHttpCases,
    'MESH-GRPC': meshGrpcCases,
  };

/**
 * The suite's test a row restates: rows for the steps of one test carry the step in
 * parentheses after the test's name, e.g. `TCPRouteReferenceGrant (after the ReferenceGrant is deleted)`.
 */
export function suiteTestOf(testCase: ConformanceCase) {
  return testCase.test.replace(/ \(.*\)$/, '');
}
