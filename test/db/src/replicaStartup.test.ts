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

describe('two routing backends starting at the same moment on an empty PostgreSQL database', () => {
  const postgresUrl = testPostgresUrl();
  const databasePrefix = `${uniqueName('portway_start')}_`;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portway-db-start-'));
  const replicas: RoutingReplica[] = [];

  afterAll(async () => {
    for (const replica of replicas) {
      await replica.stop();
    }
    await dropDatabasesWithPrefix(databasePrefix);
    fs.rmSync(workDir, { recursive: true, force: true });
  }, 60_000);

  it('both come up and answer from the one database', async () => {
    const config = replicaConfig({
      postgresUrl,
      databasePrefix,
      gitopsPath: path.join(workDir, 'gitops'),
    });
    const started = await Promise.allSettled([
      startRoutingReplica({ config }),
      startRoutingReplica({ config }),
    ]);
    for (const result of started) {
      if (result.status === 'fulfilled') replicas.push(result.value);
    }
    expect(
      started.flatMap(result =>
        result.status === 'rejected' ? [String(result.reason)] : [],
      ),
    ).toEqual([]);

    for (const replica of replicas) {
      const answer = await request(replica.server)
        .get('/api/routing/exposure/requests')
        .query({ entityRef: 'component:default/reviews' });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ requests: [] });
    }
  }, 120_000);
});
