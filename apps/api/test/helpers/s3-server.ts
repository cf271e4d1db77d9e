import { ListObjectsV2Command } from '@aws-sdk/client-s3'
import getPort from 'get-port'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { s3Client } from '../../src/attachments/s3-attachment-store.js'

export interface TestS3 {
  /** The API's variables for this server and its bucket (ATTACHMENTS_STORE=s3, S3_*). */
  env: Record<string, string>
  /** Every key in the bucket, sorted. */
  keys(): Promise<string[]>
  close(): Promise<void>
}

/** An S3 server in this process (s3rver) on a free port, with one empty bucket. */
export async function startTestS3(bucket = 'servicepack-attachments'): Promise<TestS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'servicepack-s3-'))
  const port = await getPort()
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket }] })
  await server.run()
  const env = {
    ATTACHMENTS_STORE: 's3',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: 'S3RVER', // s3rver's built-in account
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  }
  const client = s3Client({ endpoint: env.S3_ENDPOINT, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true })
  return {
    env,
    async keys() {
      const out = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return (out.Contents ?? []).map((o) => o.Key!).sort()
    },
    async close() {
      client.destroy()
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
