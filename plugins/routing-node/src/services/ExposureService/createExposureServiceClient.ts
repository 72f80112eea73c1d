import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  ForwardedError,
  InputError,
  ResponseError,
} from '@backstage/errors';
import { z } from 'zod';
import {
  exposureRequestStates,
  type ExposureRequestRecord,
} from '@portway/plugin-routing-common';
import { errorFindingsMessage } from '../../findings/errorFindingsMessage';
import type { ExposureService } from './types';

/**
 * Options for {@link createExposureServiceClient}.
 *
 * @public
 */
export interface ExposureServiceClientOptions {
  /** Finds the routing backend (`getBaseUrl('routing')`). */
  discovery: DiscoveryService;
  /** Issues the token that carries the initiator's identity to the routing backend. */
  auth: AuthService;
}

const findingsSchema = z.array(
  z.object({
    severity: z.enum(['error', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
);

const renderResultSchema = z.object({
  ok: z.boolean(),
  findings: findingsSchema,
  files: z.array(z.object({ path: z.string(), content: z.string() })),
});

/** What names a change: the branch and the pull request's title and body. */
const changeSchema = {
  report: z.string(),
  branchName: z.string(),
  title: z.string(),
};

const migrationPreviewSchema = renderResultSchema.extend({
  ...changeSchema,
  /** The objects are passed on as they came: they are also in `files`, which the change commits. */
  objects: z.array(z.looseObject({})),
  notes: z.array(
    z.object({
      object: z.string(),
      field: z.string().optional(),
      annotation: z.string().optional(),
      level: z.enum(['info', 'warning', 'error']),
      message: z.string(),
    }),
  ),
});

const conversionPreviewSchema = migrationPreviewSchema.extend({
  virtualServices: z.array(
    z.object({
      cluster: z.string(),
      namespace: z.string(),
      name: z.string(),
      hosts: z.array(z.string()),
    }),
  ),
});

const removalPreviewSchema = renderResultSchema.extend({
  ...changeSchema,
  deletedFiles: z.array(z.string()),
});

/** A recorded request: the parts the actions read are checked, the rest is passed on as it came. */
const recordSchema = z
  .looseObject({
    id: z.string(),
    state: z.enum(exposureRequestStates),
    entityRef: z.string(),
  })
  .transform(record => record as unknown as ExposureRequestRecord);

const recordResponseSchema = z.object({ request: recordSchema });

const createdResponseSchema = z.object({
  request: recordSchema,
  findings: findingsSchema,
});

/** The refusals that carry the preflight's findings, and the error each becomes. */
const findingRefusals: Record<number, new (message: string) => Error> = {
  400: InputError,
  409: ConflictError,
};

/** The error for a refusal: the findings listed when it has them, else the backend's own error. */
async function refusal(response: Response, what: string): Promise<Error> {
  const Refusal = findingRefusals[response.status];
  if (Refusal) {
    const body = await response
      .clone()
      .json()
      .catch(() => undefined);
    const findings = findingsSchema.safeParse(body?.findings);
    if (findings.success) {
      return new Refusal(
        errorFindingsMessage(
          `The routing backend refused ${what}`,
          findings.data,
        ),
      );
    }
  }
  const error = await ResponseError.fromResponse(response);
  return new ForwardedError(
    `The routing backend refused ${what} (${response.status} ${response.statusText})`,
    error.cause,
  );
}

/**
 * An {@link ExposureService} that calls the routing backend over HTTP, found through discovery,
 * with a token issued on behalf of the credentials (`auth.getPluginRequestToken`). It is the
 * default of {@link exposureServiceRef}.
 *
 * @public
 */
export function createExposureServiceClient(
  options: ExposureServiceClientOptions,
): ExposureService {
  const { discovery, auth } = options;

  /** POSTs `body` to `path`; answers the body of a 2xx, parsed with `schema`. */
  async function post<T extends z.ZodType>(
    path: string,
    body: unknown,
    credentials: BackstageCredentials,
    what: string,
    schema: T,
  ): Promise<z.infer<T>> {
    const [baseUrl, { token }] = await Promise.all([
      discovery.getBaseUrl('routing'),
      auth.getPluginRequestToken({
        onBehalfOf: credentials,
        targetPluginId: 'routing',
      }),
    ]);
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw await refusal(response, what);
    }
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success) {
      throw new Error(
        `The routing backend answered ${what} with an unexpected body: ${parsed.error.message}`,
      );
    }
    return parsed.data;
  }

  const requestPath = (id: string) =>
    `/exposure/requests/${encodeURIComponent(id)}`;

  return {
    preflight: (request, credentials) =>
      post(
        '/exposure/preflight',
        request,
        credentials,
        `the preflight of ${request.entityRef}`,
        renderResultSchema,
      ),

    previewIngressMigration: (request, credentials) =>
      post(
        '/ingress-migrations/preflight',
        request,
        credentials,
        `the migration preflight of ${request.entityRef}`,
        migrationPreviewSchema,
      ),

    previewVirtualServiceConversion: (request, credentials) =>
      post(
        '/virtual-service-conversions/preflight',
        request,
        credentials,
        `the VirtualService conversion preflight of ${request.entityRef}`,
        conversionPreviewSchema,
      ),

    previewIngressRemoval: (request, credentials) =>
      post(
        '/ingress-removals/preflight',
        request,
        credentials,
        `the removal preflight of ${request.entityRef}`,
        removalPreviewSchema,
      ),

    createRequest: (request, credentials) =>
      post(
        '/exposure/requests',
        request,
        credentials,
        `the exposure request of ${request.entityRef}`,
        createdResponseSchema,
      ),

    async recordChange(id, change, credentials) {
      const { request } = await post(
        `${requestPath(id)}/change`,
        change,
        credentials,
        `the change of exposure request ${id}`,
        recordResponseSchema,
      );
      return request;
    },

    async release(id, reason, credentials) {
      const { request } = await post(
        `${requestPath(id)}/release`,
        { reason },
        credentials,
        `the release of exposure request ${id}`,
        recordResponseSchema,
      );
      return request;
    },
  };
}
