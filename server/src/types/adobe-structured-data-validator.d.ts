/** The package ships JavaScript only; this is the part of its API posting studio uses (see its README). */
declare module '@adobe/structured-data-validator' {
  /** One finding: `fieldNames` are dotted property paths, e.g. `jobLocation.address.addressCountry`. */
  export interface StructuredDataIssue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    path?: { type?: string; property?: string; index?: number }[];
    fieldNames?: string[];
    rootType?: string;
    dataFormat?: string;
  }
  /** `@marbec/web-auto-extractor`'s output shape: items by format, then by root type. */
  export interface ExtractedData {
    jsonld?: Record<string, Record<string, unknown>[]>;
    microdata?: Record<string, Record<string, unknown>[]>;
    rdfa?: Record<string, Record<string, unknown>[]>;
    errors?: { format: string; message: string }[];
  }
  export default class Validator {
    /** Without the schema.org vocabulary only Google's rich-result rules run (offline). */
    constructor(schemaOrgJson?: unknown);
    debug: boolean;
    validate(data: ExtractedData): Promise<StructuredDataIssue[]>;
  }
}
