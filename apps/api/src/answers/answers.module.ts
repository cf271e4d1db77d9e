import { Module } from '@nestjs/common'
import { EnterprisesModule } from '../enterprises/enterprises.module.js'
import { NotificationsModule } from '../notifications/notifications.module.js'
import { AnswerSuggestionsService } from './answer-suggestions.service.js'
import { AnswersReindexer } from './answers-reindexer.js'
import { AnswersController } from './answers.controller.js'
import { AnswersService } from './answers.service.js'

@Module({ imports: [EnterprisesModule, NotificationsModule], controllers: [AnswersController], providers: [AnswersService, AnswerSuggestionsService, AnswersReindexer], exports: [AnswersService] })
export class AnswersModule {}
