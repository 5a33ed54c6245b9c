import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Generates OpenAPI from the mounted controllers: the UI at /docs, JSON at /docs-json. */
export function documentApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Clean Network Ledger API')
      .setDescription(
        'A replayable, bitemporal ledger of Clean Network commitments. Every read takes ' +
          '`asOf` (valid time) and `knownAt` (transaction time). Errors are RFC 9457 problem ' +
          'documents. See docs/api.md.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Token from LEDGER_TOKENS' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
