import type { KubernetesObject } from '../kubernetes/objects';
import { emitObjects } from './emit';
import { groupRoutes } from './groupRoutes';
import type { ConversionState, Feature } from './ir';
import { attachParents } from './parents';
import { readSources } from './readSources';
import type { MigrateOptions, Migration } from './types';
import { noteUnhandledAnnotations } from './unhandledAnnotations';

/**
 * The conversion with a given list of annotation features ({@link migrateIngresses} passes
 * them all; tests of the core pass none):
 * 1. read the sources (Ingresses in ingress-nginx's order, their classes, the Services);
 * 2. group their rules into route drafts (per namespace, class, host and protocol);
 * 3. attach the drafts to the shared Gateway, or to Gateways generated per class;
 * 4. run the features, in order, on the drafts;
 * 5. note every annotation no feature handled;
 * 6. write the objects.
 */
export function convertIngresses(
  objects: KubernetesObject[],
  options: MigrateOptions,
  features: Feature[],
): Migration {
  const { sources, services, notes } = readSources(objects);
  const state: ConversionState = {
    options,
    sources,
    services,
    routes: [],
    gateways: [],
    extraObjects: [],
    notes,
    handled: new Set(),
  };
  groupRoutes(state);
  attachParents(state);
  for (const feature of features) feature(state);
  noteUnhandledAnnotations(state);
  return { objects: emitObjects(state), notes: state.notes };
}
