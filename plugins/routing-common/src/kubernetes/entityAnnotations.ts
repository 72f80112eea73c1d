/**
 * The entity annotation that limits its Kubernetes objects to one namespace. Backstage's
 * Kubernetes backend reads it too, but `@backstage/plugin-kubernetes-common` exports no
 * constant for it (it does for `KUBERNETES_ANNOTATION` and the label selector), so Portway's
 * frontend and backend share this one.
 *
 * @public
 */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';
