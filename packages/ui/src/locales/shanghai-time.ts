import { formatDateTime } from '../format/datetime'

/**
 * An instant as Shanghai's clocks show it, `YYYY-MM-DD HH:mm`, whatever the browser's time zone
 * (deadlines and timelines are read in Beijing time by everyone concerned). The portal's one clock
 * (formatDateTime, from the rules package, as the API's CSV exports), under the appeals' name.
 */
export function shanghaiDateTime(instant: string | Date): string {
  return formatDateTime(instant)
}
