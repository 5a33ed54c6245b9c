import { Module } from '@nestjs/common';
import { ActorsController } from './actors/actors.controller.js';
import { EventsController } from './events/events.controller.js';
import { ExposureController } from './exposure/exposure.controller.js';
import { MembershipController } from './membership/membership.controller.js';
import { RegressionsController } from './regressions/regressions.controller.js';
import { TimelineController } from './timeline/timeline.controller.js';
import { TrendsController } from './trends/trends.controller.js';

@Module({
  controllers: [
    MembershipController,
    ExposureController,
    TrendsController,
    RegressionsController,
    ActorsController,
    TimelineController,
    EventsController,
  ],
})
export class QueriesModule {}
