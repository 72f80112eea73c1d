import type { ClusterStatus } from './routes';

/**
 * A port of a Service, as the Service picker offers it.
 *
 * @public
 */
export interface ServicePortOption {
  /** The port's name, when it has one. */
  name?: string;
  /** The Service port number (`spec.ports[].port`), what a route's backendRef names. */
  port: number;
  /** TCP, UDP or SCTP. */
  protocol: string;
  /** The port's appProtocol (`kubernetes.io/h2c`, `grpc`, `http`, ...), when set. */
  appProtocol?: string;
  /** The container port, number or name, as the Service writes it. */
  targetPort?: number | string;
}

/**
 * One of an entity's Services in one cluster, for the Service picker.
 *
 * @public
 */
export interface ServiceOption {
  /** The name of the cluster the Service runs in. */
  cluster: string;
  /** The Service's namespace, which the exposure is made in. */
  namespace: string;
  /** The Service object's metadata.name. */
  name: string;
  /** The Service's ports, in the order of its spec. */
  ports: ServicePortOption[];
}

/**
 * The answer of `GET /entities/{namespace}/{kind}/{name}/services`.
 *
 * @public
 */
export interface EntityServicesResponse {
  /** The entity's Services in every cluster read. */
  services: ServiceOption[];
  /** The status of every cluster the answer was read from. */
  clusters: ClusterStatus[];
}

/**
 * What cert-manager does for a TLS listener, as the listener picker shows it.
 *
 * @public
 */
export interface ListenerCertificateOption {
  /** `ready`: a Ready Certificate; `issuing`: will be issued or not Ready yet; `none`: cert-manager will not issue one; `unmanaged`: the Gateway is not annotated for cert-manager. */
  state: 'ready' | 'issuing' | 'none' | 'unmanaged';
  /** The issuer, as `Kind/name`. */
  issuer?: string;
  /** Why, in words (the reason cert-manager will not issue, or the Certificate's message). */
  message?: string;
}

/**
 * One listener of a Gateway, judged for a route of one kind from one namespace.
 *
 * @public
 */
export interface ListenerOption {
  /** The name of the cluster the Gateway runs in. */
  cluster: string;
  /** The Gateway the listener belongs to. */
  gateway: { namespace: string; name: string };
  /** The listener's name, the route's `sectionName`. */
  name: string;
  /** The listener's hostname (may be a wildcard); any hostname when absent. */
  hostname?: string;
  /** The port the Gateway listens on for this listener. */
  port: number;
  /** The listener protocol: `HTTP`, `HTTPS`, `TLS`, `TCP` or `UDP`. */
  protocol: string;
  /** The listener's TLS mode, for HTTPS and TLS listeners. */
  tlsMode?: 'Terminate' | 'Passthrough';
  /** For HTTPS and TLS listeners: where the listener's certificate stands. */
  certificate?: ListenerCertificateOption;
  /** Whether a route of that kind from that namespace would be accepted (hostnames aside). */
  accepts: boolean;
  /** Why not, when it would be refused: the Gateway API reason and its sentence. */
  refusal?: { reason: string; message: string };
}

/**
 * The answer of `GET /entities/{namespace}/{kind}/{name}/listeners?cluster=&namespace=&type=`.
 *
 * @public
 */
export interface ListenersResponse {
  /** Every listener of every Gateway read, accepting or not. */
  listeners: ListenerOption[];
  /** The status of every cluster the answer was read from. */
  clusters: ClusterStatus[];
}

/**
 * An IngressClass of a cluster, for the ingress class picker.
 *
 * @public
 */
export interface IngressClassOption {
  /** The name of the cluster the IngressClass is in. */
  cluster: string;
  /** The IngressClass name, what `spec.ingressClassName` takes. */
  name: string;
  /** The class's `spec.controller`, e.g. `k8s.io/ingress-nginx`. */
  controller?: string;
  /** Marked `ingressclass.kubernetes.io/is-default-class: "true"`. */
  isDefault: boolean;
}

/**
 * The answer of `GET /entities/{namespace}/{kind}/{name}/ingress-classes?cluster=`.
 *
 * @public
 */
export interface IngressClassesResponse {
  /** The IngressClasses of every cluster read. */
  ingressClasses: IngressClassOption[];
  /** The status of every cluster the answer was read from. */
  clusters: ClusterStatus[];
}
