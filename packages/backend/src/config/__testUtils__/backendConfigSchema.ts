import path from 'node:path';
import type { AppConfig } from '@backstage/config';
import {
  ConfigSchema,
  ConfigSources,
  loadConfigSchema,
  mergeConfigSchemas,
} from '@backstage/config-loader';
import type { SchemaNode } from './schemaDeclares';

/** The repository root, where `examples/` and `app-config.yaml` are. */
export const REPO_ROOT = path.resolve(__dirname, '../../../../..');

/**
 * The config schema of the backend, as `backstage-cli config:check --strict` checks with it:
 * the schemas of every package the backend depends on, directly or not, and no undeclared keys.
 * Also merged into one JSON schema, for looking keys up.
 */
export async function loadBackendConfigSchema(): Promise<{
  schema: ConfigSchema;
  merged: SchemaNode;
}> {
  const schema = await loadConfigSchema({
    dependencies: ['backend'],
    packagePaths: [path.join(REPO_ROOT, 'package.json')],
    noUndeclaredProperties: true,
  });
  const { schemas } = schema.serialize() as unknown as {
    schemas: Array<{ value: Parameters<typeof mergeConfigSchemas>[0][number] }>;
  };
  return {
    schema,
    merged: mergeConfigSchemas(schemas.map(({ value }) => value)) as SchemaNode,
  };
}

/** Config files (paths relative to the repository root) read as the backend reads them. */
export async function readConfigFiles(files: string[]): Promise<AppConfig[]> {
  const source = ConfigSources.defaultForTargets({
    rootDir: REPO_ROOT,
    watch: false,
    targets: files.map(file => ({
      type: 'path',
      target: path.join(REPO_ROOT, file),
    })),
  });
  for await (const { configs } of source.readConfigData()) {
    return configs;
  }
  throw new Error(`No config was read from ${files.join(', ')}`);
}
