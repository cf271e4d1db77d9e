import { Module } from '@nestjs/common'
import { MeasuresController } from './measures.controller.js'
import { MeasuresService } from './measures.service.js'

@Module({ controllers: [MeasuresController], providers: [MeasuresService], exports: [MeasuresService] })
export class MeasuresModule {}
