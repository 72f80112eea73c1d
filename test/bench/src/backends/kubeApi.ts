import https from 'https';

/** Where the API server is and how to talk to it. */
export interface ApiServerAccess {
  /** `https://127.0.0.1:PORT` */
  url: string;
  /** The bearer token of the kubeconfig's user. */
  token: string;
  /** The CA that signed the server's certificate (PEM). */
  ca?: Buffer;
  /** Whether the kubeconfig says to skip TLS verification. */
  skipTLSVerify: boolean;
}

/** An answer of the API server: status code and parsed JSON body. */
export interface KubeResponse {
  status: number;
  body: any;
}

/** A small JSON client for the API server, with a keep-alive connection pool. */
export interface KubeApi {
  request(
    method: string,
    path: string,
    body?: unknown,
    contentType?: string,
  ): Promise<KubeResponse>;
  /** Like `request`, but rejects unless the status is 2xx (or one of `allowed`). */
  expect(
    method: string,
    path: string,
    body?: unknown,
    options?: { contentType?: string; allowed?: number[] },
  ): Promise<KubeResponse>;
  close(): void;
}

/** A client of the API server for loading data and patching objects directly. */
export function createKubeApi(access: ApiServerAccess): KubeApi {
  const agent = new https.Agent({
    keepAlive: true,
    maxSockets: 64,
    ca: access.ca,
    rejectUnauthorized: !access.skipTLSVerify,
  });
  const base = new URL(access.url);

  function request(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<KubeResponse> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          method,
          path,
          headers: {
            Authorization: `Bearer ${access.token}`,
            Accept: 'application/json',
            ...(payload
              ? {
                  'Content-Type': contentType,
                  'Content-Length': Buffer.byteLength(payload),
                }
              : {}),
          },
        },
        res => {
          const chunks: Buffer[] = [];
          res.on('data', chunk => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              // not JSON: keep the text
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  return {
    request,
    async expect(method, path, body, options = {}) {
      const response = await request(method, path, body, options.contentType);
      const ok =
        (response.status >= 200 && response.status < 300) ||
        options.allowed?.includes(response.status);
      if (!ok) {
        const message =
          typeof response.body === 'object'
            ? response.body?.message
            : String(response.body).slice(0, 200);
        throw new Error(`${method} ${path}: ${response.status} ${message}`);
      }
      return response;
    },
    close() {
      agent.destroy();
    },
  };
}

/** Runs `task` on every item with at most `inFlight` tasks at a time, in order of the items. */
export async function runPool<T>(
  items: readonly T[],
  inFlight: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next;
      next += 1;
      await task(items[index], index);
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(inFlight, items.length) }, worker),
  );
}
