import { randomUUID } from 'crypto';
import type { Knex } from 'knex';
import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { holdsHostnames } from '@portway/plugin-routing-common';
import {
  recordOf,
  RequestRow,
  REQUESTS_TABLE,
  RESERVATIONS_TABLE,
  ReservationRow,
  rowOf,
} from './rows';
import type { ExposureRequestStore, HostnameHolder } from './types';

/** Options of {@link createExposureRequestStore}. */
export interface ExposureRequestStoreOptions {
  /** A client of the plugin's database, migrated (see `migrateExposureRequests`). */
  knex: Knex;
  /** The clock; default `new Date()`. */
  now?: () => Date;
  /** Ids of new requests; default random UUIDs. */
  newId?: () => string;
}

/**
 * How often recording is tried again when the hostname that conflicted was released before
 * its holder could be read (the holder withdrew in between).
 */
const ATTEMPTS = 3;

/** Ids are UUIDs; anything else is no request (PostgreSQL's uuid column would refuse to compare it). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The exposure request store on knex (SQLite or PostgreSQL). */
export function createExposureRequestStore(
  options: ExposureRequestStoreOptions,
): ExposureRequestStore {
  const { knex, now = () => new Date(), newId = randomUUID } = options;

  async function holdersOf(hostnames: string[]): Promise<HostnameHolder[]> {
    if (hostnames.length === 0) return [];
    const rows = await knex<ReservationRow>(RESERVATIONS_TABLE)
      .join<RequestRow>(
        REQUESTS_TABLE,
        `${REQUESTS_TABLE}.id`,
        `${RESERVATIONS_TABLE}.request_id`,
      )
      .whereIn(
        `${RESERVATIONS_TABLE}.hostname`,
        hostnames.map(h => h.toLowerCase()),
      )
      .select<Array<RequestRow & { hostname: string }>>(
        `${REQUESTS_TABLE}.*`,
        `${RESERVATIONS_TABLE}.hostname as hostname`,
      )
      .orderBy(`${RESERVATIONS_TABLE}.hostname`);
    return rows.map(row => ({ hostname: row.hostname, holder: recordOf(row) }));
  }

  async function get(id: string) {
    if (!UUID.test(id)) return undefined;
    const row = await knex<RequestRow>(REQUESTS_TABLE).where({ id }).first();
    return row && recordOf(row);
  }

  return {
    holdersOf,
    get,

    async record({ request, createdBy }) {
      const hostnames = [
        ...new Set(request.hostnames.map(h => h.toLowerCase())),
      ];
      for (let attempt = 1; ; attempt++) {
        const id = newId();
        const at = now();
        const row = rowOf(id, request, createdBy, at);
        try {
          await knex.transaction(async trx => {
            await trx<RequestRow>(REQUESTS_TABLE).insert(row);
            if (hostnames.length > 0) {
              await trx<ReservationRow>(RESERVATIONS_TABLE).insert(
                hostnames.map(hostname => ({
                  hostname,
                  cluster: request.cluster,
                  request_id: id,
                  created_at: at,
                })),
              );
            }
          });
          return { created: recordOf(row) };
        } catch (error) {
          if (!isDatabaseConflictError(error)) throw error;
          // The transaction rolled back: read who holds the names now.
          const conflicts = await holdersOf(hostnames);
          if (conflicts.length > 0 || attempt >= ATTEMPTS) {
            return { conflicts };
          }
        }
      }
    },

    async listInStates(states) {
      const rows = await knex<RequestRow>(REQUESTS_TABLE)
        .whereIn('state', [...states])
        .orderBy([
          { column: 'created_at', order: 'asc' },
          { column: 'id', order: 'asc' },
        ]);
      return rows.map(recordOf);
    },

    async listForEntity(entityRef) {
      const rows = await knex<RequestRow>(REQUESTS_TABLE)
        .where({ entity_ref: entityRef })
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'asc' },
        ]);
      return rows.map(recordOf);
    },

    async move(id, from, move) {
      if (!UUID.test(id)) return undefined;
      return knex.transaction(async trx => {
        const moved = await trx<RequestRow>(REQUESTS_TABLE)
          .where({ id })
          .whereIn('state', [...from])
          .update({
            state: move.state,
            state_reason: move.stateReason ?? null,
            ...(move.change
              ? {
                  provider: move.change.provider,
                  branch_name: move.change.branchName,
                  commit_sha: move.change.commitSha ?? null,
                  pull_request_url: move.change.pullRequestUrl ?? null,
                }
              : {}),
            updated_at: now(),
          });
        if (moved > 0 && !holdsHostnames(move.state)) {
          await trx(RESERVATIONS_TABLE).where({ request_id: id }).delete();
        }
        const row = await trx<RequestRow>(REQUESTS_TABLE).where({ id }).first();
        return row && { request: recordOf(row), moved: moved > 0 };
      });
    },
  };
}
