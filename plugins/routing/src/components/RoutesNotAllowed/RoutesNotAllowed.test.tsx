import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { RoutesNotAllowed } from './RoutesNotAllowed';

describe('RoutesNotAllowed', () => {
  it('names the entity and the permission that was denied', async () => {
    await renderInTestApp(
      <RoutesNotAllowed entityRef="component:default/storefront" />,
    );

    expect(
      screen.getByText('You are not allowed to see the routes of this entity'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /component:default\/storefront needs the routing\.entity\.read permission/,
      ),
    ).toBeInTheDocument();
  });
});
