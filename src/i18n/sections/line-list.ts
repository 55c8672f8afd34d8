// Texts of the line list (列表录入): the grid's headers, states, buttons and summary, and the messages of the
// problem codes its row reader adds (`lineList.*`). vue-i18n syntax: no bare @ or | in a message.

/** The Chinese texts of the line list. */
export const lineListZh = {
  lineList: {
    open: '列表录入',
    title: '列表录入（可从 Excel 粘贴）',
    hint: '方向键、Tab、Enter 在格子间移动；选中格子直接打字即可填写，F2 或双击修改，Delete 清除，Esc 取消。在 Excel 或 WPS 中选中若干行复制，点一个格子按 Ctrl+V 粘贴；第一行是表头时按列名对应。空着的证件类型按“身份证”、人员类别按“外出返乡”，性别和出生日期按身份证号自动填写。',
    number: '序号',
    status: '状态',
    columns: {
      name: '姓名',
      documentType: '证件类型',
      documentNumber: '证件号码',
      sex: '性别',
      birthDate: '出生日期',
      phones: '联系电话',
      village: '所属村（社区）',
      grid: '网格（组）',
      address: '现住址',
      kind: '人员类别',
      origin: '从何地来',
      departureDate: '出发日期',
      arrivalDate: '抵达日期',
      transport: '交通方式',
      transportNumber: '车次/航班',
      healthCode: '健康码',
      nucleicAcidDate: '核酸日期',
      nucleicAcidResult: '核酸结果',
      notes: '备注',
    },
    states: {
      pending: '待保存',
      warning: '警告',
      error: '有错误',
      saving: '保存中…',
      saved: '已保存',
    },
    outcomes: { 'new-person': '已保存（新登记）', 'new-episode': '已保存（已在册新增记录）' },
    addRows: '添加 {n} 行',
    removeSaved: '移除已保存的行',
    saveValid: '保存无误的行',
    counts: '共 {rows} 行：待保存 {pending}，警告 {warning}，有错误 {error}，已保存 {saved}',
    progress: '正在保存：{done} / {total}',
    nothingToSave: '没有可以保存的行：请先填写或粘贴人员信息。',
    summary: {
      saved: '已保存 {saved} 行（新登记 {people} 人，已在册人员新增记录 {episodes} 条）。',
      warned: '其中 {n} 行有需核实的信息（黄色格子），已保存并标记。',
      duplicates: '发现 {n} 条疑似重复，已放入“疑似重复”待核对。',
      errors: '还有 {n} 行有错误（红色格子），未保存，请改正后再点“保存无误的行”。',
    },
    confirmClose: '还有 {n} 行没有保存，关闭后这些内容将丢失。确定关闭吗？',
    confirmTitle: '关闭列表录入',
  },
  problems: {
    lineList: {
      documentType: {
        unknown:
          '证件类型“{value}”无法识别。可填：身份证、港澳台居民居住证、护照、外国人永久居留身份证、无证件；空着按身份证。',
      },
      sex: { unknown: '性别“{value}”无法识别，请填“男”或“女”；空着则按身份证号自动填写。' },
      kind: {
        unknown:
          '人员类别“{value}”无法识别。可填：外出返乡、外来人员、入境人员、密切接触者、次密切接触者、县级推送名单；空着按外出返乡。',
        needsForm: '密切接触者和次密切接触者要填写关联的病例或密接，列表里没有这一栏，请用“登记人员”表单登记。',
      },
      transport: { unknown: '交通方式“{value}”无法识别。可填：火车、飞机、自驾、客车、轮船、其他。' },
      healthCode: { unknown: '健康码“{value}”无法识别，请填绿码、黄码或红码。' },
      nucleicAcidResult: { unknown: '核酸结果“{value}”无法识别，请填阴性、阳性或待出。' },
      grid: {
        unknown: '{village}没有网格（组）“{value}”，可填：{names}。',
        noVillage: '先填写所属村（社区），才能选网格（组）。',
      },
      date: { unreadable: '日期“{value}”无法识别，可写成 2021-01-08、2021/1/8、2021.1.8 或 1月8日。' },
      village: {
        missing: '没有填写所属村（社区），请尽快补充。',
        unknown: '没有找到村（社区）“{value}”，请输入本乡镇的村名或拼音首字母（如 qlc）。',
        ambiguous: '“{value}”同时符合{names}，请把村名写完整。',
      },
      saveFailed: '保存失败：{message}',
    },
  },
}

/** The English texts, with the same keys as {@link lineListZh}. */
export const lineListEn: typeof lineListZh = {
  lineList: {
    open: 'Line list',
    title: 'Line list (paste from Excel)',
    hint: 'Arrows, Tab and Enter move between cells; type on a selected cell to fill it, F2 or double-click to change it, Delete to clear, Esc to cancel. Copy rows in Excel or WPS, click a cell and press Ctrl+V; a header row is matched by column name. A blank document type means resident ID, a blank category means returnee; sex and birth date come from the ID number.',
    number: 'No.',
    status: 'Status',
    columns: {
      name: 'Name',
      documentType: 'Document type',
      documentNumber: 'Document number',
      sex: 'Sex',
      birthDate: 'Birth date',
      phones: 'Phone',
      village: 'Village (community)',
      grid: 'Grid (group)',
      address: 'Current address',
      kind: 'Category',
      origin: 'Coming from',
      departureDate: 'Departure date',
      arrivalDate: 'Arrival date',
      transport: 'Transport',
      transportNumber: 'Train / flight',
      healthCode: 'Health code',
      nucleicAcidDate: 'Nucleic-acid date',
      nucleicAcidResult: 'Nucleic-acid result',
      notes: 'Notes',
    },
    states: {
      pending: 'To save',
      warning: 'Warning',
      error: 'Errors',
      saving: 'Saving…',
      saved: 'Saved',
    },
    outcomes: { 'new-person': 'Saved (new person)', 'new-episode': 'Saved (known person, new record)' },
    addRows: 'Add {n} rows',
    removeSaved: 'Remove saved rows',
    saveValid: 'Save rows without errors',
    counts: '{rows} rows: {pending} to save, {warning} with warnings, {error} with errors, {saved} saved',
    progress: 'Saving: {done} / {total}',
    nothingToSave: 'Nothing to save: type or paste people first.',
    summary: {
      saved: 'Saved {saved} rows ({people} new people, {episodes} new records of known people). ',
      warned: '{n} of them need checking (amber cells) and were saved with a flag. ',
      duplicates: '{n} likely duplicates were queued for review. ',
      errors: '{n} rows have errors (red cells) and were not saved; correct them and save again.',
    },
    confirmClose: '{n} rows are not saved and will be lost. Close anyway?',
    confirmTitle: 'Close the line list',
  },
  problems: {
    lineList: {
      documentType: {
        unknown:
          'Document type “{value}” is not recognised. Use resident ID, HK/Macao/Taiwan permit, passport, foreigner’s permanent residence card or none; blank means resident ID.',
      },
      sex: { unknown: 'Sex “{value}” is not recognised: use 男 or 女, or leave it blank to take it from the ID.' },
      kind: {
        unknown:
          'Category “{value}” is not recognised. Use returnee, incoming, inbound, close contact, secondary contact or county list; blank means returnee.',
        needsForm:
          'Close and secondary contacts need the case they are linked to, which the line list has no column for: register them with the form.',
      },
      transport: { unknown: 'Transport “{value}” is not recognised. Use train, flight, car, bus, ship or other.' },
      healthCode: { unknown: 'Health code “{value}” is not recognised: use green, yellow or red.' },
      nucleicAcidResult: { unknown: 'Nucleic-acid result “{value}” is not recognised: use 阴性, 阳性 or 待出.' },
      grid: {
        unknown: '{village} has no grid “{value}”; its grids are {names}.',
        noVillage: 'Give the village first, then its grid.',
      },
      date: { unreadable: 'Date “{value}” is not recognised; write 2021-01-08, 2021/1/8, 2021.1.8 or 1月8日.' },
      village: {
        missing: 'No village given; add it soon.',
        unknown: 'No village “{value}” in this township: type its name or pinyin initials (e.g. qlc).',
        ambiguous: '“{value}” matches {names}: write the village name in full.',
      },
      saveFailed: 'Saving failed: {message}',
    },
  },
}
