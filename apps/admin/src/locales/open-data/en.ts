import type { Translation } from '@servicepack/ui'
import type zhCN from './zh-CN'

const en: Translation<typeof zhCN> = {
  openDataAdmin: {
    title: 'Open data',
    intro: 'Each month’s response, resolution, satisfaction and on-time answer rates are published automatically on working day {days} after the month ends, and frozen. If they are wrong, correct them: the month’s figures are read again and published as a new version with a note; the old versions are kept.',
    portal: 'See the public page in the portal',
    loadFailed: 'Could not load the open data',
    empty: 'No month is published yet. Each month is published automatically on working day {days} after it ends.',
    published: 'Published',
    corrected: 'Corrected · version {version}',
    versions: 'Versions of {month}',
    version: 'Version {version}',
    current: 'current',
    firstPublication: 'First publication',
    note: 'Correction: {note}',
    correct: {
      action: 'Correct',
      title: 'Correct the open data of {month}',
      explain: 'The appeals of {month} are read again and published as version {next}; version {current} and older ones are kept. The note is published with the new version on the portal page, in the CSV and in the JSON: do not name an enterprise or a person.',
      note: 'Correction note',
      notePlaceholder: 'e.g. one late answer was recorded; the on-time answer rate changes',
      noteRequired: 'Please write the correction note',
      progress: 'Publishing version {version}…',
      confirm: 'Publish the correction',
      cancel: 'Cancel',
      done: '{month} corrected: now version {version}',
    },
  },
}
export default en
