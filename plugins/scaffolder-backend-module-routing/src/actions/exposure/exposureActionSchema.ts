import type { z as zod } from 'zod/v3';
import { exposureTypes, pathMatchTypes } from '@portway/plugin-routing-common';

type Zod = typeof zod;

/**
 * The input of `routing:exposure:render`: the fields of an exposure request, for the
 * scaffolder's form and input check. The action's handler parses the input again with the
 * common `exposureRequestSchema` and checks the values with `renderExposure`, so this only
 * restates the shape (the scaffolder schema API takes zod 3 builders).
 */
export const exposureInput = {
  entityRef: (z: Zod) =>
    z
      .string()
      .describe(
        'The catalog entity to expose, e.g. component:default/storefront',
      ),
  type: (z: Zod) =>
    z
      .enum(exposureTypes)
      .optional()
      .describe('What to create; default "http" (an HTTPRoute)'),
  cluster: (z: Zod) =>
    z.string().describe('The cluster, as named in the GitOps repository'),
  namespace: (z: Zod) => z.string().describe('The namespace of the Service'),
  name: (z: Zod) =>
    z
      .string()
      .optional()
      .describe('Name of the generated route; default the Service name'),
  service: (z: Zod) =>
    z
      .object({
        name: z.string().describe('The Service to send traffic to'),
        port: z.number().int().describe('The Service port'),
      })
      .describe('The backend Service'),
  hostnames: (z: Zod) =>
    z
      .array(z.string())
      .describe(
        'Hostnames the route answers, e.g. storefront.shop.example.com',
      ),
  paths: (z: Zod) =>
    z
      .array(z.object({ type: z.enum(pathMatchTypes), value: z.string() }))
      .optional()
      .describe('Path matches; default one PathPrefix "/"'),
  gateway: (z: Zod) =>
    z
      .object({
        namespace: z.string(),
        name: z.string(),
        sectionName: z.string().optional(),
      })
      .optional()
      .describe('The shared Gateway (and listener) the route attaches to'),
};

/** The output of `routing:exposure:render`. */
export const exposureOutput = {
  files: (z: Zod) =>
    z
      .array(z.string())
      .describe('Paths of the files written, relative to the workspace'),
  folder: (z: Zod) =>
    z
      .string()
      .describe('The GitOps folder: clusters/{cluster}/{namespace}/{entity}'),
  branchName: (z: Zod) => z.string().describe('A branch name for the change'),
  title: (z: Zod) => z.string().describe('A pull request title'),
  description: (z: Zod) =>
    z.string().describe('A pull request description (markdown)'),
  findings: (z: Zod) =>
    z
      .array(
        z.object({
          severity: z.string(),
          code: z.string(),
          message: z.string(),
          field: z.string().optional(),
        }),
      )
      .describe('Warnings and notes about the request'),
  routingPath: (z: Zod) =>
    z.string().describe("Path of the entity's Routing tab in the portal"),
  gitops: (z: Zod) =>
    z
      .object({
        provider: z.enum(['local', 'github', 'gitlab', 'bitbucketServer']),
        repoUrl: z.string().optional(),
        baseBranch: z.string(),
      })
      .describe(
        'Where the change goes; pick the publish step with `if:` on provider',
      ),
};
