// An S3-compatible server on one machine for `scripts/prod-up.sh` (what MinIO, Aliyun OSS, Tencent COS
// or Huawei OBS are in production): s3rver, objects under DEV_S3_DIR, the bucket DEV_S3_BUCKET made on
// start. s3rver accepts the access key `S3RVER` with the secret `S3RVER`. Plain JavaScript, no build.
import fs from 'node:fs'
import S3rver from 's3rver'

const port = Number(process.env.DEV_S3_PORT ?? '9000')
const address = process.env.DEV_S3_HOST ?? '127.0.0.1'
const directory = process.env.DEV_S3_DIR
const bucket = process.env.DEV_S3_BUCKET ?? 'servicepack-attachments'
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`dev-s3: DEV_S3_PORT must be a port number, got "${process.env.DEV_S3_PORT}"`)
  process.exit(1)
}
if (!directory) {
  console.error('dev-s3: DEV_S3_DIR (where the objects are kept) is required')
  process.exit(1)
}
fs.mkdirSync(directory, { recursive: true, mode: 0o700 })

const server = new S3rver({ port, address, directory, silent: true, configureBuckets: [{ name: bucket }] })
try {
  await server.run()
} catch (e) {
  const code = /** @type {NodeJS.ErrnoException} */ (e).code
  console.error(code === 'EADDRINUSE' ? `dev-s3: port ${port} is already in use; stop what uses it.` : `dev-s3: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
}
console.log(`dev-s3: S3 API on http://${address}:${port}, bucket ${bucket}, objects in ${directory}`)
const stop = () => server.close().then(() => process.exit(0), () => process.exit(1))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
