import type { OutboundFetch } from '../../infra/http/outbound-fetch.js';
import schema203 from './schemas/decp-2.0.3.schema.json' with { type: 'json' };
import schema202 from './schemas/decp-2.0.2.schema.json' with { type: 'json' };
import xsd202 from './schemas/decp-2.0.2.xsd.json' with { type: 'json' };
import { JsonSchemaValidator } from '../../infra/json-schema/json-schema-validator.js';
import type { XsdSchema } from '../../infra/xml/safe-xml.js';
import type { SchemaNode } from './decp-schema-walk.js';

/**
 * The official DECP schemas, compiled once per runtime when first used (compiling both JSON
 * Schemas takes most of a second: not at start-up): JSON Schema 2.0.3 (what intake checks
 * records against, and what files must pass), 2.0.2 (what the national catalogue knows: files
 * must pass it too) and the XSD 2.0.2 (XML, through libxml2, loaded on first use).
 */
export class DecpSchemas {
  readonly root = schema203 as unknown as SchemaNode;
  private xsdSchema: XsdSchema | null = null;
  private json203Validator?: JsonSchemaValidator;
  private json202Validator?: JsonSchemaValidator;

  get json203(): JsonSchemaValidator {
    this.json203Validator ??= new JsonSchemaValidator(schema203);
    return this.json203Validator;
  }

  get json202(): JsonSchemaValidator {
    this.json202Validator ??= new JsonSchemaValidator(schema202);
    return this.json202Validator;
  }

  /**
   * The XSD, compiled when first needed: libxml2's WebAssembly module is only loaded then (a
   * runtime that never reads nor writes DECP XML never instantiates it).
   */
  async loadXsd(): Promise<XsdSchema> {
    if (!this.xsdSchema) {
      const { XsdSchema } = await import('../../infra/xml/safe-xml.js');
      this.xsdSchema ??= new XsdSchema(xsd202.xsd);
    }
    return this.xsdSchema;
  }

  /** The XSD once loaded (`loadXsd`). */
  get xsd(): XsdSchema {
    if (!this.xsdSchema) {
      throw new Error('DECP XSD not loaded: await loadXsd() first');
    }
    return this.xsdSchema;
  }

  close(): void {
    this.xsdSchema?.dispose();
    this.xsdSchema = null;
  }
}

/** What the procurement domain keeps per running platform. */
export interface ProcurementComponents {
  decpSchemas: DecpSchemas;
  /** Fetches the organisations' source URLs, refusing private addresses (SSRF). */
  decpFetch: OutboundFetch;
}
