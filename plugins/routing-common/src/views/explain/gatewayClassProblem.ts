import type { KubernetesObject } from '../../kubernetes/objects';
import type { RouteCondition } from '../../types/routes';
import { quoted } from './types';

/** What to do about each reason a GatewayClass's Accepted condition is False. */
const CLASS_FIXES: Record<string, string> = {
  InvalidParameters:
    'fix the object its spec.parametersRef names, or the reference itself',
  Unsupported:
    "the controller does not serve this class as configured: check the class's controllerName and parametersRef",
  UnsupportedVersion:
    'the Gateway API CRDs installed are a version the controller does not support: install the version it documents',
};

/**
 * Why no controller takes a Gateway's class, or undefined when its controller accepted it: the
 * Gateway names no class, Portway sees no GatewayClass of that name, or the class is not (yet)
 * Accepted (InvalidParameters, Unsupported, UnsupportedVersion, Pending), with the fix.
 */
export function gatewayClassProblem(
  gateway: { namespace: string; name: string; gatewayClassName?: string },
  gatewayClass: KubernetesObject | undefined,
): string | undefined {
  const where = `Gateway ${gateway.namespace}/${gateway.name}`;
  const className = gateway.gatewayClassName;
  const pickClass =
    'set its spec.gatewayClassName to an installed class (kubectl get gatewayclass)';
  if (!className) return `${where} names no GatewayClass: ${pickClass}`;
  if (!gatewayClass) {
    return `${where} uses GatewayClass ${className}, which Portway does not find in the cluster, so no controller picks the Gateway up: ${pickClass}`;
  }
  const controller = gatewayClass.spec?.controllerName ?? 'its controller';
  const conditions: RouteCondition[] = gatewayClass.status?.conditions ?? [];
  const accepted = conditions.find(c => c.type === 'Accepted');
  if (accepted?.status === 'True') return undefined;
  if (accepted?.status !== 'False') {
    return `GatewayClass ${className} of ${where} has not been accepted by ${controller} yet: check that this controller is installed and running`;
  }
  const fix = CLASS_FIXES[accepted.reason] ?? "see the controller's logs";
  return `GatewayClass ${className} of ${where} is not accepted by ${controller} (${
    accepted.reason
  }${quoted(accepted.message)}): ${fix}`;
}
