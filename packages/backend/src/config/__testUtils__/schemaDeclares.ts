/** The parts of a JSON schema (draft 7) that say which keys exist. */
export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode | SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
}

/** The node and every branch it may take (`anyOf`, `oneOf`, `allOf`, `$ref`), flattened. */
function branchesOf(node: SchemaNode, root: SchemaNode): SchemaNode[] {
  if (node.$ref) {
    const name = decodeURIComponent(node.$ref.replace('#/definitions/', ''));
    const target = root.definitions?.[name];
    return target ? branchesOf(target, root) : [];
  }
  return [
    node,
    ...[
      ...(node.anyOf ?? []),
      ...(node.oneOf ?? []),
      ...(node.allOf ?? []),
    ].flatMap(branch => branchesOf(branch, root)),
  ];
}

const isPrimitive = (node: SchemaNode) =>
  [node.type]
    .flat()
    .some(type => type !== undefined && type !== 'object' && type !== 'array');

/** A node that declares no keys of its own: any key below it is allowed (`authMetadata: object`). */
function allowsAnything(node: SchemaNode): boolean {
  return (
    !isPrimitive(node) &&
    !node.properties &&
    !node.patternProperties &&
    !node.items &&
    !node.anyOf &&
    !node.oneOf &&
    !node.allOf &&
    !node.$ref &&
    node.additionalProperties !== false
  );
}

/** The nodes that declare `segment` (a key, or `[]` for an array's items) below `node`. */
function childrenOf(node: SchemaNode, segment: string): SchemaNode[] {
  if (segment === '[]') {
    return node.items ? [node.items].flat() : [];
  }
  const patterns = Object.entries(node.patternProperties ?? {})
    .filter(([pattern]) => new RegExp(pattern).test(segment))
    .map(([, child]) => child);
  const additional =
    typeof node.additionalProperties === 'object'
      ? [node.additionalProperties]
      : [];
  const named = node.properties?.[segment];
  return [...(named ? [named] : []), ...patterns, ...additional];
}

/**
 * Whether the schema declares a config key, as strict validation (no undeclared keys) sees it.
 * The key is dotted, array items written `[]`: `kubernetes.clusterLocatorMethods[].type`.
 */
export function schemaDeclares(root: SchemaNode, key: string): boolean {
  const segments = key
    .split('.')
    .flatMap(part =>
      part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part],
    );
  let nodes = [root];
  for (const segment of segments) {
    const branches = nodes.flatMap(node => branchesOf(node, root));
    if (branches.some(allowsAnything)) return true;
    nodes = branches.flatMap(branch => childrenOf(branch, segment));
    if (nodes.length === 0) return false;
  }
  return true;
}
