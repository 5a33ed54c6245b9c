import { Module } from '@nestjs/common';
import { ProblemTypesController } from './problem-types.controller.js';

@Module({ controllers: [ProblemTypesController] })
export class ProblemTypesModule {}
