import openapiTS, { astToString } from 'openapi-typescript';
import { format } from 'prettier';

const banner =
  '// Generated from the ledger service OpenAPI document (GET /openapi.json) by\n' +
  '// `npm run generate:api -w @cleannet/client`. Do not edit by hand: the\n' +
  '// drift test regenerates it from the current service and compares.\n\n';

/**
 * The service URL the document is generated for: its examples' problem
 * `type`s are absolute on it, so a fixed one keeps the generated file stable.
 */
export const DOCUMENT_PUBLIC_URL = 'https://ledger.example.org';

/** The OpenAPI JSON the running service serves. */
export async function fetchOpenApiDocument(baseUrl: string): Promise<Record<string, unknown>> {
  const response = await fetch(new URL('/openapi.json', baseUrl));
  if (!response.ok) throw new Error(`GET /openapi.json answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** TypeScript `paths`/`components` types for openapi-fetch, formatted as the repo formats code. */
export async function generateApiTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    exportType: true,
  });
  return format(banner + astToString(ast), {
    parser: 'typescript',
    singleQuote: true,
    printWidth: 100,
    trailingComma: 'all',
  });
}
