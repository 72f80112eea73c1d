import type { ReactElement } from 'react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
  type TestAppOptions,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** Renders in a test app whose permission API allows everything, or denies with `authorize`. */
export function renderWithPermission(
  element: ReactElement,
  options: TestAppOptions & {
    authorize?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  } = {},
) {
  const { authorize = AuthorizeResult.ALLOW, ...appOptions } = options;
  return renderInTestApp(
    <TestApiProvider
      apis={[[permissionApiRef, mockApis.permission({ authorize })]]}
    >
      {element}
    </TestApiProvider>,
    appOptions,
  );
}
