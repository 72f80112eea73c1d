import { screen, within } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ResponseError } from '@backstage/errors';
import type { Entity } from '@backstage/catalog-model';
import type { ExposureRequestRecord } from '@portway/plugin-routing-common';
import { routingApiRef, type RoutingApi } from '../api/types';
import { ExposureRequestsList } from '../components/ExposureRequestsList/ExposureRequestsList';
import { renderWithPermission } from './renderWithPermission';
import { storefront } from './fixtures';

/** Renders the entity's requests list (default: storefront) over `api`, with one permission answer. */
export async function renderList(
  api: RoutingApi,
  options: {
    entity?: Entity;
    authorize?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  } = {},
) {
  const { entity = storefront, authorize } = options;
  return renderWithPermission(
    <TestApiProvider apis={[[routingApiRef, api]]}>
      <ExposureRequestsList entity={entity} />
    </TestApiProvider>,
    { authorize },
  );
}

/** A listExposureRequests mock answering these requests. */
export function listing(...requests: ExposureRequestRecord[]) {
  return jest.fn().mockResolvedValue({ requests });
}

/** The table row that shows `text`. */
export function rowWith(text: string): HTMLElement {
  const row = screen
    .getAllByRole('row')
    .find(candidate => within(candidate).queryByText(text));
  if (!row) {
    throw new Error(`no row shows ${text}`);
  }
  return row;
}

/** The error the client throws for a 403 with this message. */
export async function refused(message: string): Promise<ResponseError> {
  const body = {
    error: { name: 'NotAllowedError', message },
    response: { statusCode: 403 },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status: 403,
      statusText: 'Forbidden',
      headers: { 'content-type': 'application/json' },
    }),
  );
}
