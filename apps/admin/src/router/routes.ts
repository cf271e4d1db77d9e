import { ChatDotSquare, Collection, DataAnalysis, Document, OfficeBuilding, Odometer, Promotion, Reading, Share } from '@element-plus/icons-vue'
import { commonRoutes } from '@servicepack/ui'
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'dashboard',
    component: () => import('../views/dashboard/DashboardView.vue'),
    meta: { access: 'authenticated', titleKey: 'nav.dashboard', nav: { icon: Odometer } },
  },
  {
    path: '/appeals',
    name: 'appeals',
    component: () => import('../views/appeals/AppealInboxView.vue'),
    meta: { access: ['coordinator', 'bureau_officer', 'admin'], titleKey: 'nav.appeals', nav: { icon: Document } },
  },
  {
    path: '/appeals/:id',
    name: 'appeal',
    component: () => import('../views/appeals/AppealDetailView.vue'),
    props: true,
    meta: { access: ['coordinator', 'bureau_officer', 'admin'], titleKey: 'appeals.detail.title' },
  },
  {
    path: '/enterprises',
    name: 'enterprises',
    component: () => import('../views/enterprises/EnterpriseListView.vue'),
    meta: { access: ['coordinator', 'admin'], titleKey: 'nav.enterprises', nav: { icon: OfficeBuilding } },
  },
  {
    path: '/enterprises/:uscc',
    name: 'enterprise',
    component: () => import('../views/enterprises/EnterpriseDetailView.vue'),
    props: true,
    meta: { access: ['coordinator', 'admin'], titleKey: 'enterprises.detailTitle' },
  },
  {
    path: '/metrics',
    name: 'metrics',
    component: () => import('../views/metrics/MetricsView.vue'),
    meta: { access: ['coordinator', 'admin', 'bureau_officer'], titleKey: 'nav.metrics', nav: { icon: DataAnalysis } },
  },
  {
    path: '/notices',
    name: 'notices',
    component: () => import('../views/notices/NoticeListView.vue'),
    meta: { access: ['association', 'coordinator', 'admin'], titleKey: 'nav.notices', nav: { icon: Reading } },
  },
  {
    path: '/notices/new',
    name: 'notice-new',
    component: () => import('../views/notices/NoticeEditView.vue'),
    meta: { access: ['association'], titleKey: 'notices.form.newTitle' },
  },
  {
    path: '/notices/:id',
    name: 'notice',
    component: () => import('../views/notices/NoticeDetailView.vue'),
    props: true,
    meta: { access: ['association', 'coordinator', 'admin'], titleKey: 'notices.listTitle' },
  },
  {
    path: '/notices/:id/edit',
    name: 'notice-edit',
    component: () => import('../views/notices/NoticeEditView.vue'),
    props: true,
    meta: { access: ['association'], titleKey: 'notices.form.editTitle' },
  },
  {
    path: '/answers',
    name: 'answers',
    component: () => import('../views/answers/AnswerReviewView.vue'),
    meta: { access: ['coordinator', 'admin', 'bureau_officer'], titleKey: 'nav.answers', nav: { icon: ChatDotSquare } },
  },
  {
    path: '/answers/propose/:appealId',
    name: 'answer-propose',
    component: () => import('../views/answers/AnswerProposeView.vue'),
    props: true,
    meta: { access: ['bureau_officer'], titleKey: 'answersAdmin.proposeTitle' },
  },
  {
    path: '/measure-funnel',
    name: 'measure-funnel',
    component: () => import('../views/measure-push/MeasureFunnelView.vue'),
    meta: { access: ['coordinator', 'admin'], titleKey: 'nav.measureFunnel', nav: { icon: Promotion } },
  },
  {
    path: '/open-data',
    name: 'open-data',
    component: () => import('../views/open-data/OpenDataMonthsView.vue'),
    meta: { access: ['coordinator', 'admin'], titleKey: 'nav.openData', nav: { icon: Share } },
  },
  {
    path: '/catalogue',
    name: 'catalogue',
    component: () => import('../views/catalogue/CatalogueView.vue'),
    meta: { access: ['admin'], titleKey: 'nav.catalogue', nav: { icon: Collection } },
  },
  ...commonRoutes(),
]
