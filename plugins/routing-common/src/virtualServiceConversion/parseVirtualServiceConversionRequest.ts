import { z } from 'zod';
import type { VirtualServiceConversionRequest } from '../types/meshMigration';
import { checkDnsLabel, checkDnsSubdomain } from '../validation/fieldRules';
import {
  namesOnceEach,
  parsedOrThrow,
  ruled,
} from '../validation/requestSchemas';
import { checkEntityRef } from '../validation/validateExposureRequest';

/**
 * Thrown when a body is not a VirtualService conversion request; the message names every bad field.
 *
 * @public
 */
export class MalformedVirtualServiceConversionRequestError extends Error {
  constructor(
    /** Every problem found, one sentence each naming the field. */
    readonly problems: string[],
  ) {
    super(
      `Malformed VirtualService conversion request: ${problems.join('; ')}`,
    );
    this.name = 'MalformedVirtualServiceConversionRequestError';
  }
}

const conversionSchema = z.object({
  entityRef: ruled(checkEntityRef),
  cluster: ruled(checkDnsSubdomain).optional(),
  namespace: ruled(checkDnsLabel).optional(),
  virtualServices: namesOnceEach(checkDnsSubdomain).optional(),
});

/**
 * Reads an unknown value (a JSON body, action input) as a VirtualService conversion request:
 * an entity reference, and DNS names for the optional cluster, namespace and VirtualServices,
 * none named twice. Throws MalformedVirtualServiceConversionRequestError naming
 * every bad field.
 *
 * @public
 */
export function parseVirtualServiceConversionRequest(
  value: unknown,
): VirtualServiceConversionRequest {
  return parsedOrThrow(
    conversionSchema,
    value,
    problems => new MalformedVirtualServiceConversionRequestError(problems),
  );
}
