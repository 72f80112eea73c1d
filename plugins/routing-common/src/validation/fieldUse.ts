import type { ExposureRequest, ExposureType } from '../types/exposure';
import type { Finding } from '../types/findings';
import { ExposureFindingCodes as Codes } from './exposureCodes';
import { fieldError } from './exposureFindings';

/**
 * The request fields that only some exposure types read.
 *
 * @public
 */
export type TypeSpecificField = Exclude<
  keyof ExposureRequest,
  'entityRef' | 'type' | 'cluster' | 'namespace' | 'name' | 'service'
>;

/**
 * Which type-specific fields an exposure type needs and which it also takes; it refuses the rest.
 *
 * @public
 */
export interface FieldUse {
  /** Fields that must be given (MissingField otherwise). */
  readonly requires: readonly TypeSpecificField[];
  /** Fields that may be given. */
  readonly accepts: readonly TypeSpecificField[];
}

interface Presence {
  /** Whether the request gives the field (an empty list does not). */
  given(request: ExposureRequest): boolean;
  /** Whether the request sets the field to something other than its default. */
  changed?(request: ExposureRequest): boolean;
  /** The rule a missing field breaks. */
  need: string;
}

const isDefaultPaths = (request: ExposureRequest) =>
  request.paths.length === 1 &&
  request.paths[0].type === 'PathPrefix' &&
  request.paths[0].value === '/';

/** One entry per field: adding a field to the schema fails to compile until it is listed here. */
const presence: Record<TypeSpecificField, Presence> = {
  hostnames: {
    given: r => r.hostnames.length > 0,
    need: 'must list at least one hostname',
  },
  paths: {
    given: r => r.paths.length > 0,
    changed: r => r.paths.length > 0 && !isDefaultPaths(r),
    need: 'must list at least one path',
  },
  headers: {
    given: r => (r.headers ?? []).length > 0,
    need: 'must list at least one header match',
  },
  timeout: { given: r => r.timeout !== undefined, need: 'is required' },
  retries: { given: r => r.retries !== undefined, need: 'is required' },
  gateway: {
    given: r => r.gateway !== undefined,
    need: 'is required: name the Gateway (and its listener) to attach to',
  },
  grpc: {
    given: r => (r.grpc ?? []).length > 0,
    need: 'must list at least one gRPC service, such as { "service": "shop.cart.v1.Cart" }',
  },
  ingressClassName: {
    given: r => r.ingressClassName !== undefined,
    need: 'is required: name the IngressClass that serves the Ingress',
  },
  tls: { given: r => r.tls !== undefined, need: 'is required' },
};

const fields = Object.keys(presence) as TypeSpecificField[];

/**
 * MissingField for each field the type needs and the request lacks, FieldNotUsed for each field
 * the type does not read and the request gives, so that nothing is silently ignored. The default
 * `paths` (one PathPrefix `/`) counts as not given.
 */
export function fieldUseFindings(
  request: ExposureRequest,
  kind: { type: ExposureType; title: string },
  use: FieldUse,
): Finding[] {
  return fields.flatMap(field => {
    const { given, changed = given, need } = presence[field];
    if (use.requires.includes(field)) {
      return given(request)
        ? []
        : [fieldError(Codes.MissingField, field, need)];
    }
    if (use.accepts.includes(field) || !changed(request)) return [];
    return [
      fieldError(
        Codes.FieldNotUsed,
        field,
        `is not used by the ${kind.type} exposure type (${kind.title}): remove it`,
      ),
    ];
  });
}
