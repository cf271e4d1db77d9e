import { DynamicModule, Global, Module } from '@nestjs/common'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Env } from '../config/env.js'
import { AttachmentStore, FsAttachmentStore } from './attachment-store.js'
import { S3AttachmentStore } from './s3-attachment-store.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
export const defaultAttachmentsDir = path.join(repoRoot, '.data', 'attachments')

/** The attachment store the configuration names: a folder or an S3 bucket (ATTACHMENTS_STORE). */
export function attachmentStoreFor(env: Env): AttachmentStore {
  if (env.ATTACHMENTS_STORE === 's3') {
    // env.ts refuses s3 without these (one line each); the `!` only restates that
    return S3AttachmentStore.fromOptions({
      endpoint: env.S3_ENDPOINT!,
      region: env.S3_REGION,
      bucket: env.S3_BUCKET!,
      accessKeyId: env.S3_ACCESS_KEY_ID!,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
    })
  }
  return new FsAttachmentStore(env.ATTACHMENTS_DIR ?? defaultAttachmentsDir)
}

/** The attachment store (ATTACHMENTS_STORE=fs: ATTACHMENTS_DIR, default `<repo>/.data/attachments`; s3: S3_*). */
@Global()
@Module({})
export class AttachmentsModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AttachmentsModule,
      providers: [{ provide: AttachmentStore, useValue: attachmentStoreFor(env) }],
      exports: [AttachmentStore],
    }
  }
}
