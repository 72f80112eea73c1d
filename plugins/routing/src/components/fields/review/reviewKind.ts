import type { RenderResult } from '@portway/plugin-routing-common';
import type { RoutingApi } from '../../../api/types';
import type { FormValues } from '../formValues';

/**
 * What a review field checks, and how it says so: one for exposure requests, one each for
 * migrating and removing Ingresses.
 */
export interface ReviewKind<TRequest, TResult extends RenderResult> {
  /** What is checked, as a subject: `the request`, `the migration`. */
  subject: string;
  /** What the form does with it, after "can": `be created`, `be requested`. */
  action: string;
  /** What the form still needs, while the request cannot be made. */
  missing: string;
  /** The request the whole form makes; undefined while it lacks a part. */
  request(values: FormValues): TRequest | undefined;
  /** Asks the routing backend. */
  check(routingApi: RoutingApi, request: TRequest): Promise<TResult>;
}
