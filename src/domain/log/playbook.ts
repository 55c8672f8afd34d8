import type { Problem } from '../common/result'

/** One action of a playbook: what, and within how many minutes of the report it should be done. */
export interface PlaybookAction {
  key: string
  title: string
  targetMinutes: number
}

/** A configurable list of actions an incident of some kind starts with. */
export interface Playbook {
  id: string
  name: string
  actions: PlaybookAction[]
}

/** The id of the built-in playbook of the ten first-time actions. */
export const DEFAULT_PLAYBOOK_ID = 'pbk_ten-first-time'

/**
 * 十个第一时间 (DOMAIN.md): the actions that start at once when a positive or suspected case is reported, with
 * the target minutes a county typically sets (editable per township).
 */
export const TEN_FIRST_TIME_ACTIONS: PlaybookAction[] = [
  { key: 'report', title: '第一时间报告疫情', targetMinutes: 60 },
  { key: 'investigate', title: '第一时间开展流调', targetMinutes: 120 },
  { key: 'quarantine', title: '第一时间隔离密接和次密接', targetMinutes: 360 },
  { key: 'assist', title: '第一时间推送协查', targetMinutes: 240 },
  { key: 'seal', title: '第一时间封控病例活动区域', targetMinutes: 180 },
  { key: 'test', title: '第一时间组织核酸检测', targetMinutes: 360 },
  { key: 'trace', title: '第一时间溯源', targetMinutes: 1440 },
  { key: 'sequence', title: '第一时间开展基因测序', targetMinutes: 1440 },
  { key: 'control', title: '第一时间管控涉疫社区和场所', targetMinutes: 240 },
  { key: 'treat', title: '第一时间救治患者', targetMinutes: 120 },
]

/** The built-in playbook, used until the township saves its own version. */
export const DEFAULT_PLAYBOOK: Playbook = {
  id: DEFAULT_PLAYBOOK_ID,
  name: '十个第一时间',
  actions: TEN_FIRST_TIME_ACTIONS,
}

/** Longest target accepted: a week. */
const MAX_TARGET_MINUTES = 7 * 24 * 60

/** Problems with an edited playbook: a name, at least one action, each with a title and a sensible target. */
export function playbookProblems(playbook: Playbook): Problem[] {
  const problems: Problem[] = []
  if (!playbook.name.trim()) problems.push({ field: 'name', code: 'playbook.nameRequired' })
  if (playbook.actions.length === 0) problems.push({ field: 'actions', code: 'playbook.noActions' })
  playbook.actions.forEach((action, i) => {
    if (!action.title.trim())
      problems.push({ field: `actions.${i}`, code: 'playbook.actionTitleRequired', params: { n: i + 1 } })
    if (
      !Number.isInteger(action.targetMinutes) ||
      action.targetMinutes < 1 ||
      action.targetMinutes > MAX_TARGET_MINUTES
    )
      problems.push({
        field: `actions.${i}`,
        code: 'playbook.targetRange',
        params: { n: i + 1, max: MAX_TARGET_MINUTES },
      })
  })
  return problems
}
