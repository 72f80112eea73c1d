import type { KubernetesObject } from '../kubernetes/objects';
import { ingressClassOf, isDefaultIngressClass } from '../ingress/classes';
import {
  asArray,
  describeObject,
  IngressInventory,
  namespaceOf,
} from '../ingress/model';
import { dashed, GATEWAY_API_VERSION, MigrationNote } from './types';

/** A fresh object each time, so `yaml.stringify` writes no aliases. */
const allRoutes = () => ({ namespaces: { from: 'All' } });

/** The class of an Ingress: named, else the single default IngressClass, else `default`. */
export function migrationClassOf(
  ingress: KubernetesObject,
  inventory: IngressInventory,
): { name: string; note?: MigrationNote } {
  const named = ingressClassOf(ingress)?.name;
  if (named) return { name: named };
  const defaults = [...inventory.classes.values()].filter(
    isDefaultIngressClass,
  );
  if (defaults.length === 1 && defaults[0].metadata?.name)
    return { name: defaults[0].metadata.name };
  return {
    name: 'default',
    note: {
      object: describeObject(ingress),
      field: 'spec.ingressClassName',
      message:
        'no ingress class and no single default IngressClass; Gateway "default" with gatewayClassName "default" used, set it to your GatewayClass',
    },
  };
}

/** Builds one Gateway per ingress class, adding HTTPS listeners for each Ingress `spec.tls`. */
export class GatewayBuilder {
  readonly notes: MigrationNote[] = [];
  private readonly gateways = new Map<string, KubernetesObject>();

  /** The Gateway of a class, created in the namespace of its first Ingress. */
  gatewayFor(className: string, ingress: KubernetesObject): KubernetesObject {
    let gateway = this.gateways.get(className);
    if (!gateway) {
      gateway = {
        apiVersion: GATEWAY_API_VERSION,
        kind: 'Gateway',
        metadata: { name: className, namespace: namespaceOf(ingress) },
        spec: {
          gatewayClassName: className,
          listeners: [
            {
              name: 'http',
              protocol: 'HTTP',
              port: 80,
              allowedRoutes: allRoutes(),
            },
          ],
        },
      };
      this.gateways.set(className, gateway);
    }
    return gateway;
  }

  /** Adds an HTTPS listener per TLS host of the Ingress (one without hostname when none). */
  addTls(gateway: KubernetesObject, ingress: KubernetesObject) {
    const object = describeObject(ingress);
    const gatewayNamespace = namespaceOf(gateway);
    const listeners: any[] = gateway.spec.listeners;
    asArray(ingress.spec?.tls).forEach((tls, i) => {
      const field = `spec.tls[${i}]`;
      if (!tls?.secretName) {
        this.notes.push({
          object,
          field,
          message:
            'TLS without secretName (controller default certificate) not carried over; add certificateRefs to the Gateway listener',
        });
        return;
      }
      const ref: Record<string, string> = { name: tls.secretName };
      if (namespaceOf(ingress) !== gatewayNamespace) {
        ref.namespace = namespaceOf(ingress);
        this.notes.push({
          object,
          field: `${field}.secretName`,
          message: `Secret ${ref.namespace}/${ref.name} is referenced from Gateway ${gatewayNamespace}/${gateway.metadata?.name}; create a ReferenceGrant in ${ref.namespace}`,
        });
      }
      const hosts: Array<string | undefined> = asArray<string>(tls.hosts);
      for (const host of hosts.length ? hosts : [undefined]) {
        const name = host ? `https-${dashed(host)}` : 'https';
        const existing = listeners.find(l => l.name === name);
        if (existing) {
          const same =
            JSON.stringify(existing.tls.certificateRefs[0]) ===
            JSON.stringify(ref);
          if (!same)
            this.notes.push({
              object,
              field: `${field}.hosts`,
              message: `listener ${name} already uses another certificate; Secret ${ref.name} not carried over`,
            });
          continue;
        }
        listeners.push({
          name,
          protocol: 'HTTPS',
          port: 443,
          ...(host ? { hostname: host } : {}),
          tls: { mode: 'Terminate', certificateRefs: [{ ...ref }] },
          allowedRoutes: allRoutes(),
        });
      }
    });
  }

  /** The Gateways built so far, in creation order. */
  all(): KubernetesObject[] {
    return [...this.gateways.values()];
  }
}
