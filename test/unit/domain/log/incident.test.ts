import { describe, expect, it } from 'vitest'
import { actionStatus, actionsFromPlaybook, clockText, incidentProblems } from '@/domain/log/incident'
import { DEFAULT_PLAYBOOK, playbookProblems } from '@/domain/log/playbook'

const NOW = 1_700_000_000_000
const MIN = 60_000

describe('the ten first-time actions', () => {
  it('ship as the default playbook, ten actions each with a target', () => {
    expect(DEFAULT_PLAYBOOK.actions).toHaveLength(10)
    expect(playbookProblems(DEFAULT_PLAYBOOK)).toEqual([])
    expect(DEFAULT_PLAYBOOK.actions.map((a) => a.title)).toContain('第一时间开展流调')
  })

  it('an action is pending, overdue after its target, done or done late', () => {
    const incident = { reportedAt: NOW }
    const [report] = actionsFromPlaybook(DEFAULT_PLAYBOOK) // 60 minutes
    expect(actionStatus(incident, report, NOW + 59 * MIN)).toBe('pending')
    expect(actionStatus(incident, report, NOW + 61 * MIN)).toBe('overdue')
    expect(actionStatus(incident, { ...report, doneAt: NOW + 30 * MIN }, NOW + 90 * MIN)).toBe('done')
    expect(actionStatus(incident, { ...report, doneAt: NOW + 70 * MIN }, NOW + 90 * MIN)).toBe('done-late')
  })

  it('the running clock reads h:mm:ss', () => {
    expect(clockText(3 * 3600_000 + 5 * MIN + 9000)).toBe('3:05:09')
    expect(clockText(-12 * MIN)).toBe('-0:12:00')
  })
})

describe('incident and playbook input', () => {
  it('needs a description and a report time that is not in the future', () => {
    const input = { title: '青龙村 阳性 1 例', villageId: '', reportedAt: NOW, playbookId: DEFAULT_PLAYBOOK.id }
    expect(incidentProblems(input, NOW)).toEqual([])
    expect(incidentProblems({ ...input, title: '' }, NOW).map((p) => p.code)).toEqual(['incident.titleRequired'])
    expect(incidentProblems({ ...input, reportedAt: NOW + 3600_000 }, NOW).map((p) => p.code)).toEqual([
      'log.timeFuture',
    ])
  })

  it('a playbook needs a name, actions with titles and targets of 1 minute to a week', () => {
    const codes = playbookProblems({
      id: 'p',
      name: '',
      actions: [
        { key: 'a', title: '', targetMinutes: 30 },
        { key: 'b', title: '封存', targetMinutes: 0 },
      ],
    }).map((p) => p.code)
    expect(codes).toEqual(['playbook.nameRequired', 'playbook.actionTitleRequired', 'playbook.targetRange'])
    expect(playbookProblems({ id: 'p', name: 'x', actions: [] }).map((p) => p.code)).toEqual(['playbook.noActions'])
  })
})
