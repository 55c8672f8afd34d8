import { ElMessageBox } from 'element-plus'
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import type { ReportKind, ReportNarrative } from '@/domain/reports/daily-report'
import { nothingNew } from '@/domain/reports/report-rules'
import { saveBytes } from '@/views/county-lists/save-bytes'
import { useReportsStore } from '@/stores/reports'
import { useSessionStore } from '@/stores/session'
import { useReportStep } from './use-report-step'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The report screen's state and steps: which version is shown, what may be done to it, and each action. */
export function useReportsPage() {
  const { t } = useI18n()
  const router = useRouter()
  const store = useReportsStore()
  const session = useSessionStore()
  const { busy, errors, run } = useReportStep()
  /** An older version picked from the list (read only); undefined shows the newest. */
  const viewingId = ref<string>()

  const viewed = computed(() => store.versions.find((v) => v.id === viewingId.value) ?? store.current)
  const newest = computed(() => viewed.value !== undefined && viewed.value.id === store.current?.id)
  const editable = computed(
    () => newest.value && viewed.value?.status === 'draft' && !viewed.value.preparedBy && session.can('reports.write'),
  )
  /** The zero report is proposed when nothing new happened and the draft is still a daily report. */
  const proposeZero = computed(
    () => editable.value && viewed.value?.kind === 'daily' && nothingNew(viewed.value.figures),
  )

  async function openDay(day: string) {
    viewingId.value = undefined
    errors.value = []
    await store.watchDay(day)
  }

  const id = () => viewed.value!.id
  const start = () => run(() => store.start())
  const refresh = () => run(() => store.refresh(id()), t('reports.refreshed'))
  const save = (text: ReportNarrative) => run(() => store.save(id(), text), t('reports.saved'))
  const setKind = (kind: ReportKind) =>
    run(() => store.setKind(id(), kind), t('reports.switched', { kind: t(`reports.kinds.${kind}`) }))
  const sign = () => run(() => store.sign(id()))
  const review = () => run(() => store.review(id()))
  const approve = () => run(() => store.approve(id()))

  async function unsign() {
    const ok = await ElMessageBox.confirm(t('reports.unsignConfirm'), t('reports.unsign'), { type: 'warning' }).catch(
      () => false,
    )
    if (ok) await run(() => store.unsign(id()))
  }

  async function submit() {
    const report = viewed.value!
    const message = t('reports.submitConfirm', { date: report.reportDate, kind: t(`reports.kinds.${report.kind}`) })
    const ok = await ElMessageBox.confirm(message, t('reports.submit'), { type: 'warning' }).catch(() => false)
    if (ok) await run(() => store.submit(id()), t('reports.submitted'))
  }

  async function amend(reason: string): Promise<boolean> {
    const created = await run(() => store.amend(id(), reason))
    if (created) {
      viewingId.value = undefined
      await run(async () => undefined, t('reports.amended', { n: created.version }))
    }
    return created !== undefined
  }

  async function download() {
    const file = await run(() => store.docx(viewed.value!))
    if (file) {
      saveBytes(file.bytes, file.name, DOCX_TYPE)
      await run(async () => undefined, t('reports.downloaded', { name: file.name }))
    }
  }

  const print = () => void router.push({ name: 'report-print', params: { id: id() } })

  return {
    store,
    busy,
    errors,
    viewingId,
    viewed,
    newest,
    editable,
    proposeZero,
    openDay,
    start,
    refresh,
    save,
    setKind,
    sign,
    unsign,
    review,
    approve,
    submit,
    amend,
    download,
    print,
  }
}
