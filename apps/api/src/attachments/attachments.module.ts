import { DynamicModule, Global, Module } from '@nestjs/common'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Env } from '../config/env.js'
import { AttachmentStore, FsAttachmentStore } from './attachment-store.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
export const defaultAttachmentsDir = path.join(repoRoot, '.data', 'attachments')

/** The attachment store (ATTACHMENTS_DIR, default `<repo>/.data/attachments`). */
@Global()
@Module({})
export class AttachmentsModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AttachmentsModule,
      providers: [{ provide: AttachmentStore, useValue: new FsAttachmentStore(env.ATTACHMENTS_DIR ?? defaultAttachmentsDir) }],
      exports: [AttachmentStore],
    }
  }
}
