/** Hands a Blob to the browser as a file download (object URL, released right after the click). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.style.display = 'none'
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // Let the click start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
}
