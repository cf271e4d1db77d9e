export default {
  ui: {
    language: '语言',
    shell: {
      skipToContent: '跳到主要内容',
      navigation: '主导航',
    },
    user: {
      login: '登录',
      logout: '退出登录',
      connecting: '正在连接统一身份认证…',
      ssoUnavailable: '统一身份认证暂不可用',
      ssoUnavailableHint: '登录服务无法连接，您仍可浏览公开内容，请稍后再试。',
      roles: '角色',
    },
    roles: {
      enterprise: '企业用户',
      coordinator: '服务管家（协调员）',
      bureau_officer: '责任单位经办人',
      association: '行业协会',
      admin: '系统管理员',
    },
    health: {
      title: '系统运行状态',
      refresh: '重新检查',
      loading: '正在检查服务状态…',
      healthy: '服务运行正常',
      healthyHint: '接口服务与数据库均已连接。',
      degraded: '服务部分不可用',
      degradedHint: '接口服务已响应，但以下组件异常：',
      down: '无法连接到接口服务',
      downHint: '接口服务（{url}）没有响应。请确认服务已启动，稍后点击“重新检查”。',
      error: '接口服务返回错误',
      errorHint: '接口服务返回 {status}：{message}',
      correlationId: '请求编号',
      checkedAt: '检查时间',
      up: '正常',
      downStatus: '异常',
      checks: {
        database: '数据库',
      },
    },
  },
}
