import { InputError } from '@backstage/errors';
import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import {
  ExposureRequest,
  MalformedExposureRequestError,
  parseExposureRequest,
} from '@portway/plugin-routing-common';

/** The exposure request of a body; an InputError (400) names every bad field. */
export function parseExposureBody(body: unknown): ExposureRequest {
  try {
    return parseExposureRequest(body);
  } catch (error) {
    if (error instanceof MalformedExposureRequestError) {
      throw new InputError(error.message);
    }
    throw error;
  }
}

/** The request's entityRef, or undefined when it is not a reference (a finding says so). */
export function entityRefOf(
  request: ExposureRequest,
): CompoundEntityRef | undefined {
  try {
    return parseEntityRef(request.entityRef);
  } catch {
    return undefined;
  }
}
