import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { meetingTitle } from '@/domain/board/meeting'
import type { OrderOwnerKind, OrderPriority } from '@/domain/log/order'
import { useProblems } from '@/composables/use-problems'
import { useBoardStore } from '@/stores/board'
import { useVillagesStore } from '@/stores/villages'

const nextQuarter = (hours: number) => new Date(Math.ceil((Date.now() + hours * 3600_000) / 900_000) * 900_000)

/** The meeting record typed during the meeting: start, attendees, decisions, orders, close. */
export function useMeeting(villageId: () => string | null) {
  const { t } = useI18n()
  const board = useBoardStore()
  const villages = useVillagesStore()
  const problems = useProblems()
  const busy = ref(false)
  const meeting = computed(() => board.data?.meeting ?? null)
  const open = computed(() => meeting.value !== null && meeting.value.endedAt === undefined)
  const start = reactive({ title: meetingTitle(Date.now()), attendees: '' })
  const attendees = ref(meeting.value?.attendees.join('、') ?? '')
  const decision = ref('')
  const order = reactive({
    title: '',
    ownerKind: 'village' as OrderOwnerKind,
    ownerName: '',
    ownerVillageId: villageId() ?? '',
    deadline: nextQuarter(4),
    priority: 'high' as OrderPriority,
  })

  async function run(work: () => Promise<unknown>, done: string) {
    if (busy.value) return
    busy.value = true
    try {
      await work()
      problems.clear()
      ElMessage.success(t(done))
    } catch (e) {
      problems.fail(e)
    } finally {
      busy.value = false
    }
  }

  const begin = () =>
    run(async () => {
      const m = await board.start(start.title, start.attendees)
      attendees.value = m.attendees.join('、')
    }, 'board.meeting.started')
  const saveAttendees = () => run(() => board.changeAttendees(attendees.value), 'board.meeting.attendeesSaved')
  const decide = () =>
    run(async () => {
      await board.decide(decision.value)
      decision.value = ''
    }, 'board.meeting.decided')
  const issue = () =>
    run(async () => {
      const village = villages.active.find((v) => v.id === order.ownerVillageId)
      const byVillage = order.ownerKind === 'village'
      await board.order({
        title: order.title,
        ownerKind: order.ownerKind,
        ownerName: byVillage ? (village?.name ?? '') : order.ownerName,
        ownerVillageId: byVillage ? order.ownerVillageId : undefined,
        deadline: order.deadline ? order.deadline.getTime() : NaN,
        priority: order.priority,
      })
      order.title = ''
    }, 'board.meeting.issued')
  async function end() {
    try {
      await ElMessageBox.confirm(t('board.meeting.endConfirm'), t('board.meeting.end'), { type: 'warning' })
    } catch {
      return
    }
    await run(() => board.end(), 'board.meeting.ended')
  }

  return { meeting, open, start, attendees, decision, order, problems, busy, begin, saveAttendees, decide, issue, end }
}
