import type { LogKind } from '../log/log-entry'
import type { OrderEventKind, OrderOwnerKind, OrderPriority } from '../log/order'

/**
 * A demo log entry: minutes before the load, and a village by its index in the township's list (-1: none);
 * `{村}` in the counterpart or content stands for that village's name.
 */
export interface DemoLogEntry {
  minutesAgo: number
  kind: LogKind
  counterpart: string
  phone: string
  village: number
  content: string
  handling: string
}

/** A demo order: deadline in minutes from the load (negative: overdue), events in order. */
export interface DemoOrder {
  minutesAgo: number
  title: string
  ownerKind: OrderOwnerKind
  owner: string
  village: number
  deadlineIn: number
  priority: OrderPriority
  source: string
  events: { kind: OrderEventKind; text: string }[]
}

/** The demo's wartime log: a duty shift's calls, reports and decisions, the last ten hours before the load. */
export const DEMO_LOG: readonly DemoLogEntry[] = [
  {
    minutesAgo: 590,
    kind: 'instruction',
    counterpart: '县指挥部办公室',
    phone: '0835-6522110',
    village: -1,
    content: '通知：今日起对外省返乡人员落实"落地检"，24 小时内完成首次核酸',
    handling: '已转告各村，并在调度会上部署',
  },
  {
    minutesAgo: 540,
    kind: 'call-in',
    counterpart: '{村} 王书记',
    phone: '13981601234',
    village: 0,
    content: '报告昨晚返乡 3 人（成都 2 人、重庆 1 人），均持 48 小时核酸阴性证明',
    handling: '已登记，通知村医上门测温',
  },
  {
    minutesAgo: 505,
    kind: 'decision',
    counterpart: '',
    phone: '',
    village: -1,
    content: '调度会决定：明日 8:00 起在镇卫生院设固定采样点，各村按时段组织群众采样',
    handling: '由卫生院牵头，各村配合',
  },
  {
    minutesAgo: 470,
    kind: 'call-in',
    counterpart: '卫生院 李院长',
    phone: '13890011223',
    village: -1,
    content: '报告采样管剩余 1200 支，预计可用 2 天',
    handling: '已报县指挥部物资组申请补充',
  },
  {
    minutesAgo: 430,
    kind: 'supplies',
    counterpart: '县物资组 周科长',
    phone: '13541100987',
    village: -1,
    content: '县物资组回复：明日上午配送采样管 3000 支、防护服 200 套',
    handling: '通知镇物资库做好接收',
  },
  {
    minutesAgo: 380,
    kind: 'call-in',
    counterpart: '{村} 网格员 赵敏',
    phone: '15182605566',
    village: 1,
    content: '报告辖区药店登记购买退热药 2 人，已上门核实',
    handling: '已安排村医随访，明早复测体温',
  },
  {
    minutesAgo: 330,
    kind: 'call-out',
    counterpart: '{村} 村医 陈医生',
    phone: '13778809911',
    village: 2,
    content: '询问居家隔离人员今日两次体温是否已上报',
    handling: '村医称下午体温稍后报，已提醒 17:00 前报',
  },
  {
    minutesAgo: 290,
    kind: 'inspection',
    counterpart: '镇纪委 孙书记',
    phone: '',
    village: 3,
    content: '督查{村}农贸市场"防疫四宝"落实情况：扫码登记缺人值守',
    handling: '已要求市场管理方立即整改，明日复查',
  },
  {
    minutesAgo: 240,
    kind: 'report',
    counterpart: '{村} 王书记',
    phone: '13981601234',
    village: 0,
    content: '返乡 3 人首次核酸均已采样，结果待出',
    handling: '已记录，结果出后回报',
  },
  {
    minutesAgo: 190,
    kind: 'notice',
    counterpart: '',
    phone: '',
    village: -1,
    content: '通知各村：本周六起暂停集市，红事缓办、白事简办',
    handling: '已在各村微信群转发',
  },
  {
    minutesAgo: 150,
    kind: 'call-in',
    counterpart: '县疾控中心',
    phone: '0835-6521234',
    village: 4,
    content: '协查：一名外省密接人员现居本镇{村}，请立即核实并落实集中隔离',
    handling: '已启动核查，交办桃园村',
  },
  {
    minutesAgo: 95,
    kind: 'call-in',
    counterpart: '{村} 刘主任',
    phone: '13696320021',
    village: 4,
    content: '核实协查人员已找到，本人在家，已通知不得外出',
    handling: '联系转运车辆，送集中隔离点',
  },
  {
    minutesAgo: 55,
    kind: 'call-in',
    counterpart: '{村} 网格员 赵敏',
    phone: '15182605566',
    village: 1,
    content: '购退热药 2 人复测体温正常（36.5℃、36.7℃）',
    handling: '继续观察 3 天',
  },
  {
    minutesAgo: 20,
    kind: 'other',
    counterpart: '',
    phone: '',
    village: -1,
    content: '值班电话线路检查正常，备用手机已充电',
    handling: '',
  },
]

/** The demo's dispatch orders: one overdue, some open, one in progress, one done. */
export const DEMO_ORDERS: readonly DemoOrder[] = [
  {
    minutesAgo: 500,
    title: '落实明日固定采样点场地、人员和排班',
    ownerKind: 'staff',
    owner: '李院长',
    village: -1,
    deadlineIn: 240,
    priority: 'high',
    source: '当日调度会',
    events: [{ kind: 'feedback', text: '场地已定在卫生院门诊楼前，人员排班表今晚报' }],
  },
  {
    minutesAgo: 285,
    title: '农贸市场扫码登记安排专人值守并整改',
    ownerKind: 'team',
    owner: '市场监管组',
    village: 3,
    deadlineIn: -45,
    priority: 'urgent',
    source: '督查发现问题',
    events: [{ kind: 'reminder', text: '电话催办，对方称正在协调人员' }],
  },
  {
    minutesAgo: 145,
    title: '协查人员转运集中隔离并反馈县疾控',
    ownerKind: 'village',
    owner: '',
    village: 4,
    deadlineIn: 90,
    priority: 'urgent',
    source: '县疾控协查函',
    events: [],
  },
  {
    minutesAgo: 120,
    title: '统计各村居家隔离人员体温上报情况',
    ownerKind: 'staff',
    owner: '陈文书',
    village: -1,
    deadlineIn: 420,
    priority: 'normal',
    source: '值班长安排',
    events: [],
  },
  {
    minutesAgo: 420,
    title: '接收县物资组配送的采样管和防护服',
    ownerKind: 'team',
    owner: '物资保障组',
    village: -1,
    deadlineIn: 900,
    priority: 'normal',
    source: '县物资组通知',
    events: [{ kind: 'done', text: '已与物资库确认接收人员和时间' }],
  },
]
