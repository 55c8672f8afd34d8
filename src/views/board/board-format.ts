import type { FigureKey } from '@/domain/figures/figure-keys'
import type { FigureValue } from '@/domain/figures/figure-value'

/** Figures where a rise is good news (people released, samples taken): shown green, not red. */
const GOOD_WHEN_UP = new Set<FigureKey>(['releases', 'tests.done'])

/** The change line of a tile: `+3`, `−2`, `0` or null when not kept, and whether it is good or bad news. */
export function changeOf(key: FigureKey, figure: FigureValue | undefined): { text: string; tone: string } | null {
  if (!figure || figure.change === null) return null
  const { change } = figure
  if (change === 0) return { text: '0', tone: 'flat' }
  const up = change > 0
  const good = GOOD_WHEN_UP.has(key) ? up : !up
  return { text: `${up ? '+' : '−'}${Math.abs(change)}`, tone: good ? 'good' : 'bad' }
}

/** `11-29 18:00` for a deadline on the board. */
export function shortDateTime(instant: number): string {
  const d = new Date(instant)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** `14:32` */
export function clockTime(instant: number): string {
  return shortDateTime(instant).slice(6)
}
