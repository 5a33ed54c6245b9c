import { Module } from '@nestjs/common';
import { AppendEventController } from './append-event/append-event.controller.js';

@Module({ controllers: [AppendEventController] })
export class CommandsModule {}
