import { z } from 'zod';
import { InputError } from '@backstage/errors';
import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  checkDnsLabel,
  ExposureType,
  exposureKinds,
} from '@portway/plugin-routing-common';

/** A query parameter given once, as text. */
const text = z
  .string({
    error: issue =>
      issue.input === undefined ? 'is required' : 'must be given once, as text',
  })
  .min(1, 'is required');

/** The exposure types whose routes attach to a Gateway listener. */
const gatewayTypes = exposureKinds
  .filter(kind => kind.usesGateway)
  .map(kind => kind.type);

/** `?cluster=` of the ingress class picker. */
export const ingressClassesQuery = z.object({ cluster: text });

/** `?cluster=&namespace=&type=` of the listener picker. */
export const listenersQuery = z.object({
  cluster: text,
  namespace: text.superRefine((namespace, ctx) => {
    const rule = checkDnsLabel(namespace);
    if (rule) ctx.addIssue({ code: 'custom', message: rule });
  }),
  type: z.enum(gatewayTypes as [ExposureType, ...ExposureType[]], {
    error: () => `must be one of ${gatewayTypes.join(', ')}`,
  }),
});

const validator = makeValidator();

/** `?entityRef=` of the request list: an entity reference, normalised (`component:default/storefront`). */
export const requestsQuery = z.object({
  entityRef: text.transform((ref, ctx) => {
    try {
      const parsed = parseEntityRef(ref);
      if (
        !validator.isValidKind(parsed.kind) ||
        !validator.isValidNamespace(parsed.namespace) ||
        !validator.isValidEntityName(parsed.name)
      ) {
        throw new Error('not an entity reference');
      }
      return stringifyEntityRef(parsed);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message:
          'must be an entity reference such as component:default/storefront',
      });
      return z.NEVER;
    }
  }),
});

/** Parses a request's query; an InputError names every bad parameter. */
export function parseQuery<T extends z.ZodType>(
  schema: T,
  query: unknown,
): z.infer<T> {
  const result = schema.safeParse(query);
  if (!result.success) {
    const problems = result.error.issues.map(
      issue => `${issue.path.join('.')} ${issue.message}`,
    );
    throw new InputError(`Invalid query parameters: ${problems.join('; ')}`);
  }
  return result.data;
}
