import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeGatewayApi } from '../semantics/analyzeGatewayApi';
import { gateway } from '../semantics/__testUtils__/builders';
import type { RouteCondition } from '../types/routes';
import {
  EXPLAINED_GATEWAY_REASONS,
  explainGatewayCondition,
  GatewaySurroundings,
} from './explainGatewayCondition';

const gatewayClass = (
  accepted?: Partial<RouteCondition>,
): KubernetesObject => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'GatewayClass',
  metadata: { name: 'portway' },
  spec: { controllerName: 'example.com/gateway' },
  ...(accepted
    ? { status: { conditions: [{ type: 'Accepted', ...accepted }] } }
    : {}),
});
const acceptedClass = gatewayClass({ status: 'True', reason: 'Accepted' });

const plain = gateway('infra/public', [
  { name: 'https', port: 443, protocol: 'HTTPS' },
]);
const withStatus = (
  object: KubernetesObject,
  status: Record<string, unknown>,
): KubernetesObject => ({ ...object, status });
const withAddresses = {
  ...plain,
  spec: { ...plain.spec, addresses: [{ value: '203.0.113.7' }] },
};
const refusedSecret = withStatus(plain, {
  listeners: [
    {
      name: 'https',
      conditions: [
        { type: 'Accepted', status: 'True', reason: 'Accepted' },
        {
          type: 'ResolvedRefs',
          status: 'False',
          reason: 'RefNotPermitted',
          message: 'Secret certs/tls is not permitted',
        },
        { type: 'Programmed', status: 'False', reason: 'Invalid' },
      ],
    },
  ],
});
const conflicted = gateway('infra/public', [
  { name: 'http', port: 80, protocol: 'HTTP' },
  { name: 'https', port: 80, protocol: 'HTTPS' },
]);

interface Case {
  name: string;
  reason: string;
  status?: 'False' | 'Unknown';
  around: GatewaySurroundings;
  explanation: string;
}

const cases: Case[] = [
  {
    name: 'the broken listeners its status names',
    reason: 'Invalid',
    around: { gateway: refusedSecret, gatewayClass: acceptedClass },
    explanation:
      'Gateway infra/public is invalid, so it is not programmed and its routes get no traffic; listener https: RefNotPermitted: "Secret certs/tls is not permitted": fix that listener in the Gateway\'s spec',
  },
  {
    name: "the broken listeners Portway's analysis finds when the status lists none",
    reason: 'Invalid',
    around: {
      gateway: withStatus(conflicted, { conditions: [] }),
      analyzed: analyzeGatewayApi([conflicted]).gateways[0],
    },
    explanation:
      'Gateway infra/public is invalid, so it is not programmed and its routes get no traffic; listener http: ProtocolConflict: "listener http of infra/public is not accepted: listener http (HTTP) shares port 80 with listener https (HTTPS)" and listener https: ProtocolConflict: "listener https of infra/public is not accepted: listener https (HTTPS) shares port 80 with listener http (HTTP)": fix those listeners in the Gateway\'s spec',
  },
  {
    name: 'the reason it is not accepted when no listener is at fault',
    reason: 'Invalid',
    around: {
      gateway: withStatus(plain, {
        conditions: [
          {
            type: 'Accepted',
            status: 'False',
            reason: 'InvalidParameters',
            message: 'infrastructure.parametersRef names a missing ConfigMap',
          },
        ],
      }),
    },
    explanation:
      'Gateway infra/public is not accepted (InvalidParameters: "infrastructure.parametersRef names a missing ConfigMap"), so it is not programmed and its routes get no traffic: fix what that names in the Gateway\'s spec',
  },
  {
    name: 'no address, none requested',
    reason: 'AddressNotAssigned',
    around: { gateway: plain },
    explanation:
      'Gateway infra/public has no address yet: its controller could not get one (a LoadBalancer Service waiting for an external IP, say): check that the cluster can provide load balancers (a cloud provider, MetalLB) or give the Gateway spec.addresses',
  },
  {
    name: 'the requested addresses that could not be assigned',
    reason: 'AddressNotAssigned',
    around: { gateway: withAddresses },
    explanation:
      'Gateway infra/public has no address yet: the addresses its spec.addresses asks for (203.0.113.7) could not be assigned: check that they are free and in the range the controller may use, or remove them',
  },
  {
    name: 'requested addresses that cannot be used',
    reason: 'AddressNotUsable',
    around: { gateway: withAddresses },
    explanation:
      'Gateway infra/public asks for addresses its controller cannot use (203.0.113.7): remove them from spec.addresses or ask for ones the controller can use',
  },
  {
    name: 'a controller without resources for it',
    reason: 'NoResources',
    around: { gateway: plain },
    explanation:
      "Gateway infra/public cannot be programmed because its controller lacks resources for it (its data-plane pods cannot be scheduled, say): check the pods and events in the Gateway's namespace and the controller's logs",
  },
  {
    name: 'a GatewayClass its controller has not accepted yet',
    reason: 'Pending',
    status: 'Unknown',
    around: { gateway: plain, gatewayClass: gatewayClass() },
    explanation:
      'no controller has programmed Gateway infra/public yet: GatewayClass portway of Gateway infra/public has not been accepted by example.com/gateway yet: check that this controller is installed and running',
  },
  {
    name: 'a GatewayClass with invalid parameters',
    reason: 'Pending',
    around: {
      gateway: plain,
      gatewayClass: gatewayClass({
        status: 'False',
        reason: 'InvalidParameters',
        message: 'ConfigMap envoy/proxy not found',
      }),
    },
    explanation:
      'no controller has programmed Gateway infra/public yet: GatewayClass portway of Gateway infra/public is not accepted by example.com/gateway (InvalidParameters: "ConfigMap envoy/proxy not found"): fix the object its spec.parametersRef names, or the reference itself',
  },
  {
    name: 'an accepted class: the wait should be short',
    reason: 'Pending',
    status: 'Unknown',
    around: { gateway: plain, gatewayClass: acceptedClass },
    explanation:
      'no controller has programmed Gateway infra/public yet; if this lasts, read the logs of the controller of GatewayClass portway',
  },
  {
    name: 'a reason Portway does not know: the controller is quoted',
    reason: 'ExampleQuota',
    around: { gateway: plain, gatewayClass: acceptedClass },
    explanation:
      'the controller set Programmed of Gateway infra/public to False (ExampleQuota): "over quota": fix what it names; the condition changes when the controller next reconciles the Gateway',
  },
];

function programmed(c: Case): RouteCondition {
  return {
    type: 'Programmed',
    status: c.status ?? 'False',
    reason: c.reason,
    message: c.reason === 'ExampleQuota' ? 'over quota' : '',
  };
}

describe('explainGatewayCondition', () => {
  it.each(cases.map(c => [c.reason, c.name, c] as const))(
    'Programmed %s: explains %s',
    (_reason, _name, c) => {
      expect(explainGatewayCondition(programmed(c), c.around)).toBe(
        c.explanation,
      );
    },
  );

  it('has a case for every reason it explains', () => {
    expect(
      EXPLAINED_GATEWAY_REASONS.filter(
        reason => !cases.some(c => c.reason === reason),
      ),
    ).toEqual([]);
  });

  it('leaves a True condition from status unexplained', () => {
    expect(
      explainGatewayCondition(
        {
          type: 'Programmed',
          status: 'True',
          reason: 'Programmed',
          message: '',
        },
        { gateway: plain, gatewayClass: acceptedClass },
      ),
    ).toBeUndefined();
  });

  it("says a predicted condition is no controller's, with why none may come", () => {
    const [analyzed] = analyzeGatewayApi([plain]).gateways;
    const predicted = analyzed.conditions.find(c => c.type === 'Programmed')!;
    expect(
      explainGatewayCondition(predicted, {
        gateway: plain,
        analyzed,
        predicted: true,
      }),
    ).toBe(
      "no controller has programmed Gateway infra/public yet: Gateway infra/public uses GatewayClass portway, which Portway does not find in the cluster, so no controller picks the Gateway up: set its spec.gatewayClassName to an installed class (kubectl get gatewayclass). Portway's analysis of its spec: Gateway infra/public would be programmed by a controller; the addresses it would get are not known offline",
    );
  });

  it('explains a predicted False condition from the analysis', () => {
    const [analyzed] = analyzeGatewayApi([conflicted]).gateways;
    const predicted = analyzed.conditions.find(c => c.type === 'Programmed')!;
    expect(
      explainGatewayCondition(predicted, {
        gateway: conflicted,
        gatewayClass: acceptedClass,
        analyzed,
        predicted: true,
      }),
    ).toMatch(
      /^no controller has programmed Gateway infra\/public yet; .*\. Portway's analysis of its spec: Gateway infra\/public is invalid, so it is not programmed .*listener http: ProtocolConflict/,
    );
  });
});
