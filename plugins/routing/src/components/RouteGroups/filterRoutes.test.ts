import {
  grpcRoute,
  notAllowedRoute,
  readyRoute,
} from '../../__testUtils__/gatewayApiRouteFixtures';
import { filterRoutes, routeSearchText } from './filterRoutes';

const routes = [readyRoute, notAllowedRoute, grpcRoute];
const texts = new Map(routes.map(route => [route, routeSearchText(route)]));

describe('filterRoutes', () => {
  it('keeps every route for an empty query', () => {
    expect(filterRoutes(routes, texts, '  ')).toBe(routes);
  });

  it('finds routes by hostname, kind or status, case-insensitively', () => {
    expect(filterRoutes(routes, texts, 'BOOKS.shop')).toEqual([
      notAllowedRoute,
    ]);
    expect(filterRoutes(routes, texts, 'grpcroute')).toEqual([grpcRoute]);
    expect(filterRoutes(routes, texts, 'failed')).toEqual([notAllowedRoute]);
  });

  it('needs every word of the query', () => {
    expect(filterRoutes(routes, texts, 'prod-eu cart')).toEqual([grpcRoute]);
  });
});
