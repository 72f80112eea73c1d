import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { toError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { KubernetesClustersSupplier } from '@backstage/plugin-kubernetes-node';
import type { ClusterLocator } from './types';
import { createConfigClusterLocator } from './configClusterLocator';
import { createLocalKubectlProxyLocator } from './localKubectlProxyLocator';
import { createCatalogClusterLocator } from './catalogClusterLocator';
import { createGkeClusterLocator } from './gkeClusterLocator';
import { createSupplierLocator } from './supplierLocator';
import { problemLocator } from './problemLocator';
import { withClusterAuth } from './clusterAuth';

interface LocatorContext {
  locator: Config;
  /** Where the locator is configured: `kubernetes.clusterLocatorMethods[0]`. */
  path: string;
  /** The path and the locator's type, naming it in messages. */
  source: string;
  logger: LoggerService;
  catalog: CatalogService;
  auth: AuthService;
}

/** The locator types of `kubernetes.clusterLocatorMethods`, as Backstage's Kubernetes plugin names them. */
const locatorFactories: Record<
  string,
  (context: LocatorContext) => ClusterLocator
> = {
  config: ({ locator, path, source }) =>
    createConfigClusterLocator({ locator, path, source }),
  localKubectlProxy: ({ source }) => createLocalKubectlProxyLocator({ source }),
  catalog: ({ locator, source, catalog, auth }) =>
    createCatalogClusterLocator({ locator, source, catalog, auth }),
  gke: ({ locator, source }) => createGkeClusterLocator({ locator, source }),
};

function locatorFor(context: Omit<LocatorContext, 'source'>): ClusterLocator {
  const { path, locator } = context;
  let type: string;
  try {
    type = locator.getString('type');
  } catch (error) {
    return problemLocator(path, toError(error).message);
  }
  const source = `${path} (${type})`;
  const factory = locatorFactories[type];
  if (!factory) {
    return problemLocator(
      source,
      `unknown cluster locator type "${type}"; Portway knows ${Object.keys(
        locatorFactories,
      ).join(', ')}`,
    );
  }
  try {
    return factory({ ...context, source });
  } catch (error) {
    return problemLocator(source, toError(error).message);
  }
}

function configuredLocators(options: {
  config: Config;
  logger: LoggerService;
  catalog: CatalogService;
  auth: AuthService;
}): ClusterLocator[] {
  const key = 'kubernetes.clusterLocatorMethods';
  let locators: Config[];
  try {
    locators = options.config.getOptionalConfigArray(key) ?? [];
  } catch (error) {
    return [problemLocator(key, toError(error).message)];
  }
  return locators.map((locator, index) =>
    locatorFor({ ...options, locator, path: `${key}[${index}]` }),
  );
}

/**
 * The sources of Portway's live clusters: one locator per `kubernetes.clusterLocatorMethods`
 * entry, found as Backstage's Kubernetes plugin finds them, then one per supplier added through
 * `routingClustersExtensionPoint`. `routing.clusterAuth` is applied to what they find. Never
 * throws: a bad entry becomes a locator whose answer is a problem entry.
 */
export function createClusterLocators(options: {
  config: Config;
  logger: LoggerService;
  catalog: CatalogService;
  auth: AuthService;
  suppliers: KubernetesClustersSupplier[];
}): ClusterLocator[] {
  const { config, logger, auth, suppliers } = options;
  const locators = [
    ...configuredLocators(options),
    ...suppliers.map((supplier, index) =>
      createSupplierLocator({
        supplier,
        auth,
        source: `routingClustersExtensionPoint supplier #${index + 1}`,
      }),
    ),
  ];
  return withClusterAuth({ locators, config, logger });
}
