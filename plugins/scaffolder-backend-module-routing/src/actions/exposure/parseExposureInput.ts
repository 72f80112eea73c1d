import { InputError } from '@backstage/errors';
import {
  ExposureRequest,
  MalformedExposureRequestError,
  parseExposureRequest,
} from '@portway/plugin-routing-common';

/** Parses an action's exposure request input (defaults applied); InputError naming every malformed field. */
export function parseExposureInput(input: unknown): ExposureRequest {
  try {
    return parseExposureRequest(input);
  } catch (error) {
    if (error instanceof MalformedExposureRequestError) {
      throw new InputError(error.message);
    }
    throw error;
  }
}
