import { DynamicModule, Module } from '@nestjs/common'
import { TypeOrmModule } from '@nestjs/typeorm'
import { LoggerModule } from 'nestjs-pino'
import { AppealsModule } from './appeals/appeals.module.js'
import { AttachmentsModule } from './attachments/attachments.module.js'
import { AuditModule } from './audit/audit.module.js'
import { AuthModule } from './auth/auth.module.js'
import type { Clock } from './common/clock.js'
import { errSerializer } from './common/log-serializers.js'
import { CommonModule } from './common/common.module.js'
import { ConfigModule } from './config/config.module.js'
import type { Env } from './config/env.js'
import { dataSourceOptions, poolOptions } from './database/data-source.js'
import { EnterprisesModule } from './enterprises/enterprises.module.js'
import { EvaluationsModule } from './evaluations/evaluations.module.js'
import { MeasurePushModule } from './measure-push/measure-push.module.js'
import { HealthModule } from './health/health.module.js'
import { JobsModule } from './jobs/jobs.module.js'
import { MeasuresModule } from './measures/measures.module.js'
import { MetricsModule } from './metrics/metrics.module.js'
import { OpenDataModule } from './open-data/open-data.module.js'
import { AnswersModule } from './answers/answers.module.js'
import { NoticesModule } from './notices/notices.module.js'
import { NotificationsModule } from './notifications/notifications.module.js'
import { RateLimitModule } from './rate-limit/rate-limit.module.js'
import { UsersModule } from './users/users.module.js'
import { CalendarModule } from './calendar/calendar.module.js'
import { DeadlinePolicyModule } from './deadline-policy/deadline-policy.module.js'
import { ResponseTemplatesModule } from './response-templates/response-templates.module.js'
import { RoutingModule } from './routing/routing.module.js'

@Module({})
export class AppModule {
  static forRoot(env: Env, databaseUrl: string, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        CommonModule.forRoot(clock),
        JobsModule.forRoot(databaseUrl),
        AttachmentsModule.forRoot(env),
        UsersModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: env.LOG_LEVEL,
            ...(env.NODE_ENV === 'development' ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
            customProps: () => ({ service: 'servicepack-api' }),
            // Keep request logs short: who asked what, and the answer's status and request id.
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              err: errSerializer,
            },
            autoLogging: { ignore: (req) => req.url?.startsWith('/api/health') ?? false },
          },
        }),
        // migrations ran before this module initialises (createApp: migrateDatabase under the advisory lock)
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, { extra: poolOptions(env) })),
        RateLimitModule.forRoot(env),
        AuthModule,
        HealthModule,
        MeasuresModule,
        EnterprisesModule,
        EvaluationsModule,
        MeasurePushModule,
        AppealsModule,
        NotificationsModule,
        NoticesModule,
        MetricsModule,
        OpenDataModule,
        AnswersModule,
        // the administrators' catalogues (issue 12)
        AuditModule,
        RoutingModule,
        DeadlinePolicyModule,
        CalendarModule,
        ResponseTemplatesModule,
      ],
    }
  }
}
