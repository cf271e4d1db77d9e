import { AppealAttachment } from '../appeals/appeal-attachment.entity.js'
import { AppealEvent } from '../appeals/appeal-event.entity.js'
import { AppealExtensionRequest } from '../appeals/appeal-extension.entity.js'
import { AppealAnswerDays, AppealAnswerDaysMonthly, AppealStat, AppealStatMonthly } from '../appeals/appeal-stat.entity.js'
import { Appeal } from '../appeals/appeal.entity.js'
import { WorkingDay } from '../calendar/working-day.entity.js'
import { EnterpriseChange } from '../enterprises/enterprise-change.entity.js'
import { EnterpriseMember } from '../enterprises/enterprise-member.entity.js'
import { Enterprise } from '../enterprises/enterprise.entity.js'
import { Notice, NoticeAudience, NoticeRegistration } from '../notices/notice.entity.js'
import { Notification, NotificationRead } from '../notifications/notification.entity.js'
import { User } from '../users/user.entity.js'
import { CatalogueChange } from '../audit/catalogue-change.entity.js'
import { DeadlinePolicyRow } from '../deadline-policy/deadline-policy.entity.js'
import { ResponseTemplate } from '../response-templates/response-template.entity.js'
import { RoutingEntryRow } from '../routing/routing-entry.entity.js'

/** Every TypeORM entity of the API: the migrations must describe exactly these. */
export const entities = [Enterprise, EnterpriseMember, EnterpriseChange, WorkingDay, Appeal, AppealEvent, AppealExtensionRequest, AppealAttachment, Notification, NotificationRead, User, AppealStat, AppealAnswerDays, AppealStatMonthly, AppealAnswerDaysMonthly, CatalogueChange, RoutingEntryRow, DeadlinePolicyRow, ResponseTemplate, Notice, NoticeAudience, NoticeRegistration]
