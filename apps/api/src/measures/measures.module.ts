import { Module } from '@nestjs/common'
import { MeasuresController } from './measures.controller.js'

@Module({ controllers: [MeasuresController] })
export class MeasuresModule {}
