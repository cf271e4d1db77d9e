import { Inject, Injectable } from '@nestjs/common'
import nodemailer, { type Transporter } from 'nodemailer'
import { ENV } from '../config/config.module.js'
import type { Env } from '../config/env.js'

export interface Mail {
  to: string[]
  subject: string
  text: string
}

/** Sends mail through SMTP_URL (nodemailer); without it, mail is off. Called by the mail job, which retries. */
@Injectable()
export class Mailer {
  private readonly transport: Transporter | null

  constructor(@Inject(ENV) private readonly env: Env) {
    this.transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null
  }

  get enabled(): boolean {
    return this.transport !== null
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) return
    await this.transport.sendMail({ from: this.env.MAIL_FROM, bcc: mail.to, subject: mail.subject, text: mail.text })
  }
}
