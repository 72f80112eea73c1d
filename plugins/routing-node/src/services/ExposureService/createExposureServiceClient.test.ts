import { mockCredentials } from '@backstage/backend-test-utils';
import {
  ExposureRequestRecord,
  parseExposureRequest,
} from '@portway/plugin-routing-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import {
  onBehalfOf,
  startRoutingBackend,
} from './__testUtils__/standInRoutingBackend';

/** A recorded request, as the routing backend answers it. */
const record = (changes: Partial<ExposureRequestRecord> = {}) => ({
  id: '0b7c6f1e-3a51-4b0c-9f3e-2d1c8a7b6e5f',
  state: 'requested',
  entityRef: 'component:default/storefront',
  type: 'http',
  cluster: 'demo',
  namespace: 'shop',
  hostnames: ['storefront.shop.example.com'],
  createdBy: 'user:default/guest',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  request: parseExposureRequest(storefrontExposureRequest),
  ...changes,
});

const holderFinding = {
  severity: 'error',
  code: 'HostnameConflict',
  field: 'hostnames[0]',
  message:
    'storefront.shop.example.com is reserved by exposure request 7f3c of component:default/checkout (open; requested by user:default/jane at 2026-12-01T09:00:00.000Z): pick another hostname, or ask its owners',
};

describe('createExposureServiceClient', () => {
  const request = parseExposureRequest(storefrontExposureRequest);
  const preflightAnswer = {
    ok: true,
    findings: [{ severity: 'info', code: 'Note', message: 'a note' }],
    files: [{ path: 'clusters/demo/shop/storefront/x.yaml', content: 'x\n' }],
  };
  let close = () => {};
  afterEach(() => close());

  it('posts the request to /api/routing/exposure/preflight with a token on behalf of the credentials', async () => {
    const backend = await startRoutingBackend(200, preflightAnswer);
    close = backend.close;
    const user = mockCredentials.user('user:default/guest');

    const result = await backend.client.preflight(request, user);

    expect(result).toEqual(preflightAnswer);
    expect(backend.received).toEqual([
      {
        method: 'POST',
        url: '/api/routing/exposure/preflight',
        authorization: onBehalfOf(user),
        body: JSON.parse(JSON.stringify(request)),
      },
    ]);
  });

  it("throws the routing backend's error, with its name, status and message, when it refuses", async () => {
    const backend = await startRoutingBackend(403, {
      error: {
        name: 'NotAllowedError',
        message: 'Not allowed to see component:default/storefront',
      },
      response: { statusCode: 403 },
    });
    close = backend.close;

    const error = await backend.client
      .preflight(request, mockCredentials.user())
      .catch(e => e);

    expect(error.name).toBe('NotAllowedError');
    expect(error.message).toBe(
      'The routing backend refused the preflight of component:default/storefront (403 Forbidden); caused by NotAllowedError: Not allowed to see component:default/storefront',
    );
  });

  it('refuses an answer that is not a preflight result', async () => {
    const backend = await startRoutingBackend(200, { ok: 'yes' });
    close = backend.close;

    await expect(
      backend.client.preflight(request, mockCredentials.user()),
    ).rejects.toThrow(
      /answered the preflight of component:default\/storefront with an unexpected body/,
    );
  });

  describe('exposure requests', () => {
    const user = mockCredentials.user('user:default/guest');

    it('creates a request: posts it to /api/routing/exposure/requests on behalf of the credentials and gives the record and findings', async () => {
      const answer = { request: record(), findings: preflightAnswer.findings };
      const backend = await startRoutingBackend(201, answer);
      close = backend.close;

      const created = await backend.client.createRequest(request, user);

      expect(created).toEqual(JSON.parse(JSON.stringify(answer)));
      expect(backend.received).toEqual([
        {
          method: 'POST',
          url: '/api/routing/exposure/requests',
          authorization: onBehalfOf(user),
          body: JSON.parse(JSON.stringify(request)),
        },
      ]);
    });

    it('turns a 409 into a ConflictError listing the error findings, the holder of the hostname among them', async () => {
      const backend = await startRoutingBackend(409, {
        error: { name: 'ConflictError', message: holderFinding.message },
        findings: [
          holderFinding,
          { severity: 'warning', code: 'CertificateNotReady', message: 'x' },
        ],
      });
      close = backend.close;

      const error = await backend.client
        .createRequest(request, user)
        .catch(e => e);

      expect(error.name).toBe('ConflictError');
      expect(error.message).toBe(
        [
          'The routing backend refused the exposure request of component:default/storefront:',
          `- hostnames[0]: ${holderFinding.message}`,
        ].join('\n'),
      );
    });

    it('turns a 400 with the preflight findings into an InputError listing them with their fields', async () => {
      const backend = await startRoutingBackend(400, {
        error: { name: 'InputError', message: 'service.port: no port 9999' },
        findings: [
          {
            severity: 'error',
            code: 'PortNotOnService',
            field: 'service.port',
            message:
              'Service shop/storefront has no port 9999: its ports are 8080 (http)',
          },
        ],
      });
      close = backend.close;

      const error = await backend.client
        .createRequest(request, user)
        .catch(e => e);

      expect(error.name).toBe('InputError');
      expect(error.message).toBe(
        [
          'The routing backend refused the exposure request of component:default/storefront:',
          '- service.port: Service shop/storefront has no port 9999: its ports are 8080 (http)',
        ].join('\n'),
      );
    });

    it("throws the routing backend's own error for a refusal without findings (403)", async () => {
      const backend = await startRoutingBackend(403, {
        error: {
          name: 'NotAllowedError',
          message:
            'Not allowed to request exposure for component:default/storefront',
        },
        response: { statusCode: 403 },
      });
      close = backend.close;

      const error = await backend.client
        .createRequest(request, user)
        .catch(e => e);

      expect(error.name).toBe('NotAllowedError');
      expect(error.message).toBe(
        'The routing backend refused the exposure request of component:default/storefront (403 Forbidden); caused by NotAllowedError: Not allowed to request exposure for component:default/storefront',
      );
    });

    it('records the change of a request: posts it to /exposure/requests/{id}/change and gives the record', async () => {
      const change = {
        provider: 'github' as const,
        branchName: 'portway/expose-storefront-http-storefront',
        pullRequestUrl: 'https://github.com/acme/gitops/pull/42',
      };
      const opened = record({ state: 'open', ...change });
      const backend = await startRoutingBackend(200, { request: opened });
      close = backend.close;

      const recorded = await backend.client.recordChange(
        opened.id,
        change,
        user,
      );

      expect(recorded).toEqual(JSON.parse(JSON.stringify(opened)));
      expect(backend.received).toEqual([
        {
          method: 'POST',
          url: `/api/routing/exposure/requests/${opened.id}/change`,
          authorization: onBehalfOf(user),
          body: change,
        },
      ]);
    });

    it('releases a request: posts the reason to /exposure/requests/{id}/release and gives the record', async () => {
      const failed = record({ state: 'failed', stateReason: 'Branch exists' });
      const backend = await startRoutingBackend(200, { request: failed });
      close = backend.close;

      const released = await backend.client.release(
        failed.id,
        'Branch exists',
        user,
      );

      expect(released).toMatchObject({ id: failed.id, state: 'failed' });
      expect(backend.received).toEqual([
        {
          method: 'POST',
          url: `/api/routing/exposure/requests/${failed.id}/release`,
          authorization: onBehalfOf(user),
          body: { reason: 'Branch exists' },
        },
      ]);
    });

    it('keeps the id inside its path segment', async () => {
      const backend = await startRoutingBackend(200, { request: record() });
      close = backend.close;

      await backend.client.release('../../preflight', 'x', user);

      expect(backend.received[0].url).toBe(
        '/api/routing/exposure/requests/..%2F..%2Fpreflight/release',
      );
    });

    it('throws the ConflictError of a request past the state where recording a change applies', async () => {
      const backend = await startRoutingBackend(409, {
        error: {
          name: 'ConflictError',
          message: 'Exposure request 0b7c is closed',
        },
        response: { statusCode: 409 },
      });
      close = backend.close;

      const error = await backend.client
        .recordChange(
          '0b7c',
          { provider: 'local', branchName: 'portway/x', commitSha: 'abc' },
          user,
        )
        .catch(e => e);

      expect(error.name).toBe('ConflictError');
      expect(error.message).toBe(
        'The routing backend refused the change of exposure request 0b7c (409 Conflict); caused by ConflictError: Exposure request 0b7c is closed',
      );
    });

    it('refuses an answer that is not a recorded request', async () => {
      const backend = await startRoutingBackend(200, {
        request: { id: 7, state: 'somewhere' },
      });
      close = backend.close;

      await expect(backend.client.release('0b7c', 'x', user)).rejects.toThrow(
        /answered the release of exposure request 0b7c with an unexpected body/,
      );
    });
  });
});
