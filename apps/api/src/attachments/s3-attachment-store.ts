import type { OnApplicationShutdown } from '@nestjs/common'
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { assertAttachmentKey } from './attachment-key.js'
import { AttachmentMissingError, AttachmentStore } from './attachment-store.js'

export interface S3StoreOptions {
  endpoint: string
  region: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  /** `https://host/bucket/key` rather than `https://bucket.host/key` (MinIO, s3rver; most self-hosted). */
  forcePathStyle: boolean
}

/** The S3 client for an S3-compatible service (AWS, MinIO, Aliyun OSS, Tencent COS, Huawei OBS). */
export function s3Client(o: Omit<S3StoreOptions, 'bucket'>): S3Client {
  return new S3Client({
    endpoint: o.endpoint,
    region: o.region,
    forcePathStyle: o.forcePathStyle,
    credentials: { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey },
    // Checksums only where S3 requires them: the newer default (CRC32 headers on every request)
    // is refused by several S3-compatible services.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
}

const status = (e: unknown) => (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode

/**
 * Objects in one bucket, under the same random keys as the folder store (`ab/<uuid>`), so every
 * API instance reads what any instance wrote. The bucket is private: bytes go out only through the
 * API's download route, which checks who may see the appeal.
 */
export class S3AttachmentStore extends AttachmentStore implements OnApplicationShutdown {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {
    super()
  }

  static fromOptions(o: S3StoreOptions): S3AttachmentStore {
    return new S3AttachmentStore(s3Client(o), o.bucket)
  }

  async putAt(key: string, bytes: Buffer): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: assertAttachmentKey(key), Body: bytes, ContentType: 'application/octet-stream' }))
  }

  async get(key: string): Promise<Buffer> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: assertAttachmentKey(key) }))
      if (!out.Body) throw new AttachmentMissingError(key)
      return Buffer.from(await out.Body.transformToByteArray())
    } catch (e) {
      throw (e as Error).name === 'NoSuchKey' || status(e) === 404 ? new AttachmentMissingError(key) : e
    }
  }

  /** S3 answers a delete of a missing key with success too. */
  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: assertAttachmentKey(key) }))
  }

  onApplicationShutdown(): void {
    this.client.destroy()
  }
}
