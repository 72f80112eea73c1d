import { ResponseError } from '@backstage/errors';

/** The error the RoutingClient throws when the backend answers 403 Forbidden. */
export async function forbiddenError(): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'NotAllowedError', message: 'Not allowed' },
        response: { statusCode: 403 },
      }),
      {
        status: 403,
        statusText: 'Forbidden',
        headers: { 'content-type': 'application/json' },
      },
    ),
  );
}
