import type { Entity } from '@backstage/catalog-model';
import type {
  ExposureChange,
  ExposureRequest,
  ExposureRequestRecord,
  ExposureRequestState,
  Finding,
} from '@portway/plugin-routing-common';

/** A hostname and the request that holds it. */
export interface HostnameHolder {
  hostname: string;
  holder: ExposureRequestRecord;
}

/** What the store needs to record a new request. */
export interface NewExposureRequest {
  request: ExposureRequest;
  createdBy: string;
}

/** What recording a request gave: the request, or the hostnames other requests hold. */
export type RecordResult =
  | { created: ExposureRequestRecord }
  | { conflicts: HostnameHolder[] };

/** A move of a request to another state, with its change once that is opened. */
export interface ExposureRequestMove {
  state: ExposureRequestState;
  stateReason?: string;
  change?: ExposureChange;
}

/**
 * Exposure requests and their hostname reservations in the plugin's database. The database
 * decides who holds a hostname (a unique key), so replicas sharing one database never reserve
 * a hostname twice.
 */
export interface ExposureRequestStore {
  /**
   * Records a request and reserves its hostnames in one transaction: all or nothing. When
   * another request holds one of them, nothing is written and the holders are returned.
   */
  record(input: NewExposureRequest): Promise<RecordResult>;
  /** The request with this id, or undefined. */
  get(id: string): Promise<ExposureRequestRecord | undefined>;
  /** The requests of an entity, newest first. */
  listForEntity(entityRef: string): Promise<ExposureRequestRecord[]>;
  /** The requests in any of these states, oldest first. */
  listInStates(
    states: readonly ExposureRequestState[],
  ): Promise<ExposureRequestRecord[]>;
  /** The requests holding any of these hostnames. */
  holdersOf(hostnames: string[]): Promise<HostnameHolder[]>;
  /**
   * Moves a request that is in one of the states `from` to `move.state` (in one transaction
   * with releasing its hostnames when the new state does not hold them). Answers the request
   * as it is afterwards and whether it moved; undefined for an unknown id.
   */
  move(
    id: string,
    from: readonly ExposureRequestState[],
    move: ExposureRequestMove,
  ): Promise<MoveResult | undefined>;
}

/** A request after a move, and whether it moved (a request past the move's states stays). */
export interface MoveResult {
  request: ExposureRequestRecord;
  moved: boolean;
}

/** The outcome of creating a request. */
export type CreateOutcome =
  /** Recorded: its hostnames are reserved. */
  | { status: 'created'; request: ExposureRequestRecord; findings: Finding[] }
  /** The preflight has errors (a HostnameConflict among them makes it `conflict`). */
  | { status: 'refused'; findings: Finding[] }
  /** A hostname is live or reserved for another request. */
  | { status: 'conflict'; findings: Finding[] };

/** Exposure requests as a resource: preflight, reservation, lifecycle. */
export interface ExposureRequestsService {
  /**
   * Preflights `request` for `entity` (undefined when the catalog has none) and records it
   * when the preflight has no errors and its hostnames can be reserved.
   */
  create(
    request: ExposureRequest,
    entity: Entity | undefined,
    actor: string,
  ): Promise<CreateOutcome>;
  /** The request with this id, or undefined. */
  get(id: string): Promise<ExposureRequestRecord | undefined>;
  /** The requests of an entity, newest first. */
  listForEntity(entityRef: string): Promise<ExposureRequestRecord[]>;
  /** The requests in any of these states, oldest first (the state task's work list). */
  listInStates(
    states: readonly ExposureRequestState[],
  ): Promise<ExposureRequestRecord[]>;
  /** Withdraws a request: `closed`, hostnames released. A final request stays as it is. */
  withdraw(id: string, actor: string): Promise<MoveResult | undefined>;
  /** Records the change opened for a request: `open`, with its branch and pull request. */
  recordChange(
    id: string,
    change: ExposureChange,
  ): Promise<MoveResult | undefined>;
  /** Releases a request whose change could not be opened: `failed` with the reason. */
  release(id: string, reason: string): Promise<MoveResult | undefined>;
  /**
   * Moves a request to what the state task saw of its change or its route (merged, live,
   * failed, closed, expired), when its state allows that move.
   */
  observe(
    id: string,
    observed: { state: ExposureRequestState; stateReason?: string },
  ): Promise<MoveResult | undefined>;
}
