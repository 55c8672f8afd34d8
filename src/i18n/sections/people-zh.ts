// Labels of the people register and the messages of the problem codes of domain/person (person-rules.ts).
// A value of '' in the domain (no health code seen, no test, no transport) is shown with the `none` label.
// vue-i18n syntax: no bare @ or | in a message (linked keys and plurals).
import type {
  DocumentCheck,
  DocumentType,
  EpisodeKind,
  ResponsiblePeople,
  RiskLevel,
  Sex,
} from '@/domain/person/person'
import type { DuplicateReason } from '@/domain/person/matching'

/** The Chinese labels and messages of the people register: what a township clerk reads. */
export const peopleZh = {
  people: {
    documentTypes: {
      'resident-id': '身份证',
      'hmt-permit': '港澳台居民居住证',
      passport: '护照',
      'foreign-permanent': '外国人永久居留身份证',
      none: '无证件',
    } satisfies Record<DocumentType, string>,
    sexes: { male: '男', female: '女', unknown: '未知' } satisfies Record<Sex, string>,
    episodeKinds: {
      returnee: '外出返乡',
      incoming: '外来人员',
      inbound: '入境人员',
      'close-contact': '密切接触者',
      'secondary-contact': '次密切接触者',
      'county-list': '县级推送名单',
    } satisfies Record<EpisodeKind, string>,
    riskLevels: {
      none: '无风险',
      low: '低风险',
      medium: '中风险',
      high: '高风险',
      unknown: '未知',
    } satisfies Record<RiskLevel, string>,
    healthCodeColours: { green: '绿码', yellow: '黄码', red: '红码', none: '未查验' },
    testResults: { negative: '阴性', positive: '阳性', pending: '待出结果', none: '无核酸证明' },
    transports: {
      train: '火车',
      flight: '飞机',
      car: '自驾',
      bus: '客车',
      ship: '轮船',
      other: '其他',
      none: '未填写',
    },
    responsibleRoles: {
      townshipCadre: '乡镇干部',
      villageCadre: '村干部',
      police: '民警',
      doctor: '村医',
      gridMember: '网格员',
    } satisfies Record<keyof ResponsiblePeople, string>,
    documentChecks: {
      ok: '已通过校验',
      'needs-checking': '需核实',
      damaged: '已被Excel损坏',
      'not-checked': '未校验',
    } satisfies Record<DocumentCheck, string>,
    duplicateReasons: {
      sameDocument: '证件号码相同',
      namePhone: '姓名和电话相同',
      nameBirthDate: '姓名和出生日期相同',
      documentOneOff: '证件号码只差一位',
      documentSwapped: '证件号码有两位相邻数字颠倒',
    } satisfies Record<DuplicateReason, string>,
    fields: {
      name: '姓名',
      documentType: '证件类型',
      documentNumber: '证件号码',
      sex: '性别',
      birthDate: '出生日期',
      phones: '联系电话',
      village: '所属村（社区）',
      grid: '网格',
      household: '户',
      address: '现住址',
      notes: '备注',
      responsible: '五包一责任人',
      kind: '人员类别',
      origin: '从何地来',
      originRisk: '来源地风险等级',
      departureDate: '出发日期',
      arrivalDate: '抵达日期',
      transport: '交通方式',
      transportNumber: '车次/航班/车牌',
      healthCode: '健康码',
      nucleicAcid: '核酸检测',
      symptoms: '症状',
      indexCase: '关联病例',
      contactOf: '关联密接',
    },
    notes: {
      upgradedFrom15: '15 位老身份证号“{value}”已自动升级为 18 位。',
      assumedYear: '日期“{value}”没有写年份，已按 {year} 年处理，请确认。',
    },
  },
  problems: {
    person: {
      name: {
        required: '请填写姓名。',
        length: '姓名“{value}”的长度不对：应为 2 到 {max} 个字。',
        characters: '姓名“{value}”里有数字或符号。姓名只能是文字，少数民族姓名中间可用“·”；备注请写到备注栏。',
      },
      document: {
        missing: '没有填写证件号码。如果本人确实没有证件，请把证件类型选为“无证件”。',
        length: '证件号码“{value}”的位数不对（身份证、居住证为 18 位，老身份证 15 位，护照 5 到 20 位），请核对。',
        characters: '证件号码“{value}”里有不该出现的字符（身份证号只有数字，最后一位可以是 X），请核对。',
        region: '证件号码“{value}”的开头几位不是有效的地区代码，请核对是否输错。',
        birthDate: '证件号码“{value}”中的出生日期不存在、晚于今天或早于 1900 年，请核对。',
        checkCharacter: '证件号码“{value}”的校验位不对，说明有数字输错了，请向本人核对。已保存并标记为“需核实”。',
        excelScientific:
          '身份证号“{value}”已被 Excel 损坏（变成了科学计数法），后几位已经丢失，请向本人或村里重新核对完整号码。',
        excelZeros: '身份证号“{value}”已被 Excel 损坏（末三位变成了 000），请向本人或村里重新核对完整号码。',
        excelNumber:
          '身份证号“{value}”在表格里被存成了数字，Excel 只保留 15 位，后几位已经丢失，请向本人或村里重新核对完整号码。',
      },
      phone: {
        invalid: '电话号码“{value}”看起来不对。手机号为 11 位（以 1 开头），座机如 0835-1234567。',
      },
      sex: {
        mismatch: '所填性别与身份证号“{value}”不一致（第 17 位单数为男，双数为女），请核对。',
      },
      birthDate: {
        invalid: '出生日期“{value}”不是有效日期（应为 1900 年以后的真实日期）。',
        future: '出生日期“{value}”晚于今天（{today}），请核对。',
        mismatch: '出生日期“{value}”与身份证号中的出生日期（{document}）不一致，请核对。',
      },
    },
    episode: {
      date: {
        invalid: '日期“{value}”不是有效日期，请按 年-月-日 填写。',
        future: '日期“{value}”晚于今天（{today}），请核对。',
      },
      arrivalBeforeDeparture: '抵达日期“{value}”早于出发日期（{departure}），请核对。',
      indexCase: { required: '密切接触者必须填写关联的病例。' },
      contactOf: { required: '次密切接触者必须填写关联的密切接触者。' },
      origin: { missing: '没有填写从何地来（省、市、县等），请尽快补充。' },
      arrivalDate: { missing: '没有填写抵达日期，请尽快补充。' },
    },
  },
}
