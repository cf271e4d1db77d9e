import answers from './answers/zh-CN.json'
import appeals from './appeals/zh-CN.json'
import metrics from './metrics/zh-CN.json'
import catalogue from './catalogue/zh-CN.json'
import notices from './notices/zh-CN.json'
import openData from './open-data/zh-CN.json'
import shell from './shell/zh-CN.json'
import enterprises from './enterprises/zh-CN.json'
import measurePush from './measure-push/zh-CN.json'

/** The admin app's messages in Chinese: one JSON file a part (`<part>/zh-CN.json`), English beside it (`<part>/en.json`). */
export default { ...answers, ...appeals, ...metrics, ...catalogue, ...notices, ...openData, ...shell, ...enterprises, ...measurePush }
