import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import routingPlugin from '@portway/plugin-routing-backend';
import type { ExposureRequestRecord } from '@portway/plugin-routing-common';
import scaffolderRoutingModule from '@portway/plugin-scaffolder-backend-module-routing';

const EXAMPLES = path.resolve(__dirname, '../../../../../examples');

/** The user who runs the templates: the demo's guest, whose team owns the shop components. */
export const GUEST = 'user:default/guest';

/** The output of a template, as the scaffolder renders it for the finished task. */
export interface TaskOutput {
  links?: Array<{ title?: string; icon?: string; url?: string }>;
  text?: Array<{ title?: string; content?: string }>;
}

/** A finished scaffolder task, as `GET /v2/tasks/:id` and its events tell it. */
export interface FinishedTask {
  status: 'completed' | 'failed' | 'cancelled';
  /** The messages the task logged, in order. */
  messages: string[];
  /** The template's output, from the task's completion event. */
  output?: TaskOutput;
}

/** One log line of a dry run. */
interface DryRunLog {
  body: { message: string; stepId?: string; status?: string };
}

async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`${what} did not happen in ${timeoutMs / 1000} s`);
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

/**
 * The demo portal's backend as app-config.yaml sets it up (the demo catalog and templates of
 * examples/, the snapshot cluster `demo`, a local GitOps repository seeded from
 * examples/gitops), with the real catalog, scaffolder, routing backend and Portway's
 * scaffolder module, and the GitOps repository in a temporary folder.
 */
export async function startDemoBackend() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portway-templates-'));
  const gitopsPath = path.join(dir, 'gitops');
  await fs.mkdir(path.join(dir, 'work'));
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      scaffolderEntityModel,
      scaffolderPlugin,
      scaffolderRoutingModule,
      routingPlugin,
      mockServices.rootConfig.factory({
        data: {
          backend: { workingDirectory: path.join(dir, 'work') },
          catalog: {
            rules: [
              {
                allow: [
                  'Component',
                  'System',
                  'Template',
                  'User',
                  'Group',
                  'Location',
                ],
              },
            ],
            locations: [
              {
                type: 'file',
                target: path.join(EXAMPLES, 'entities/all.yaml'),
              },
              {
                type: 'file',
                target: path.join(EXAMPLES, 'templates/all.yaml'),
              },
            ],
          },
          routing: {
            snapshotClusters: [
              { name: 'demo', directory: path.join(EXAMPLES, 'cluster') },
            ],
            gitops: {
              local: {
                path: gitopsPath,
                seedDirectory: path.join(EXAMPLES, 'gitops'),
                baseBranch: 'main',
              },
            },
          },
        },
      }),
    ],
  });
  const baseUrl = `http://localhost:${backend.server.port()}`;
  const asGuest = mockCredentials.user.header(GUEST);

  async function call(urlPath: string, init: RequestInit = {}) {
    const response = await fetch(`${baseUrl}${urlPath}`, {
      ...init,
      headers: {
        authorization: asGuest,
        'content-type': 'application/json',
        ...init.headers,
      },
    });
    const body = await response.json().catch(() => undefined);
    return { status: response.status, body };
  }

  const post = (urlPath: string, body: unknown) =>
    call(urlPath, { method: 'POST', body: JSON.stringify(body) });

  return {
    /** Waits until the catalog serves every entity, e.g. `template:default/expose-http`. */
    async waitForEntities(refs: string[]) {
      await eventually(
        `The catalog serving ${refs.join(', ')}`,
        async () => {
          const answers = await Promise.all(
            refs.map(ref => {
              const [kind, rest] = ref.split(':');
              const [namespace, name] = rest.split('/');
              return call(
                `/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
              );
            }),
          );
          return answers.every(answer => answer.status === 200)
            ? true
            : undefined;
        },
        30_000,
      );
    },

    /** The template entity, as the catalog serves it. */
    async template(name: string) {
      const { body } = await call(
        `/api/catalog/entities/by-name/template/default/${name}`,
      );
      return body;
    },

    /** `POST /api/routing/exposure/preflight` as the guest. */
    preflight: (request: unknown) =>
      post('/api/routing/exposure/preflight', request),

    /** `POST /api/routing/ingress-migrations/preflight` as the guest. */
    migrationPreflight: (request: unknown) =>
      post('/api/routing/ingress-migrations/preflight', request),

    /** `POST /api/routing/ingress-removals/preflight` as the guest. */
    removalPreflight: (request: unknown) =>
      post('/api/routing/ingress-removals/preflight', request),

    /** `POST /api/routing/virtual-service-conversions/preflight` as the guest. */
    conversionPreflight: (request: unknown) =>
      post('/api/routing/virtual-service-conversions/preflight', request),

    /** The exposure requests the routing backend recorded for an entity, newest first. */
    async exposureRequests(entityRef: string) {
      const { status, body } = await call(
        `/api/routing/exposure/requests?entityRef=${encodeURIComponent(
          entityRef,
        )}`,
      );
      if (status !== 200) {
        throw new Error(
          `Listing the requests of ${entityRef} answered ${status}: ${JSON.stringify(
            body,
          )}`,
        );
      }
      return body.requests as ExposureRequestRecord[];
    },

    /**
     * Dry-runs a template with form values; gives the input the render step was run with,
     * from the line the scaffolder logs (after its level) for each step it runs in dry-run
     * mode. The dry run fails (400) when the render action refuses the request.
     */
    async dryRunRenderInput(template: object, values: object) {
      const { status, body } = await post('/api/scaffolder/v2/dry-run', {
        template,
        values,
        secrets: {},
        directoryContents: [],
      });
      if (status !== 200) {
        throw new Error(`Dry run answered ${status}: ${JSON.stringify(body)}`);
      }
      const marker =
        'Running routing:exposure:render in dry-run mode with inputs (secrets redacted): ';
      const line = (body.log as DryRunLog[])
        .map(entry => entry.body.message)
        .find(message => message.includes(marker));
      if (!line) {
        throw new Error(
          `The dry run logged no input of routing:exposure:render: ${JSON.stringify(
            body.log,
          )}`,
        );
      }
      return JSON.parse(line.slice(line.indexOf(marker) + marker.length));
    },

    /** Creates a task from a template with form values and waits until it has finished. */
    async runTask(templateName: string, values: object): Promise<FinishedTask> {
      const created = await post('/api/scaffolder/v2/tasks', {
        templateRef: `template:default/${templateName}`,
        values,
      });
      if (created.status !== 201) {
        throw new Error(
          `Creating the task answered ${created.status}: ${JSON.stringify(
            created.body,
          )}`,
        );
      }
      const { id } = created.body;
      const status = await eventually(
        `Task ${id} of ${templateName} finishing`,
        async () => {
          const { body } = await call(`/api/scaffolder/v2/tasks/${id}`);
          return ['completed', 'failed', 'cancelled'].includes(body.status)
            ? (body.status as FinishedTask['status'])
            : undefined;
        },
        60_000,
      );
      const { body: events } = await call(
        `/api/scaffolder/v2/tasks/${id}/events`,
      );
      const taskEvents = events as Array<{
        type: string;
        body: { message?: string; output?: TaskOutput };
      }>;
      const messages = taskEvents
        .map(event => event.body.message)
        .filter((message): message is string => message !== undefined);
      const output = taskEvents.find(event => event.type === 'completion')?.body
        .output;
      return { status, messages, output };
    },

    /** The local GitOps repository, read with git. */
    gitops: {
      path: gitopsPath,
      git: (...args: string[]) =>
        execFileSync('git', ['-C', gitopsPath, ...args], { encoding: 'utf8' }),
    },

    async stop() {
      await backend.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
