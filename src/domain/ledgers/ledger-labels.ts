// Chinese words a ledger writes for the registers' codes. Ledgers are county paperwork, written in Chinese
// whatever the screen's language (as the pack's README is).

type Labels = Record<string, string>

/** The label of a code, or the code itself when it has none (never an empty cell for a value that exists). */
export const label = (labels: Labels, code: unknown): string => (typeof code === 'string' ? (labels[code] ?? code) : '')

export const DOCUMENT_TYPES: Labels = {
  'resident-id': '居民身份证',
  'hmt-permit': '港澳台通行证',
  passport: '护照',
  'foreign-permanent': '外国人永久居留证',
  none: '无证件',
}
export const SEXES: Labels = { male: '男', female: '女', unknown: '未知' }
export const EPISODE_KINDS: Labels = {
  returnee: '外出返乡',
  incoming: '外来人员',
  inbound: '入境人员',
  'close-contact': '密切接触者',
  'secondary-contact': '次密切接触者',
  'county-list': '县级推送',
}
export const TRANSPORTS: Labels = {
  train: '火车',
  flight: '飞机',
  car: '自驾',
  bus: '客车',
  ship: '轮船',
  other: '其他',
}
export const HEALTH_CODES: Labels = { green: '绿码', yellow: '黄码', red: '红码' }
export const TEST_RESULTS: Labels = {
  negative: '阴性',
  positive: '阳性',
  pending: '待出结果',
  scheduled: '待采样',
  'not-done': '未采样',
}
export const MEASURE_TYPES: Labels = {
  centralized: '集中隔离',
  'home-quarantine': '居家隔离',
  'home-monitoring': '居家健康监测',
  'self-monitoring': '自我健康监测',
  hospital: '转院治疗',
}
export const MEASURE_STATUS: Labels = { active: '在管', released: '已解除' }
export const RELEASE_REASONS: Labels = {
  completed: '期满解除',
  'negative-results': '核酸阴性解除',
  transferred: '转出',
  'left-area': '离开本地',
}
export const CHECK_STATUS: Labels = {
  'seen-ok': '已监测，正常',
  'seen-not-ok': '已监测，异常',
  missed: '未见到本人',
  'not-attempted': '未监测',
}
export const SYMPTOM_NAMES: Labels = {
  fever: '发热',
  'dry-cough': '干咳',
  fatigue: '乏力',
  'sore-throat': '咽痛',
  'smell-taste': '嗅（味）觉减退',
  diarrhoea: '腹泻',
}
export const VERIFICATION_RESULTS: Labels = {
  'already-screened': '前期已排查',
  'wrong-information': '信息有误',
  'missed-now-registered': '漏排（已补登）',
  'not-living-here': '不在本地居住',
  'outside-window': '超过排查期',
  'passing-through': '途经未停留',
}
export const ORDER_STATES: Labels = { open: '待办', 'in-progress': '办理中', done: '已办结' }
export const ORDER_PRIORITIES: Labels = { urgent: '特急', high: '急', normal: '一般' }
export const STOCK_KINDS: Labels = {
  receipt: '入库',
  issue: '出库',
  transfer: '调拨',
  writeOff: '报损',
  stocktake: '盘点',
  reversal: '冲销',
}
export const RISK_LEVELS: Labels = { none: '无风险', low: '低风险', medium: '中风险', high: '高风险' }
