import { exposureTypes } from '../types/exposure';
import type { ExposureRequestInput, ExposureType } from '../types/exposure';
import { exposureKind } from './exposureKinds';

type Answers = Record<string, unknown>;

function isAnswers(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for what a form leaves behind for a field nobody filled in. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.every(isBlank);
  if (isAnswers(value)) return Object.values(value).every(isBlank);
  return false;
}

/** A plain answer, undefined when it is blank. */
const text = (value: unknown) => (isBlank(value) ? undefined : value);

/** An object answer without its blank optional keys; undefined when nothing is filled in. */
function entry(value: unknown, optionalKeys: string[] = []): unknown {
  if (isBlank(value)) return undefined;
  if (!isAnswers(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(
      ([key, item]) => !(optionalKeys.includes(key) && isBlank(item)),
    ),
  );
}

/** A list answer without its blank rows; undefined when every row is blank. */
function rows(value: unknown, optionalKeys?: string[]): unknown {
  if (!Array.isArray(value)) return text(value);
  const filled = value.filter(row => !isBlank(row));
  return filled.length > 0
    ? filled.map(row => entry(row, optionalKeys))
    : undefined;
}

/**
 * The exposure request that a template's form answers make (the form contract shared by the
 * three templates and the form fields): `target` (RoutingServicePicker) gives `cluster`,
 * `namespace` and `service`, `tlsSecretName` gives `tls`. Optional fields left empty (empty
 * strings, empty lists, list rows and objects with nothing filled in, an empty `sectionName`,
 * `method`, `perTryTimeout` or `retryOn`) are dropped, so `paths` gets its default (one
 * PathPrefix `/`); required values are passed on even when empty, so that they come back as
 * findings naming the field. Answers to fields the chosen type does not take (left behind when
 * a template switches between types, e.g. a mesh timeout before choosing the Gateway) are
 * dropped too, as are other answers (`review`, ...). Nothing is checked here: parse and
 * validate the result.
 *
 * @public
 */
export function exposureRequestFromForm(
  formData: Record<string, unknown>,
): ExposureRequestInput {
  const target = isAnswers(formData.target) ? formData.target : {};
  const tlsSecretName = text(formData.tlsSecretName);
  const optional: Answers = {
    name: text(formData.name),
    hostnames: rows(formData.hostnames),
    paths: rows(formData.paths),
    headers: rows(formData.headers),
    timeout: text(formData.timeout),
    retries: entry(formData.retries, ['perTryTimeout', 'retryOn']),
    gateway: entry(formData.gateway, ['sectionName']),
    grpc: rows(formData.grpc, ['method']),
    ingressClassName: text(formData.ingressClassName),
    tls:
      tlsSecretName === undefined ? undefined : { secretName: tlsSecretName },
  };
  const kind = exposureTypes.includes(formData.type as ExposureType)
    ? exposureKind(formData.type as ExposureType)
    : undefined;
  const takes = (field: string) =>
    !kind ||
    field === 'name' ||
    [...kind.fields.requires, ...kind.fields.accepts].some(f => f === field);
  return {
    entityRef: formData.entityRef,
    type: formData.type,
    cluster: target.cluster,
    namespace: target.namespace,
    service: { name: target.name, port: target.port },
    ...Object.fromEntries(
      Object.entries(optional).filter(
        ([field, value]) => value !== undefined && takes(field),
      ),
    ),
  } as ExposureRequestInput;
}
