import type { CategoryRule, RulePack } from './rule-pack'

// Figures from the national schemes as summarised in DOMAIN.md ("Rules are data, not constants"). Categories the
// summary does not give (returnees, incoming people) are filled with the scheme's usual figures for people from
// risk areas and marked as examples in docs/rule-packs.md: a township checks them against the document in force.

const centralized = (days: number, testDays: number[]) => ({ type: 'centralized' as const, days, testDays })

function rule(
  segments: CategoryRule['segments'],
  note: string,
  release: CategoryRule['release'] = 'last-test-negative',
) {
  return { segments, release, note }
}

/** 第八版 (2021-05): close contacts 14 days centralized + 7 days home health monitoring, tests days 1/4/7/14. */
export const COVID_EDITION_8: RulePack = {
  id: 'covid-8',
  version: 1,
  name: '新冠肺炎防控方案（第八版）',
  disease: '新型冠状病毒肺炎',
  document: '联防联控机制综发〔2021〕51号',
  effectiveFrom: '2021-05-11',
  effectiveTo: '2022-06-27',
  dayCounting: 'day-0',
  categories: {
    'close-contact': rule(
      [centralized(14, [1, 4, 7, 14]), { type: 'home-monitoring', days: 7, testDays: [2, 7] }],
      '14天集中隔离医学观察＋7天居家健康监测',
    ),
    'secondary-contact': rule([centralized(7, [1, 4, 7])], '7天集中隔离医学观察'),
    inbound: rule(
      [centralized(14, [1, 4, 7, 14]), { type: 'home-monitoring', days: 7, testDays: [2, 7] }],
      '14天集中隔离＋7天居家健康监测',
    ),
    returnee: rule(
      [{ type: 'home-monitoring', days: 14, testDays: [1, 7, 14] }],
      '中高风险地区返乡：14天居家健康监测（示例）',
    ),
    incoming: rule(
      [{ type: 'home-monitoring', days: 14, testDays: [1, 7, 14] }],
      '中高风险地区来访：14天居家健康监测（示例）',
    ),
  },
}

/** 第九版 (2022-06): close contacts 7 days centralized + 3 days home health monitoring, tests 1/2/3/5/7 and home day 3. */
export const COVID_EDITION_9: RulePack = {
  id: 'covid-9',
  version: 1,
  name: '新冠肺炎防控方案（第九版）',
  disease: '新型冠状病毒肺炎',
  document: '联防联控机制综发〔2022〕71号',
  effectiveFrom: '2022-06-28',
  effectiveTo: '2022-11-10',
  dayCounting: 'day-0',
  categories: {
    'close-contact': rule(
      [centralized(7, [1, 2, 3, 5, 7]), { type: 'home-monitoring', days: 3, testDays: [3] }],
      '7天集中隔离＋3天居家健康监测',
    ),
    'secondary-contact': rule([{ type: 'home-quarantine', days: 7, testDays: [1, 4, 7] }], '7天居家隔离'),
    inbound: rule(
      [centralized(7, [1, 2, 3, 5, 7]), { type: 'home-monitoring', days: 3, testDays: [3] }],
      '7天集中隔离＋3天居家健康监测',
    ),
    returnee: rule([{ type: 'home-quarantine', days: 7, testDays: [1, 4, 7] }], '中风险地区返乡：7天居家隔离（示例）'),
    incoming: rule(
      [{ type: 'self-monitoring', days: 3, testDays: [1, 3] }],
      '低风险地区来访：三天两检（示例）',
      'days-complete',
    ),
  },
}

/** 二十条 (2022-11-11): close contacts 5 days centralized + 3 days home quarantine; secondary contacts no longer traced. */
export const COVID_TWENTY_MEASURES: RulePack = {
  id: 'covid-20',
  version: 1,
  name: '进一步优化防控工作的二十条措施',
  disease: '新型冠状病毒肺炎',
  document: '联防联控机制综发〔2022〕101号',
  effectiveFrom: '2022-11-11',
  effectiveTo: '2022-12-06',
  dayCounting: 'day-0',
  categories: {
    'close-contact': rule(
      [centralized(5, [1, 2, 3, 5]), { type: 'home-quarantine', days: 3, testDays: [1, 3] }],
      '5天集中隔离＋3天居家隔离（次密接不再判定）',
    ),
    inbound: rule(
      [centralized(5, [1, 2, 3, 5]), { type: 'home-quarantine', days: 3, testDays: [1, 3] }],
      '5天集中隔离＋3天居家隔离',
    ),
    returnee: rule(
      [{ type: 'home-quarantine', days: 5, testDays: [1, 3, 5] }],
      '高风险区外溢人员：5天居家隔离（示例）',
    ),
  },
}

/** 新十条 (2022-12-07): close contacts 5 days home quarantine, released after a negative test on day 5. */
export const COVID_TEN_MEASURES: RulePack = {
  id: 'covid-10',
  version: 1,
  name: '进一步优化落实新冠肺炎疫情防控措施的通知（新十条）',
  disease: '新型冠状病毒肺炎',
  document: '联防联控机制综发〔2022〕113号',
  effectiveFrom: '2022-12-07',
  effectiveTo: '2023-01-07',
  dayCounting: 'day-0',
  categories: {
    'close-contact': rule([{ type: 'home-quarantine', days: 5, testDays: [5] }], '5天居家隔离，第5天核酸阴性后解除'),
    inbound: rule(
      [centralized(5, [1, 2, 3, 5]), { type: 'home-quarantine', days: 3, testDays: [1, 3] }],
      '入境人员仍为5天集中隔离＋3天居家隔离',
    ),
  },
}

/** The national packs shipped as dated examples, oldest first. */
export const NATIONAL_PACKS: readonly RulePack[] = [
  COVID_EDITION_8,
  COVID_EDITION_9,
  COVID_TWENTY_MEASURES,
  COVID_TEN_MEASURES,
]
