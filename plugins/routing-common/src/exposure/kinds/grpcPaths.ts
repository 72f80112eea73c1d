import type { ExposureRequest } from '../../types/exposure';

/** One gRPC entry of a request. */
export type GrpcEntry = NonNullable<ExposureRequest['grpc']>[number];

/**
 * The HTTP/2 path of a gRPC entry, as gRPC sends it: `/shop.cart.v1.Cart/` for a whole service
 * (a prefix), `/shop.cart.v1.Cart/AddItem` for one method.
 */
export function grpcPath(entry: GrpcEntry): string {
  return `/${entry.service}/${entry.method ?? ''}`;
}
