import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/** One violation: where (JSON pointer inside the validated value), which keyword, details. */
export interface JsonSchemaIssue {
  pointer: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

/**
 * A JSON Schema (draft-07) compiled once. `strict: false`: official schemas carry keywords a
 * strict compiler refuses (uniqueItems on objects, siblings of $ref).
 */
export class JsonSchemaValidator {
  private readonly ajv: Ajv;
  private readonly root: ValidateFunction;

  constructor(schema: object) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    const copy = { ...(schema as Record<string, unknown>) };
    delete copy.$id; // never resolve an official schema through its (stale) $id
    this.ajv.addSchema(copy, 'root');
    this.root = this.ajv.getSchema('root')!;
  }

  /** Validates against the whole schema, or against `#/definitions/<name>`. */
  validate(value: unknown, definition?: string): JsonSchemaIssue[] {
    const fn = definition ? this.ajv.getSchema(`root#/definitions/${definition}`)! : this.root;
    if (fn(value)) {
      return [];
    }
    return (fn.errors ?? []).map(toIssue);
  }
}

function toIssue(e: ErrorObject): JsonSchemaIssue {
  return {
    pointer: e.instancePath,
    keyword: e.keyword,
    params: e.params as Record<string, unknown>,
    message: e.message ?? e.keyword,
  };
}
