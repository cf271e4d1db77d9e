import appeals from './appeals/zh-CN.json'
import notices from './notices/zh-CN.json'
import openData from './open-data/zh-CN.json'
import answers from './answers/zh-CN.json'
import shell from './shell/zh-CN.json'
import profile from './profile/zh-CN.json'
import packagePage from './package/zh-CN.json'
import measures from './measures/zh-CN.json'

/** The enterprise portal's messages in Chinese: one JSON file a part (`<part>/zh-CN.json`), English beside it (`<part>/en.json`). */
export default { ...appeals, ...notices, ...openData, ...answers, ...shell, ...profile, ...packagePage, ...measures }
