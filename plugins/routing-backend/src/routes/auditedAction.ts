import type { AuditorService } from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';
import type { Request } from 'express';

/** The auditor's event id of every change to exposure requests. */
export const EXPOSURE_REQUEST_EVENT = 'exposure-request';

/**
 * Runs a change to exposure requests as one auditor event: the caller (from the HTTP request),
 * the action and its subject first, then success with what came of it, or the failure.
 */
export async function auditedAction<T>(
  auditor: AuditorService,
  req: Request,
  meta: JsonObject & { action: string },
  act: () => Promise<{ result: T; meta: JsonObject; refusal?: Error }>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId: EXPOSURE_REQUEST_EVENT,
    severityLevel: 'medium',
    request: req,
    meta,
  });
  try {
    const outcome = await act();
    if (outcome.refusal) {
      await event.fail({ meta: outcome.meta, error: outcome.refusal });
    } else {
      await event.success({ meta: outcome.meta });
    }
    return outcome.result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}
