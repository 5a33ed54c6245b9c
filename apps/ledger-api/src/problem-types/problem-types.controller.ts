import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { problemResponses } from '../docs/problem-responses.js';
import { ProblemError } from '../http/problem-details/problem-error.js';
import { problemTypeCatalogue } from './problem-type-catalogue.js';
import { problemTypeIndex, problemTypePage } from './problem-type-page.js';

const html = { 'text/html': { schema: { type: 'string' } } };

/** The pages problem documents' `type` URIs point at (RFC 9457 §3.1.1: resolvable, human-readable). */
@ApiTags('problem types')
@Controller('problems')
export class ProblemTypesController {
  private readonly index = problemTypeIndex(problemTypeCatalogue);
  private readonly pages = new Map(
    problemTypeCatalogue.map((entry) => [entry.slug, problemTypePage(entry)]),
  );

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Every problem type the service sends' })
  @ApiOkResponse({ description: 'An HTML list of links', content: html })
  list(): string {
    return this.index;
  }

  @Get(':type')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'What a problem type means and what a client does about it' })
  @ApiParam({ name: 'type', example: 'invalid-request' })
  @ApiOkResponse({ description: 'An HTML page', content: html })
  @problemResponses(404)
  page(@Param('type') type: string): string {
    const page = this.pages.get(type);
    if (page === undefined) throw ProblemError.notFound(`There is no problem type ${type}.`);
    return page;
  }
}
