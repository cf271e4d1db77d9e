export default {
  app: {
    title: '企业服务包门户',
    subtitle: '上海市惠企政策一站式服务',
    footer: '依据《上海市支持先进制造业转型升级三年行动方案（2026—2028年）》（沪府办规〔2025〕20号）第（十七）条建设',
    footerShort: '企业服务包门户 · 惠企政策应知尽知、直达快享',
  },
  nav: {
    home: '首页',
    package: '我的服务包',
    appeals: '我的诉求',
    notices: '辅导培训',
    account: '账户信息',
  },
  auth: {
    ssoUnavailableTitle: '统一身份认证暂时无法连接',
    ssoUnavailableBody: '您仍可浏览公开内容。登录服务恢复后，请刷新页面再登录。',
    loginRequired: '请先登录',
  },
  home: {
    eyebrow: '上海市企业“服务包”',
    headline: '惠企政策应知尽知，直达快享',
    lead: '登录后，系统根据企业画像匹配适用的支持措施与预计金额，诉求一键直达责任单位，辅导培训精准推送。',
    ctaLogin: '企业登录',
    ctaPackage: '查看我的服务包',
    ctaUnavailable: '登录服务暂不可用',
    welcome: '{name}，您好',
    features: {
      title: '服务内容',
      package: {
        title: '政策服务包',
        body: '按行动方案逐条匹配企业可享受的支持措施，列明金额区间、依据条款、缺少的信息与责任单位。',
      },
      appeals: {
        title: '诉求办理',
        body: '提交用地、用工、融资等诉求，服务管家派单至责任单位，按工作日时限跟踪办理并评价满意度。',
      },
      notices: {
        title: '辅导培训',
        body: '行业协会发布政策宣讲与培训通知，面向相关企业精准推送，在线报名。',
      },
    },
    basis: '政策依据：沪府办规〔2025〕20号，有效期 2026年1月1日 至 2028年12月31日。',
  },
  account: {
    title: '账户信息',
    loading: '正在读取账户信息…',
    username: '用户名',
    subject: '用户标识',
    roles: '角色',
    enterpriseUscc: '统一社会信用代码',
    bureau: '责任单位',
    association: '行业协会',
    none: '—',
    failed: '无法读取账户信息',
  },
  upcoming: {
    description: '该功能正在建设中，将在后续版本上线。',
    back: '返回首页',
  },
  errors: {
    forbiddenTitle: '无权访问',
    forbiddenBody: '当前账号没有访问此页面的权限。',
    notFoundTitle: '页面不存在',
    notFoundBody: '您访问的页面不存在或已被移除。',
    backHome: '返回首页',
  },
}
