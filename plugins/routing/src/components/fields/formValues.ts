import {
  parseEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import {
  exposureKind,
  exposureTypes,
  type ExposureType,
} from '@portway/plugin-routing-common';
import type {
  GatewayListenerValue,
  IngressSelection,
  ServiceTarget,
  VirtualServiceSelection,
} from './types';

/** The values of the whole form, under the parameter names of the form contract. */
export type FormValues = Record<string, unknown>;

/** The whole form, as the scaffolder hands it to every field in `formContext.formData`. */
export function formValues(formContext: unknown): FormValues {
  const formData = (formContext as { formData?: unknown } | undefined)
    ?.formData;
  return formData && typeof formData === 'object'
    ? (formData as FormValues)
    : {};
}

/** The entity the form is about (its `entityRef`), once one is chosen and readable. */
export function formEntity(values: FormValues): CompoundEntityRef | undefined {
  const { entityRef } = values;
  if (typeof entityRef !== 'string' || entityRef === '') {
    return undefined;
  }
  try {
    return parseEntityRef(entityRef, {
      defaultKind: 'Component',
      defaultNamespace: 'default',
    });
  } catch {
    return undefined;
  }
}

/** The exposure type the form asks for (its `type`), when it is one Portway knows. */
export function formExposureType(values: FormValues): ExposureType | undefined {
  const { type } = values;
  return exposureTypes.find(known => known === type);
}

/** Whether the exposure type sends gRPC to the Service, so its gRPC ports are the ones to pick. */
export function isGrpcExposure(type: ExposureType | undefined): boolean {
  return type !== undefined && exposureKind(type).speaksGrpc;
}

/** Whether a value is a whole RoutingServicePicker value: cluster, namespace, name and port. */
export function isServiceTarget(value: unknown): value is ServiceTarget {
  const target = value as Partial<ServiceTarget> | undefined;
  return (
    typeof target?.cluster === 'string' &&
    target.cluster !== '' &&
    typeof target.namespace === 'string' &&
    target.namespace !== '' &&
    typeof target.name === 'string' &&
    target.name !== '' &&
    Number.isInteger(target.port)
  );
}

/** The Service the form exposes (its `target`), once one is picked. */
export function formTarget(values: FormValues): ServiceTarget | undefined {
  return isServiceTarget(values.target) ? values.target : undefined;
}

/** The listener the form chose (its `gateway`), once one is picked. */
export function formGateway(
  values: FormValues,
): GatewayListenerValue | undefined {
  const gateway = values.gateway as Partial<GatewayListenerValue> | undefined;
  return typeof gateway?.namespace === 'string' &&
    typeof gateway.name === 'string' &&
    typeof gateway.sectionName === 'string'
    ? (gateway as GatewayListenerValue)
    : undefined;
}

/** Whether a value is a RoutingIngressMigrationPicker value: cluster, namespace and names. */
export function isIngressSelection(value: unknown): value is IngressSelection {
  const selection = value as Partial<IngressSelection> | undefined;
  return (
    typeof selection?.cluster === 'string' &&
    selection.cluster !== '' &&
    typeof selection.namespace === 'string' &&
    selection.namespace !== '' &&
    Array.isArray(selection.names) &&
    selection.names.every(name => typeof name === 'string' && name !== '')
  );
}

/** The Ingresses the form moves or removes (its `ingress`), once at least one is ticked. */
export function formIngresses(
  values: FormValues,
): IngressSelection | undefined {
  const { ingress } = values;
  return isIngressSelection(ingress) && ingress.names.length > 0
    ? ingress
    : undefined;
}

/**
 * The VirtualServices the form converts (its `virtualService`, shaped as an Ingress selection:
 * cluster, namespace and names), once at least one is ticked.
 */
export function formVirtualServices(
  values: FormValues,
): VirtualServiceSelection | undefined {
  const { virtualService } = values;
  return isIngressSelection(virtualService) && virtualService.names.length > 0
    ? virtualService
    : undefined;
}
