import type { ClusterStatus } from './routes';

/** A port of a Service, as the Service picker offers it. */
export interface ServicePortOption {
  /** The port's name, when it has one. */
  name?: string;
  port: number;
  /** TCP, UDP or SCTP. */
  protocol: string;
  /** The port's appProtocol (`kubernetes.io/h2c`, `grpc`, `http`, ...), when set. */
  appProtocol?: string;
  /** The container port, number or name, as the Service writes it. */
  targetPort?: number | string;
}

/** One of an entity's Services in one cluster, for the Service picker. */
export interface ServiceOption {
  cluster: string;
  namespace: string;
  name: string;
  ports: ServicePortOption[];
}

/** The answer of `GET /entities/{namespace}/{kind}/{name}/services`. */
export interface EntityServicesResponse {
  services: ServiceOption[];
  clusters: ClusterStatus[];
}

/** What cert-manager does for a TLS listener, as the listener picker shows it. */
export interface ListenerCertificateOption {
  /** `ready`: a Ready Certificate; `issuing`: will be issued or not Ready yet; `none`: cert-manager will not issue one; `unmanaged`: the Gateway is not annotated for cert-manager. */
  state: 'ready' | 'issuing' | 'none' | 'unmanaged';
  /** The issuer, as `Kind/name`. */
  issuer?: string;
  /** Why, in words (the reason cert-manager will not issue, or the Certificate's message). */
  message?: string;
}

/** One listener of a Gateway, judged for a route of one kind from one namespace. */
export interface ListenerOption {
  cluster: string;
  gateway: { namespace: string; name: string };
  /** The listener's name, the route's `sectionName`. */
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  /** The listener's TLS mode, for HTTPS and TLS listeners. */
  tlsMode?: 'Terminate' | 'Passthrough';
  certificate?: ListenerCertificateOption;
  /** Whether a route of that kind from that namespace would be accepted (hostnames aside). */
  accepts: boolean;
  /** Why not, when it would be refused: the Gateway API reason and its sentence. */
  refusal?: { reason: string; message: string };
}

/** The answer of `GET /entities/{namespace}/{kind}/{name}/listeners?cluster=&namespace=&type=`. */
export interface ListenersResponse {
  listeners: ListenerOption[];
  clusters: ClusterStatus[];
}

/** An IngressClass of a cluster, for the ingress class picker. */
export interface IngressClassOption {
  cluster: string;
  name: string;
  /** The class's `spec.controller`, e.g. `k8s.io/ingress-nginx`. */
  controller?: string;
  /** Marked `ingressclass.kubernetes.io/is-default-class: "true"`. */
  isDefault: boolean;
}

/** The answer of `GET /entities/{namespace}/{kind}/{name}/ingress-classes?cluster=`. */
export interface IngressClassesResponse {
  ingressClasses: IngressClassOption[];
  clusters: ClusterStatus[];
}
