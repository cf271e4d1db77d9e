/** Notices as the API answers them, for the views' tests. */
export const NOTICE_ID = '5eed0001-0000-4000-8000-000000000002'

export function noticeOf(over: Record<string, unknown> = {}) {
  return {
    id: NOTICE_ID,
    association: 'sh-ic-association',
    associationName: '上海市集成电路行业协会',
    title: '集成电路专场政策解读',
    kind: 'policy_interpretation',
    status: 'draft',
    startsAt: '2026-12-17T01:00:00.000Z',
    endsAt: '2026-12-17T03:30:00.000Z',
    registrationDeadline: '2026-12-16T10:00:00.000Z',
    venue: '张江科学会堂',
    onlineUrl: null,
    capacity: 2,
    attendeeLimit: 3,
    seatsTaken: 0,
    measureIds: ['basic-research'],
    publishedAt: null,
    myRegistration: null,
    body: '## 议程',
    bodyHtml: '<h2>议程</h2>\n<p>&lt;script&gt;window.pwned = 1&lt;/script&gt;</p>\n',
    audience: { industries: ['integrated-circuits'], districts: [], keyEnterprise: null, outputValueMin: null, outputValueMax: null, measureId: null },
    waitlisted: 0,
    targetedCount: 0,
    cancelledAt: null,
    cancelReason: null,
    version: 1,
    allowedActions: ['edit', 'publish', 'cancel'],
    ...over,
  }
}

export const registrations = {
  items: [
    { id: 'r1', enterpriseUscc: '91310115MA1K4C7L8X', enterpriseName: '上海芯联微电子有限公司', contactName: '张三', contactPhone: '021-50801234', attendees: 1, status: 'registered', waitlistPosition: null, attended: null, promotedAt: null, withdrawnAt: null, createdAt: '2026-12-10T02:00:00.000Z' },
    { id: 'r2', enterpriseUscc: '91310115MA1K4C7A1X', enterpriseName: '上海张江芯片设计有限公司', contactName: '李四', contactPhone: '021-50801235', attendees: 1, status: 'registered', waitlistPosition: null, attended: null, promotedAt: null, withdrawnAt: null, createdAt: '2026-12-10T02:01:00.000Z' },
    { id: 'r3', enterpriseUscc: '91310115MA1K4C7B2X', enterpriseName: '上海临港晶圆制造有限公司', contactName: '赵六', contactPhone: '021-50801236', attendees: 1, status: 'waitlisted', waitlistPosition: 1, attended: null, promotedAt: null, withdrawnAt: null, createdAt: '2026-12-10T02:02:00.000Z' },
  ],
  registered: 2,
  waitlisted: 1,
  seatsTaken: 2,
  capacity: 2,
}
