import {
  boundToMesh,
  convertVirtualServices,
  IngressMigrationFindingCodes,
  VirtualServiceConversionFindingCodes as Codes,
  withPortwayMetadata,
  type Finding,
  type KubernetesObject,
  type MigrationNote,
  type VirtualServiceConversionRequest,
} from '@portway/plugin-routing-common';

const { MigrationIncomplete, NothingToMigrate } = IngressMigrationFindingCodes;

/** One cluster's objects a conversion reads: the entity's VirtualServices, then the cluster's Services. */
export interface ClusterVirtualServices {
  cluster: string;
  objects: KubernetesObject[];
}

/** What the converter made of one cluster's VirtualServices. */
export interface ClusterConversion {
  cluster: string;
  /** The source VirtualServices. */
  virtualServices: KubernetesObject[];
  /** The mesh routes, labelled and annotated for the entity. */
  routes: KubernetesObject[];
  /** The converter's notes on the VirtualServices. */
  notes: MigrationNote[];
}

/** The conversion of an entity's VirtualServices, with what keeps it from being complete. */
export interface MeshConversion {
  entityRef: string;
  clusters: ClusterConversion[];
  findings: Finding[];
}

const isVirtualService = (object: KubernetesObject) =>
  object.kind === 'VirtualService';

const refOf = (vs: KubernetesObject) =>
  `${vs.metadata?.namespace ?? 'default'}/${vs.metadata?.name ?? ''}`;

/** ` in namespace shop of cluster demo`: where the request looks, when it narrows it. */
function where({ cluster, namespace }: VirtualServiceConversionRequest) {
  const ns = namespace ? ` in namespace ${namespace}` : '';
  if (!cluster) return ns;
  return ns ? `${ns} of cluster ${cluster}` : ` in cluster ${cluster}`;
}

/** A VirtualService of Istio ingress Gateways: its traffic is not between services, so it stays. */
function notMeshFinding(vs: KubernetesObject): Finding {
  const gateways: string[] = vs.spec?.gateways ?? [];
  return {
    severity: 'info',
    code: Codes.NotBoundToMesh,
    field: 'virtualServices',
    message: `VirtualService ${refOf(
      vs,
    )} is bound to Istio Gateways (${gateways.join(
      ', ',
    )}), not to the mesh: it is not converted (an HTTPRoute on a Gateway takes ingress traffic)`,
  };
}

/** Error notes are warnings (the rest can still move, the reviewer sees the gap), as for Ingresses. */
function incompleteFindings(notes: MigrationNote[]): Finding[] {
  return notes
    .filter(note => note.level === 'error')
    .map(note => ({
      severity: 'warning',
      code: MigrationIncomplete,
      field: 'virtualServices',
      message: `${note.object}${
        note.field ? ` (${note.field})` : ''
      } is not fully carried over: ${note.message}`,
    }));
}

function missingFindings(
  request: VirtualServiceConversionRequest,
  found: KubernetesObject[],
): Finding[] {
  return (request.virtualServices ?? []).flatMap((name, index) =>
    found.some(vs => vs.metadata?.name === name)
      ? []
      : [
          {
            severity: 'error' as const,
            code: Codes.VirtualServiceNotFound,
            field: `virtualServices[${index}]`,
            message: `${request.entityRef} has no VirtualService ${name}${where(
              request,
            )}`,
          },
        ],
  );
}

function nothingFinding(
  request: VirtualServiceConversionRequest,
  found: KubernetesObject[],
  notes: MigrationNote[],
): Finding {
  const why = notes
    .filter(note => note.level === 'error')
    .map(note => `${note.object}: ${note.message}`);
  return {
    severity: 'error',
    code: NothingToMigrate,
    field: 'virtualServices',
    message:
      found.length === 0
        ? `${request.entityRef} has no mesh VirtualService${where(
            request,
          )} to convert`
        : `the converter made no mesh route of ${found
            .map(vs => vs.metadata?.name)
            .join(', ')}${why.length > 0 ? ` (${why.join('; ')})` : ''}`,
  };
}

/**
 * Runs the mesh converter (`convertVirtualServices`, the one `portway convert-mesh` runs) on the
 * entity's mesh VirtualServices (bound to `mesh`) that the request selects (namespace, names), in
 * each cluster with that cluster's Services; those of Istio ingress Gateways stay
 * (NotBoundToMesh, info). Each route gets Portway's labels and annotations for the entity, so it
 * shows as the entity's route while pending and once live. Findings: a named VirtualService that
 * is not there (VirtualServiceNotFound), error notes as MigrationIncomplete warnings, and
 * NothingToMigrate (an error) when no route comes out.
 */
export function convertEntityVirtualServices(
  sources: ClusterVirtualServices[],
  request: VirtualServiceConversionRequest,
): MeshConversion {
  const { entityRef, namespace, virtualServices: names } = request;
  const selected = (vs: KubernetesObject) =>
    isVirtualService(vs) &&
    (!namespace || vs.metadata?.namespace === namespace) &&
    (!names?.length || names.includes(vs.metadata?.name ?? ''));
  const named = sources.flatMap(source => source.objects.filter(selected));
  const clusters = sources.flatMap(source => {
    const virtualServices = source.objects.filter(
      vs => selected(vs) && boundToMesh(vs),
    );
    if (virtualServices.length === 0) return [];
    const services = source.objects.filter(object => !isVirtualService(object));
    const { objects, notes } = convertVirtualServices([
      ...virtualServices,
      ...services,
    ]);
    const routes = objects.map(route => withPortwayMetadata(route, entityRef));
    return [{ cluster: source.cluster, virtualServices, routes, notes }];
  });
  const found = clusters.flatMap(c => c.virtualServices);
  const notes = clusters.flatMap(c => c.notes);
  const converted = clusters.some(c => c.routes.length > 0);
  const findings = [
    ...missingFindings(request, named),
    ...named.filter(vs => !boundToMesh(vs)).map(notMeshFinding),
    ...(converted
      ? incompleteFindings(notes)
      : [nothingFinding(request, found, notes)]),
  ];
  return { entityRef, clusters, findings };
}
