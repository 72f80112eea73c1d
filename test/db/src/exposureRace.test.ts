import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import {
  dropDatabasesWithPrefix,
  testPostgresUrl,
  uniqueName,
} from './testPostgres';
import {
  replicaConfig,
  RoutingReplica,
  startRoutingReplica,
} from './routingReplicas';

const ROUNDS = 20;
const REQUESTS = '/api/routing/exposure/requests';

/** An HTTP exposure request for the demo's reviews Service through infra/public's https listener. */
function exposureRequest(hostname: string, name: string) {
  return {
    entityRef: 'component:default/reviews',
    type: 'http',
    cluster: 'demo',
    namespace: 'shop',
    name,
    service: { name: 'reviews', port: 8080 },
    hostnames: [hostname],
    paths: [{ type: 'PathPrefix', value: '/' }],
    gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
  };
}

type Finding = { severity: string; code: string; message: string };

function describeAnswer(answer: request.Response): string {
  return `${answer.status} ${JSON.stringify(answer.body)}`;
}

describe('exposure requests: two routing backends sharing one PostgreSQL database', () => {
  const postgresUrl = testPostgresUrl();
  // A fresh plugin database for this run: <prefix>routing, dropped afterwards.
  const databasePrefix = `${uniqueName('portway_race')}_`;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portway-db-race-'));
  const replicas: RoutingReplica[] = [];

  beforeAll(async () => {
    const config = replicaConfig({
      postgresUrl,
      databasePrefix,
      gitopsPath: path.join(workDir, 'gitops'),
    });
    // One after the other, as a rollout brings replicas up; they then share the database.
    replicas.push(await startRoutingReplica({ config }));
    replicas.push(await startRoutingReplica({ config }));
  }, 120_000);

  afterAll(async () => {
    for (const replica of replicas) {
      await replica.stop();
    }
    await dropDatabasesWithPrefix(databasePrefix);
    fs.rmSync(workDir, { recursive: true, force: true });
  }, 60_000);

  it('the request they race for passes the preflight on every replica', async () => {
    for (const replica of replicas) {
      const answer = await request(replica.server)
        .post('/api/routing/exposure/preflight')
        .send(exposureRequest('race-0.shop.example.com', 'reviews-race-0'));
      expect(answer.status).toBe(200);
      expect(
        (answer.body.findings as Finding[]).filter(f => f.severity === 'error'),
      ).toEqual([]);
      expect(answer.body.ok).toBe(true);
    }
  });

  it(`of two racing requests for one hostname, exactly one wins (${ROUNDS} rounds)`, async () => {
    const [a, b] = replicas;
    const failures: string[] = [];

    for (let round = 1; round <= ROUNDS; round++) {
      const hostname = `race-${round}.shop.example.com`;
      const [answerA, answerB] = await Promise.all([
        request(a.server)
          .post(REQUESTS)
          .send(exposureRequest(hostname, `reviews-race-${round}-a`)),
        request(b.server)
          .post(REQUESTS)
          .send(exposureRequest(hostname, `reviews-race-${round}-b`)),
      ]);
      const statuses = [answerA.status, answerB.status].sort();
      const loser = [answerA, answerB].find(answer => answer.status === 409);
      const conflict = (loser?.body?.findings as Finding[] | undefined)?.find(
        finding => finding.code === 'HostnameConflict',
      );
      if (statuses[0] !== 201 || statuses[1] !== 409 || !conflict) {
        failures.push(
          `round ${round} (${hostname}): A ${describeAnswer(
            answerA,
          )}; B ${describeAnswer(answerB)}`,
        );
      }
    }

    expect(failures).toEqual([]);
  }, 120_000);

  it('every replica lists the winning requests from the shared database', async () => {
    for (const replica of replicas) {
      const answer = await request(replica.server)
        .get(REQUESTS)
        .query({ entityRef: 'component:default/reviews' });
      expect(answer.status).toBe(200);
      expect(Array.isArray(answer.body.requests)).toBe(true);
      const listed = JSON.stringify(answer.body.requests);
      for (let round = 1; round <= ROUNDS; round++) {
        expect(listed).toContain(`race-${round}.shop.example.com`);
      }
    }
  });

  it('once the winner is withdrawn (DELETE), the hostname can be requested again', async () => {
    const [a, b] = replicas;
    const hostname = 'race-again.shop.example.com';

    const first = await request(a.server)
      .post(REQUESTS)
      .send(exposureRequest(hostname, 'reviews-again-1'));
    expect(describeAnswer(first)).toMatch(/^201 /);
    const id = first.body.request.id;

    const taken = await request(b.server)
      .post(REQUESTS)
      .send(exposureRequest(hostname, 'reviews-again-2'));
    expect(describeAnswer(taken)).toMatch(/^409 .*HostnameConflict/);

    const withdrawn = await request(a.server).delete(
      `${REQUESTS}/${encodeURIComponent(id)}`,
    );
    expect(describeAnswer(withdrawn)).toMatch(/^20\d/);

    // Released for both replicas: they race for it again, and again exactly one wins.
    const answers = await Promise.all([
      request(a.server)
        .post(REQUESTS)
        .send(exposureRequest(hostname, 'reviews-again-3')),
      request(b.server)
        .post(REQUESTS)
        .send(exposureRequest(hostname, 'reviews-again-4')),
    ]);
    expect(answers.map(answer => answer.status).sort()).toEqual([201, 409]);
    expect(
      describeAnswer(answers.find(answer => answer.status === 409)!),
    ).toMatch(/HostnameConflict/);
  });
});
