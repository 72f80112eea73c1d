/**
 * The Accept header of a list answered with metadata only (`PartialObjectMetadataList`): each
 * item is a `PartialObjectMetadata`, without the object's spec, data or status.
 */
export const METADATA_LIST_ACCEPT =
  'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1';

/**
 * The Accept header of a metadata-only watch. Each event carries one object, so the API server
 * transforms it as `PartialObjectMetadata`; asked for a `PartialObjectMetadataList`, a watch
 * is accepted but sends no events (kube-apiserver 1.36).
 */
export const METADATA_WATCH_ACCEPT =
  'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1';
