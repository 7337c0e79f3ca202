/** Minimal walk over the official DECP JSON Schema (draft-07, local $refs only). */
export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  [k: string]: unknown;
}

const resolved = new WeakMap<SchemaNode, SchemaNode>();

/** Follows local `$ref`s (`#/definitions/…`) from the root schema (a node is in one schema). */
export function resolveNode(root: SchemaNode, node: SchemaNode | undefined): SchemaNode {
  if (!node) {
    return {};
  }
  let n = resolved.get(node);
  if (!n) {
    n = follow(root, node);
    resolved.set(node, n); // the schemas never change: once per node (intake walks every record)
  }
  return n;
}

function follow(root: SchemaNode, node: SchemaNode): SchemaNode {
  let n: SchemaNode = node;
  for (let i = 0; n.$ref && i < 20; i++) {
    const parts = n.$ref.replace(/^#\//, '').split('/');
    let target: unknown = root;
    for (const p of parts) {
      target = (target as Record<string, unknown>)?.[p];
    }
    n = (target as SchemaNode) ?? {};
  }
  return n;
}

export function typeOf(node: SchemaNode): string | undefined {
  if (Array.isArray(node.type)) {
    return node.type.find((t) => t !== 'null');
  }
  if (node.type) {
    return node.type;
  }
  return node.properties ? 'object' : node.items ? 'array' : undefined;
}

/** The item schema of a list whose items are single-key wrappers (`{"titulaire": {…}}`). */
export function wrapperKey(root: SchemaNode, arrayNode: SchemaNode): string | null {
  const items = resolveNode(root, arrayNode.items);
  const keys = Object.keys(items.properties ?? {});
  return typeOf(items) === 'object' && keys.length === 1 ? keys[0]! : null;
}
