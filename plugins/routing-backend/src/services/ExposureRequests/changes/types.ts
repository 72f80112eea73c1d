import type {
  ExposureChange,
  ExposureChangeStatus,
} from '@portway/plugin-routing-common';

/** Reads the status of a recorded change; throws (with a clear message, no token) when the forge cannot be read. */
export interface ChangeReader {
  read(change: ExposureChange): Promise<ExposureChangeStatus>;
}
