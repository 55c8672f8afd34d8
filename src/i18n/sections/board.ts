// Texts of the township figures (shared by the dispatch board and the daily report) and of the board itself
// (issue 10). vue-i18n syntax: no bare @ or | in a message.

/** zh-CN: figure names (key = FigureKey), the board, meetings. */
export const boardZh = {
  figures: {
    underControl: {
      total: '在管人员',
      centralized: '集中隔离',
      'home-quarantine': '居家隔离',
      'home-monitoring': '居家健康监测',
      'self-monitoring': '自我健康监测',
      hospital: '转院治疗',
    },
    registrations: {
      total: '新增登记',
      returnee: '外出返乡',
      incoming: '外来人员',
      inbound: '入境人员',
      'close-contact': '密接',
      'secondary-contact': '次密接',
      'county-list': '县推送名单',
    },
    releases: '解除管控',
    fevers: '发热',
    tests: { due: '应检', done: '已采样', positive: '阳性', overdue: '逾期未检' },
    countyList: { unverified: '名单待核查' },
    supplies: { belowReserve: '物资低于储备' },
    orders: { open: '未办结交办', overdue: '超期交办' },
    incidents: { active: '处置中事件' },
  },
  nav: { board: '调度大屏' },
  audit: { entities: { meeting: '调度会' } },
  problems: {
    meeting: {
      titleRequired: '请填写会议名称',
      ended: '这次调度会已结束记录，不能再添加',
      decisionRequired: '请填写决定事项的内容',
    },
  },
}

/** en-US texts of the figures, the board and meetings. */
export const boardEn: typeof boardZh = {
  figures: {
    underControl: {
      total: 'Under control',
      centralized: 'Centralized quarantine',
      'home-quarantine': 'Home quarantine',
      'home-monitoring': 'Home health monitoring',
      'self-monitoring': 'Self monitoring',
      hospital: 'In hospital',
    },
    registrations: {
      total: 'New registrations',
      returnee: 'Returnees',
      incoming: 'Incoming',
      inbound: 'Inbound from abroad',
      'close-contact': 'Close contacts',
      'secondary-contact': 'Secondary contacts',
      'county-list': 'County lists',
    },
    releases: 'Released',
    fevers: 'Fevers',
    tests: { due: 'Tests due', done: 'Sampled', positive: 'Positive', overdue: 'Tests overdue' },
    countyList: { unverified: 'List rows to verify' },
    supplies: { belowReserve: 'Supplies below reserve' },
    orders: { open: 'Open orders', overdue: 'Overdue orders' },
    incidents: { active: 'Active incidents' },
  },
  nav: { board: 'Dispatch board' },
  audit: { entities: { meeting: 'Dispatch meeting' } },
  problems: {
    meeting: {
      titleRequired: 'Give the meeting a title',
      ended: 'This meeting record is closed: nothing more can be added',
      decisionRequired: 'Type the decision',
    },
  },
}
