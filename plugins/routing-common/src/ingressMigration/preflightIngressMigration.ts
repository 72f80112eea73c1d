import type { KubernetesObject } from '../kubernetes/objects';
import { gitopsFolder } from '../manifests/gitopsPaths';
import { withPortwayMetadata } from '../manifests/labels';
import { migrateIngresses } from '../migrate/migrateIngresses';
import type {
  MigrateOptions,
  Migration,
  MigrationNote,
} from '../migrate/types';
import { clusterStateFindings } from '../preflight/checks/clusterState';
import { namespacePolicy } from '../preflight/checks/namespacePolicy';
import { finding } from '../preflight/checks/types';
import type { PreflightCluster, PreflightContext } from '../preflight/types';
import type { Finding } from '../types/findings';
import type {
  IngressMigrationPreview,
  IngressMigrationRequest,
} from '../types/ingressMigration';
import {
  ingressMigrationBranchName,
  ingressMigrationTitle,
  ingressRefs,
} from './changeNames';
import { IngressMigrationFindingCodes as Codes } from './codes';
import {
  hostnameConflictFindings,
  hostnamePolicyFindings,
} from './hostnameChecks';
import { migrationFiles } from './migrationFiles';
import { migrationReport } from './migrationReport';
import { plainHttpListener } from './plainHttpListener';
import { generatedRoutes, routeAcceptanceFindings } from './routeChecks';
import {
  fieldForObject,
  missingIngressFindings,
  ownershipFindings,
  SourceIngressRef,
  sourceIngresses,
} from './sourceIngresses';

/** The shared Gateway for the converter, with the plain-HTTP listener of the same Gateway. */
function gatewayOption(
  request: IngressMigrationRequest,
  cluster: PreflightCluster,
  ingresses: KubernetesObject[],
): NonNullable<MigrateOptions['gateway']> {
  const { namespace, name, sectionName } = request.gateway;
  const gateway = cluster.objects.get('gateway', namespace, name);
  const httpSectionName = gateway
    ? plainHttpListener(gateway, ingresses, sectionName)
    : undefined;
  return {
    ...request.gateway,
    ...(httpSectionName ? { httpSectionName } : {}),
  };
}

/**
 * The converter on the found Ingresses, with the namespace's Services (port names) and the
 * IngressClasses; each object labelled and annotated for the entity, as exposure objects are,
 * so it shows as the entity's route while pending and once live.
 */
function convert(
  request: IngressMigrationRequest,
  cluster: PreflightCluster,
  ingresses: KubernetesObject[],
  gateway: MigrateOptions['gateway'],
): Migration {
  const services = cluster.objects
    .list('service')
    .filter(service => service.metadata?.namespace === request.namespace);
  const migration = migrateIngresses(
    [...ingresses, ...services, ...cluster.objects.list('ingressClass')],
    { gateway },
  );
  return {
    ...migration,
    objects: migration.objects.map(object =>
      withPortwayMetadata(object, request.entityRef),
    ),
  };
}

/**
 * What the converter could not do, as findings: a note of level error (an Ingress path or
 * feature the routes do not carry) is a warning, MigrationIncomplete, so that the rest can
 * still move and the reviewer sees the gap; when no route came out at all, NothingToMigrate
 * (an error) instead.
 */
function conversionFindings(
  notes: MigrationNote[],
  routes: KubernetesObject[],
  sources: SourceIngressRef[],
): Finding[] {
  const incomplete = notes.filter(note => note.level === 'error');
  if (routes.length === 0) {
    const why = incomplete.map(note => `${note.object}: ${note.message}`);
    return [
      finding(
        'error',
        Codes.NothingToMigrate,
        'ingresses',
        `the converter made no route of ${sources
          .map(source => source.name)
          .join(', ')}${why.length > 0 ? ` (${why.join('; ')})` : ''}`,
      ),
    ];
  }
  return incomplete.map(note =>
    finding(
      'warning',
      Codes.MigrationIncomplete,
      fieldForObject(sources, note.object),
      `${note.object}${
        note.annotation ? ` (${note.annotation})` : ''
      } is not fully carried over: ${note.message}`,
    ),
  );
}

interface Checked {
  findings: Finding[];
  ingresses: KubernetesObject[];
  gateway: MigrateOptions['gateway'];
  migration: Migration;
}

/** Everything checked against the named cluster, once it is known and readable. */
function checkAgainstCluster(
  request: IngressMigrationRequest,
  cluster: PreflightCluster,
  context: PreflightContext,
): Checked {
  const sources = sourceIngresses(request, cluster);
  const ingresses = sources.flatMap(source => source.object ?? []);
  const findings = [
    ...missingIngressFindings(sources, request, cluster),
    ...ownershipFindings(sources, request, cluster, context.ownsService),
    ...namespacePolicy({ request, cluster, ...context }),
  ];
  const gateway = gatewayOption(request, cluster, ingresses);
  if (ingresses.length === 0) {
    return {
      findings,
      ingresses,
      gateway,
      migration: { objects: [], notes: [] },
    };
  }
  const migration = convert(request, cluster, ingresses, gateway);
  const routes = generatedRoutes(migration.objects);
  findings.push(...conversionFindings(migration.notes, routes, sources));
  if (routes.length > 0) {
    findings.push(
      ...routeAcceptanceFindings(request, routes, sources, cluster),
      ...hostnameConflictFindings(
        request,
        routes,
        sources,
        cluster,
        context.ownsService,
      ),
      ...hostnamePolicyFindings(request, routes, sources, context),
    );
  }
  return { findings, ingresses, gateway, migration };
}

const notChecked: Checked = {
  findings: [],
  ingresses: [],
  gateway: undefined,
  migration: { objects: [], notes: [] },
};

/**
 * The one preflight of an Ingress migration, run by the endpoint, the scaffolder action, the
 * form and the CLI: with the named cluster (known and readable: ClusterNotFound and the other
 * cluster state findings as for exposure), each named Ingress exists (IngressNotFound) and shows
 * it is the entity's (IngressNotOwned, a warning), the namespace policy; the converter runs on
 * them with the request's Gateway and its plain-HTTP listener for the ssl-redirect route; each
 * generated route is judged by the Gateway API analysis in its neighbourhood (NoMatchingParent,
 * NotAllowedByListeners, NoMatchingListenerHostname, ...), against live routes of other
 * entities serving its hostnames (HostnameConflict; HostnameInUse for the entity's own) and the
 * hostname policy; error notes are MigrationIncomplete warnings, no route at all is
 * NothingToMigrate. When nothing is an error, `files` are the objects and the merged
 * kustomization.yaml in the entity's GitOps folder. Without clusters the Ingresses cannot be
 * read: NothingToMigrate.
 *
 * @public
 */
export function preflightIngressMigration(
  request: IngressMigrationRequest,
  context: PreflightContext = {},
): IngressMigrationPreview {
  const findings: Finding[] = [];
  let checked = notChecked;
  if (!context.clusters) {
    findings.push(
      finding(
        'error',
        Codes.NothingToMigrate,
        'cluster',
        'the Ingresses are read from the live cluster, and no cluster is at hand',
      ),
    );
  } else {
    const state = clusterStateFindings(
      request,
      { objectKind: 'HTTPRoute' },
      context.clusters,
      context.now ?? Date.now(),
    );
    findings.push(...state.findings);
    if (state.cluster && state.cluster.status.state !== 'error') {
      checked = checkAgainstCluster(request, state.cluster, context);
      findings.push(...checked.findings);
    }
  }
  const folder = gitopsFolder(request);
  const { objects, notes } = checked.migration;
  let ok = !findings.some(f => f.severity === 'error');
  let files: IngressMigrationPreview['files'] = [];
  if (ok) {
    const written = migrationFiles(objects, folder, context.existingFolder);
    findings.push(...written.findings);
    files = written.files;
    ok = written.findings.length === 0;
  }
  const title = ingressMigrationTitle(ingressRefs(request));
  return {
    ok,
    findings,
    files,
    objects,
    notes,
    report: migrationReport({
      title,
      ingresses: checked.ingresses,
      gateway: checked.gateway ?? request.gateway,
      objects,
      notes,
      findings,
      folder,
      entityRef: request.entityRef,
      cluster: request.cluster,
    }),
    branchName: ingressMigrationBranchName(request),
    title,
  };
}
