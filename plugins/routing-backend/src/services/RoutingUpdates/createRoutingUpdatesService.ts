import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  entityRoutesChannel,
  GATEWAYS_CHANNEL,
  type EntityRoutesResponse,
  type GatewaysResponse,
  type RoutingChangeSignal,
} from '@portway/plugin-routing-common';
import type { ClusterCaches } from '../../clusters/clusterCaches';
import { answerFingerprint } from './answerFingerprint';
import { createRecentlyAsked } from './recentlyAsked';
import type { RoutingUpdatesService } from './types';

/** Options of {@link createRoutingUpdatesService}. */
export interface RoutingUpdatesServiceOptions {
  /** The caches of every cluster, added ones included; a change in any of them may change an answer. */
  clusters: Pick<ClusterCaches, 'onChange'>;
  /** How the answers are computed, from the caches (no cluster I/O). */
  answers: {
    entityRoutes(entity: Entity): Promise<EntityRoutesResponse>;
    gateways(): Promise<GatewaysResponse>;
  };
  signals: Pick<SignalsService, 'publish'>;
  logger: LoggerService;
  /** How long changes are gathered before answers are recomputed; default 100 ms. */
  debounceMs?: number;
  /** An answer not asked for this long is no longer followed; default 10 minutes. */
  forgetAfterMs?: number;
  /** At most this many entities are followed, the most recently asked; default 1000. */
  maxEntities?: number;
  /** The clock, for forgetting. */
  now?: () => number;
}

/** How many answers are recomputed at once: enough to share work, few enough to keep the event loop moving. */
const BATCH_SIZE = 20;

/** A followed answer: the fingerprint of what pages were last told or shown. */
interface Followed {
  fingerprint: string;
}

/** A followed entity, kept as last read from the catalog so its selector can change. */
interface FollowedEntity extends Followed {
  entity: Entity;
}

/**
 * Follows the answers asked for recently and signals their changes on
 * `routing:entity:<entityRef>` and `routing:gateways`, broadcast: a signal says only which
 * answer changed, the page asks again with its own credentials. Changes arriving while answers
 * are being recomputed lead to one more round. Publishing never throws: when signals cannot be
 * delivered, pages still follow by asking the backend with their ETag.
 */
export function createRoutingUpdatesService(
  options: RoutingUpdatesServiceOptions,
): RoutingUpdatesService {
  const { clusters, answers, signals, logger, now = Date.now } = options;
  const debounceMs = options.debounceMs ?? 100;
  const memory = { ttlMs: options.forgetAfterMs ?? 10 * 60_000, now };
  const entities = createRecentlyAsked<FollowedEntity>({
    ...memory,
    max: options.maxEntities ?? 1000,
  });
  const gateways = createRecentlyAsked<Followed>({ ...memory, max: 1 });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let recomputing = false;
  let changedMeanwhile = false;
  let publishFailing = false;

  async function publish(signal: RoutingChangeSignal, channel: string) {
    try {
      await signals.publish({
        recipients: { type: 'broadcast' },
        channel,
        message: signal,
      });
      publishFailing = false;
    } catch (error) {
      // Said once per run of failures: every change would repeat it.
      const log = publishFailing ? logger.debug : logger.warn;
      log.call(logger, `Could not send the signal ${channel}: ${error}`);
      publishFailing = true;
    }
  }

  /** Whether the answer changed since `followed` was last told; if so, it is told now. */
  function changed(
    followed: Followed,
    answer: EntityRoutesResponse | GatewaysResponse,
  ) {
    const fingerprint = answerFingerprint(answer);
    if (fingerprint === followed.fingerprint) return false;
    followed.fingerprint = fingerprint;
    return true;
  }

  async function recheckEntity([entityRef, followed]: [
    string,
    FollowedEntity,
  ]) {
    if (!changed(followed, await answers.entityRoutes(followed.entity))) {
      return 0;
    }
    await publish(
      { changed: 'entity-routes', entityRef },
      entityRoutesChannel(entityRef),
    );
    return 1;
  }

  async function recheckGateways(followed: Followed) {
    if (changed(followed, await answers.gateways())) {
      await publish({ changed: 'gateways' }, GATEWAYS_CHANNEL);
    }
  }

  /** Rechecks the followed entities in batches; how many were signalled. */
  async function recheckEntities(followed: Array<[string, FollowedEntity]>) {
    let signalled = 0;
    for (let start = 0; start < followed.length; start += BATCH_SIZE) {
      const batch = followed.slice(start, start + BATCH_SIZE);
      const results = await Promise.allSettled(batch.map(recheckEntity));
      for (const [i, result] of results.entries()) {
        if (result.status === 'fulfilled') {
          signalled += result.value;
        } else {
          logger.warn(
            `Could not recompute the routes of ${batch[i][0]}: ${result.reason}`,
          );
        }
      }
    }
    return signalled;
  }

  async function recheck() {
    const followedEntities = entities.current();
    const signalled = await recheckEntities(followedEntities);
    for (const [, followed] of gateways.current()) {
      await recheckGateways(followed).catch(error =>
        logger.warn(`Could not recompute the gateways: ${error}`),
      );
    }
    logger.debug(
      `Rechecked ${followedEntities.length} followed entities after a cache change; ${signalled} changed`,
    );
  }

  function scheduleRecheck() {
    if (stopped) return;
    if (recomputing) {
      changedMeanwhile = true;
      return;
    }
    timer ??= setTimeout(async () => {
      timer = undefined;
      recomputing = true;
      try {
        await recheck();
      } catch (error) {
        logger.error(`Could not recheck the followed answers: ${error}`);
      } finally {
        recomputing = false;
      }
      if (changedMeanwhile) {
        changedMeanwhile = false;
        scheduleRecheck();
      }
    }, debounceMs);
  }

  const unsubscribe = clusters.onChange(scheduleRecheck);

  return {
    entityAnswered(entity, answer) {
      entities.asked(stringifyEntityRef(entity), kept => {
        if (!kept) return { entity, fingerprint: answerFingerprint(answer) };
        kept.entity = entity;
        return kept;
      });
    },
    gatewaysAnswered(answer) {
      gateways.asked(
        GATEWAYS_CHANNEL,
        kept => kept ?? { fingerprint: answerFingerprint(answer) },
      );
    },
    stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
