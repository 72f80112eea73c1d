import fs from 'node:fs';
import path from 'node:path';
import type { KubernetesObject } from '../../kubernetes/objects';
import { parseManifests } from '../../kubernetes/parseManifests';

const BASE = path.resolve(
  __dirname,
  '../../conformance/__fixtures__/base.yaml',
);

/** The `data` of an object of the conformance suite's base manifests, by kind and name. */
export function conformanceBaseData(
  kind: string,
  name: string,
): Record<string, string> {
  const object = parseManifests(fs.readFileSync(BASE, 'utf8'), 'base.yaml')
    .map(m => m.object)
    .find(
      (o): o is KubernetesObject & { data: Record<string, string> } =>
        o.kind === kind && o.metadata?.name === name,
    );
  if (!object) throw new Error(`base.yaml has no ${kind} ${name}`);
  return object.data;
}
