import { z } from 'zod';
import type {
  IngressMigrationRequest,
  IngressRemovalRequest,
} from '../types/ingressMigration';
import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkListenerName,
} from '../validation/fieldRules';
import {
  namesOnceEach,
  parsedOrThrow,
  ruled,
} from '../validation/requestSchemas';
import { checkEntityRef } from '../validation/validateExposureRequest';

/**
 * Thrown when a body is not an Ingress migration or removal request; the message names every bad field.
 *
 * @public
 */
export class MalformedIngressRequestError extends Error {
  constructor(
    /** Every problem found, one sentence each naming the field. */
    readonly problems: string[],
  ) {
    super(`Malformed Ingress request: ${problems.join('; ')}`);
    this.name = 'MalformedIngressRequestError';
  }
}

const ingressNames = namesOnceEach(checkDnsSubdomain).min(
  1,
  'must name at least one Ingress',
);

const ingressRequestShape = {
  entityRef: ruled(checkEntityRef),
  cluster: ruled(checkDnsSubdomain),
  namespace: ruled(checkDnsLabel),
  ingresses: ingressNames,
};

const migrationSchema = z.object({
  ...ingressRequestShape,
  gateway: z.object({
    namespace: ruled(checkDnsLabel),
    name: ruled(checkDnsSubdomain),
    sectionName: ruled(checkListenerName).optional(),
  }),
});

const removalSchema = z.object(ingressRequestShape);

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  return parsedOrThrow(
    schema,
    value,
    problems => new MalformedIngressRequestError(problems),
  );
}

/**
 * Reads an unknown value (a JSON body, action input) as an Ingress migration request: an entity
 * reference, DNS names for cluster, namespace, Ingresses and Gateway, at least one Ingress and
 * none twice. Throws MalformedIngressRequestError naming every bad field.
 *
 * @public
 */
export function parseIngressMigrationRequest(
  value: unknown,
): IngressMigrationRequest {
  return parsed<IngressMigrationRequest>(migrationSchema, value);
}

/**
 * Reads an unknown value as an Ingress removal request, by the rules of {@link parseIngressMigrationRequest}.
 *
 * @public
 */
export function parseIngressRemovalRequest(
  value: unknown,
): IngressRemovalRequest {
  return parsed<IngressRemovalRequest>(removalSchema, value);
}
