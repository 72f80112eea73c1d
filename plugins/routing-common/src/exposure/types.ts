import type { KubernetesObject } from '../kubernetes/objects';
import type { ExposureRequest, ExposureType } from '../types/exposure';
import type { Finding } from '../types/findings';
import type { FieldUse } from '../validation/fieldUse';

/**
 * Everything Portway knows about one type of exposure, in one module per type
 * (`exposure/kinds/http.ts`, ...): which request fields it takes, how to check them, and how to
 * build its object. Render, preflight, the CLI and the forms read through it; nobody switches
 * on `request.type` in their own file.
 *
 * @public
 */
export interface ExposureKind {
  /** The request `type` this module handles. */
  readonly type: ExposureType;
  /** The object it creates: `HTTPRoute`, `GRPCRoute`, `VirtualService` or `Ingress`. */
  readonly objectKind: 'HTTPRoute' | 'GRPCRoute' | 'VirtualService' | 'Ingress';
  /** Words for people: "HTTPRoute on a shared Gateway". */
  readonly title: string;
  /** Whether the request attaches to a Gateway listener (`gateway` is required). */
  readonly usesGateway: boolean;
  /** The type-specific request fields it requires and accepts; it refuses the others. */
  readonly fields: FieldUse;
  /** Whether the Service behind it speaks gRPC, so its gRPC ports are the ones to offer. */
  readonly speaksGrpc: boolean;
  /** Findings for the fields only this type reads (and for fields it must not have). */
  validate(request: ExposureRequest): Finding[];
  /** The object the request adds; only called on a request without error findings. */
  build(request: ExposureRequest): KubernetesObject;
  /** The hostnames the object will answer (the Service FQDN for the mesh). */
  hostnames(request: ExposureRequest): string[];
  /** The URLs the exposure will have, e.g. `https://storefront.shop.example.com/`. */
  urls(
    request: ExposureRequest,
    listener?: { protocol: string; port: number },
  ): string[];
}
