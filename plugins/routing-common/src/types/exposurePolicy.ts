import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z } from 'zod';
import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkGatewayHostname,
} from '../validation/fieldRules';

const validator = makeValidator();

/**
 * An owner reference as the policy compares them: `kind:namespace/name` in lower case, with
 * kind `group` and the given namespace when left out (`payments` is `group:default/payments`).
 * Throws when `ref` is not an entity reference.
 *
 * @public
 */
export function normalizeOwnerRef(
  ref: string,
  defaultNamespace = 'default',
): string {
  const parsed = parseEntityRef(ref.toLocaleLowerCase('en-US'), {
    defaultKind: 'group',
    defaultNamespace: defaultNamespace.toLocaleLowerCase('en-US'),
  });
  if (
    !validator.isValidKind(parsed.kind) ||
    !validator.isValidNamespace(parsed.namespace) ||
    !validator.isValidEntityName(parsed.name)
  ) {
    throw new InputError(
      `"${ref}" is not an entity reference such as group:default/payments`,
    );
  }
  return stringifyEntityRef(parsed);
}

/**
 * A hostname or policy domain as the policy compares them: lower case, without a trailing dot.
 *
 * @public
 */
export function normalizeDomain(value: string): string {
  return value.toLocaleLowerCase('en-US').replace(/\.$/, '');
}

/**
 * The Gateway (and listener) a hostname rule names: `namespace/name[/sectionName]`.
 *
 * @public
 */
export interface PolicyListenerRef {
  /** The Gateway's namespace. */
  namespace: string;
  /** The Gateway's name. */
  name: string;
  /** The listener's name; any listener of the Gateway when absent. */
  sectionName?: string;
}

/**
 * Reads a rule's `listener`; undefined when it is not `namespace/name[/sectionName]` of valid names.
 *
 * @public
 */
export function parseListenerRef(value: string): PolicyListenerRef | undefined {
  const [namespace, name, sectionName, ...rest] = value.split('/');
  if (rest.length > 0 || name === undefined) return undefined;
  if (checkDnsLabel(namespace) || checkDnsSubdomain(name)) return undefined;
  if (sectionName === undefined) return { namespace, name };
  return checkDnsSubdomain(sectionName)
    ? undefined
    : { namespace, name, sectionName };
}

const NAMESPACE_PREFIX = /^([a-z0-9][-a-z0-9]*)?\*$/;

/** Whether `value` is a namespace pattern: a namespace name, or a prefix ending in `*` (`shared-*`, `*`). */
function isNamespacePattern(value: string): boolean {
  return (
    checkDnsLabel(value) === undefined ||
    (NAMESPACE_PREFIX.test(value) && value.length <= 63)
  );
}

const listenerRef = z.string().superRefine((value, ctx) => {
  if (!parseListenerRef(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" must be a Gateway listener as namespace/name or namespace/name/sectionName, such as infra/public/https`,
    });
  }
});

const ownerRef = z.string().superRefine((value, ctx) => {
  try {
    normalizeOwnerRef(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

const domain = z.string().superRefine((value, ctx) => {
  const rule = checkGatewayHostname(normalizeDomain(value));
  if (rule) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" must be an exact hostname such as shop.example.com or a wildcard such as *.shop.example.com (${rule})`,
    });
  }
});

const namespacePattern = z.string().superRefine((value, ctx) => {
  if (!isNamespacePattern(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" must be a namespace name, or a prefix ending in "*" such as shared-*`,
    });
  }
});

/**
 * One hostname rule: the domains allowed on a Gateway listener, or to an owner's entities.
 *
 * @public
 */
export const hostnameRuleSchema = z
  .strictObject({
    /** `namespace/name[/sectionName]`: the rule applies to requests on that Gateway (and listener). */
    listener: listenerRef.optional(),
    /** A group (or user) reference: the rule applies to requests of entities it owns. */
    owner: ownerRef.optional(),
    /** Exact hostnames, or `*.suffix` for any hostname ending in `.suffix`. */
    domains: z.array(domain).min(1, 'must list at least one domain'),
  })
  .refine(
    rule => (rule.listener === undefined) !== (rule.owner === undefined),
    {
      message: 'must name either a listener or an owner (exactly one of them)',
    },
  );

/**
 * One namespace rule: namespaces an owner's entities may use beyond those their objects live in.
 *
 * @public
 */
export const namespaceRuleSchema = z.strictObject({
  /** A group (or user) reference. */
  owner: ownerRef,
  /** Namespace names, or prefixes ending in `*`. */
  namespaces: z
    .array(namespacePattern)
    .min(1, 'must list at least one namespace'),
});

/**
 * Who may expose what, from `routing.exposure.policy` (or `portway render --policy`): the
 * hostnames allowed per Gateway listener and per owner, and the namespaces an owner may use
 * beyond those its entities' objects live in.
 *
 * @public
 */
export const exposurePolicySchema = z.strictObject({
  /** Every rule that applies to a request must allow each of its hostnames. */
  hostnames: z.array(hostnameRuleSchema).optional(),
  /** Namespaces owners may use beyond the ones their entities' objects live in. */
  namespaces: z.array(namespaceRuleSchema).optional(),
  /**
   * Whether `grpc-mesh-route` requests (a GRPCRoute bound to the Service: Gateway API mesh
   * routing, GAMMA, experimental) are allowed; off unless true, so internal gRPC goes through
   * Istio VirtualServices (`grpc-mesh`).
   */
  gatewayApiMeshRoutes: z.boolean().optional(),
});

/**
 * The exposure policy: see {@link exposurePolicySchema}.
 *
 * @public
 */
export type ExposurePolicy = z.infer<typeof exposurePolicySchema>;

/**
 * One rule of the policy's `hostnames`.
 *
 * @public
 */
export type HostnameRule = z.infer<typeof hostnameRuleSchema>;

/**
 * One rule of the policy's `namespaces`.
 *
 * @public
 */
export type NamespaceRule = z.infer<typeof namespaceRuleSchema>;
