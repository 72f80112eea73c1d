import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ForwardedError, ResponseError } from '@backstage/errors';
import { z } from 'zod';
import type { RenderResult } from '@portway/plugin-routing-common';
import type { RoutingBackendClient } from './types';

/** Options for {@link createRoutingBackendClient}. */
export interface RoutingBackendClientOptions {
  /** Finds the routing backend (`getBaseUrl('routing')`). */
  discovery: DiscoveryService;
  /** Issues the token that carries the initiator's identity to the routing backend. */
  auth: AuthService;
}

const renderResultSchema = z.object({
  ok: z.boolean(),
  findings: z.array(
    z.object({
      severity: z.enum(['error', 'warning', 'info']),
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
    }),
  ),
  files: z.array(z.object({ path: z.string(), content: z.string() })),
});

/**
 * A {@link RoutingBackendClient} that calls the routing backend over HTTP. A refusal is thrown
 * as the routing backend's own error (its name: NotAllowedError, InputError, NotFoundError).
 */
export function createRoutingBackendClient(
  options: RoutingBackendClientOptions,
): RoutingBackendClient {
  const { discovery, auth } = options;
  return {
    async preflight(request, credentials): Promise<RenderResult> {
      const [baseUrl, { token }] = await Promise.all([
        discovery.getBaseUrl('routing'),
        auth.getPluginRequestToken({
          onBehalfOf: credentials,
          targetPluginId: 'routing',
        }),
      ]);
      const response = await fetch(`${baseUrl}/exposure/preflight`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify(request),
      });
      if (!response.ok) {
        const error = await ResponseError.fromResponse(response);
        throw new ForwardedError(
          `The routing backend refused the preflight of ${request.entityRef} (${response.status} ${response.statusText})`,
          error.cause,
        );
      }
      const body = renderResultSchema.safeParse(await response.json());
      if (!body.success) {
        throw new Error(
          `The routing backend answered the preflight of ${request.entityRef} with an unexpected body: ${body.error.message}`,
        );
      }
      return body.data;
    },
  };
}
