import express from 'express';
import request from 'supertest';
import { startRoutingTestBackend } from '../__testUtils__/startRoutingTestBackend';
import { ifNoneMatchNames, sendConditionalJson } from './conditionalJson';

function appAnswering(answer: () => unknown) {
  const app = express();
  app.get('/answer', (req, res) => sendConditionalJson(req, res, answer()));
  return app;
}

describe('sendConditionalJson', () => {
  it('sends the answer as JSON under a strong ETag that caches must revalidate', async () => {
    const response = await request(appAnswering(() => ({ routes: [] }))).get(
      '/answer',
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ routes: [] });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers['cache-control']).toBe('private, no-cache');
  });

  it('answers 304 without a body when If-None-Match names the ETag, weak or strong', async () => {
    const app = appAnswering(() => ({ routes: [] }));
    const { etag } = (await request(app).get('/answer')).headers;

    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await request(app)
        .get('/answer')
        .set('If-None-Match', header);
      expect(response.status).toBe(304);
      expect(response.text).toBe('');
      expect(response.headers.etag).toBe(etag);
    }
  });

  it('sends the new answer with a new ETag once the answer changed', async () => {
    let routes = ['a'];
    const app = appAnswering(() => ({ routes }));
    const { etag } = (await request(app).get('/answer')).headers;
    routes = ['a', 'b'];

    const response = await request(app)
      .get('/answer')
      .set('If-None-Match', etag);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ routes: ['a', 'b'] });
    expect(response.headers.etag).not.toBe(etag);
  });
});

describe('ifNoneMatchNames', () => {
  it('names nothing without a header', () => {
    expect(ifNoneMatchNames(undefined, '"a"')).toBe(false);
    expect(ifNoneMatchNames('', '"a"')).toBe(false);
  });

  it('compares tags weakly and one by one', () => {
    expect(ifNoneMatchNames('"b" , W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchNames('"ab"', '"a"')).toBe(false);
  });
});

describe('conditional answers of the routing API', () => {
  it.each([
    ['/api/routing/entities/default/component/storefront/routes'],
    ['/api/routing/gateways'],
  ])('GET %s carries a strong ETag and answers 304 to it', async path => {
    const server = await startRoutingTestBackend();
    const first = await request(server).get(path);
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^"[^"]+"$/);

    const again = await request(server)
      .get(path)
      .set('If-None-Match', first.headers.etag);

    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });
});
