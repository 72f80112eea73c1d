import type { RouteSummary, RouteView } from '@portway/plugin-routing-common';
import { httpRoute } from '../../__testUtils__/fixtures';
import { entityUrls } from './entityUrls';

function route(summary: RouteSummary, urls: string[]): RouteView {
  return { ...httpRoute, summary, urls };
}

describe('entityUrls', () => {
  it('lists the URLs of ready routes before the others, refused ones last', () => {
    expect(
      entityUrls([
        route('failed', ['https://admin.example.com/']),
        route('pending', ['https://new.example.com/']),
        route('ready', ['https://shop.example.com/']),
      ]),
    ).toEqual([
      { url: 'https://shop.example.com/', summary: 'ready' },
      { url: 'https://new.example.com/', summary: 'pending' },
      { url: 'https://admin.example.com/', summary: 'failed' },
    ]);
  });

  it('lists a URL once, with the health of the best route serving it', () => {
    expect(
      entityUrls([
        route('failed', ['https://shop.example.com/']),
        route('ready', [
          'https://shop.example.com/',
          'https://shop.example.com/api',
        ]),
        route('ready', ['https://shop.example.com/api']),
      ]),
    ).toEqual([
      { url: 'https://shop.example.com/', summary: 'ready' },
      { url: 'https://shop.example.com/api', summary: 'ready' },
    ]);
  });

  it('has no URLs for routes that serve none', () => {
    expect(entityUrls([route('ready', [])])).toEqual([]);
  });
});
