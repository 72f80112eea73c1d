import type {
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';

/** Who a caller is, for the record: a user's entity ref, or `service:` and the service's subject. */
export function actorOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as
    | { type: 'user'; userEntityRef: string }
    | { type: 'service'; subject: string }
    | { type: string };
  if ('userEntityRef' in principal) return principal.userEntityRef;
  if ('subject' in principal) return `service:${principal.subject}`;
  return principal.type;
}

/** The actor of an HTTP request. */
export async function requestActor(
  httpAuth: HttpAuthService,
  req: Request,
): Promise<string> {
  return actorOf(await httpAuth.credentials(req));
}
