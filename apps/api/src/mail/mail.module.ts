import { Module } from '@nestjs/common'
import { MailQueue } from './mail-queue.js'
import { Mailer } from './mailer.service.js'

@Module({ providers: [Mailer, MailQueue], exports: [MailQueue, Mailer] })
export class MailModule {}
