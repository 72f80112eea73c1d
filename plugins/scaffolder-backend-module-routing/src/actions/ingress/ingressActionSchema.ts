import type { z as zod } from 'zod/v3';

type Zod = typeof zod;

/**
 * The input both `routing:ingress:migrate` and `routing:ingress:remove` take: the entity and its
 * Ingresses in one namespace of one cluster (the scaffolder schema API takes zod 3 builders; the
 * routing backend checks the values).
 */
export const ingressInput = {
  entityRef: (z: Zod) =>
    z
      .string()
      .describe(
        'The entity whose Ingresses these are, e.g. component:default/checkout; the initiator needs routing.exposure.create on it',
      ),
  cluster: (z: Zod) =>
    z
      .string()
      .describe('The cluster, as Portway and the GitOps repository name it'),
  namespace: (z: Zod) => z.string().describe('The namespace of the Ingresses'),
  ingresses: (z: Zod) =>
    z
      .array(z.string())
      .min(1)
      .describe('Names of the Ingresses in the namespace: at least one'),
};

/** The listener the routes of `routing:ingress:migrate` attach to. */
export const gatewayInput = (z: Zod) =>
  z
    .object({
      namespace: z.string(),
      name: z.string(),
      sectionName: z.string().optional(),
    })
    .describe(
      'The shared Gateway, and the listener (sectionName) the routes attach to',
    );

/** The output both Ingress actions give: the change and what it holds. */
export const ingressChangeOutput = {
  provider: (z: Zod) =>
    z
      .enum(['local', 'github', 'gitlab', 'bitbucketServer'])
      .describe('Where the change goes'),
  branchName: (z: Zod) => z.string().describe('The branch of the change'),
  title: (z: Zod) =>
    z
      .string()
      .describe('The pull request title (the first line of the commit)'),
  report: (z: Zod) =>
    z.string().describe('The pull request body (markdown): the report'),
  changeUrl: (z: Zod) =>
    z
      .string()
      .optional()
      .describe(
        "Where the change is: the pull request, or the local repository's file:// URL; none in a dry run",
      ),
  pullRequestUrl: (z: Zod) =>
    z
      .string()
      .optional()
      .describe('The pull (merge) request on the forge; forges only'),
  commitSha: (z: Zod) =>
    z
      .string()
      .optional()
      .describe('The commit on the branch; the local repository only'),
  repositoryPath: (z: Zod) =>
    z
      .string()
      .optional()
      .describe(
        'Path of the local repository on the backend host; the local repository only',
      ),
  remoteUrl: (z: Zod) =>
    z
      .string()
      .optional()
      .describe(
        'A file:// URL of the local repository, for `git clone`; the local repository only',
      ),
  files: (z: Zod) =>
    z
      .array(z.string())
      .describe(
        'Repository paths of the files the change writes (also written into the workspace)',
      ),
  routingPath: (z: Zod) =>
    z.string().describe("Path of the entity's Routing tab in the portal"),
};
