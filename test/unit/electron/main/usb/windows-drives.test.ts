import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  createWindowsDriveLister,
  parsePowerShellDrives,
  parseWmicDrives,
  POWERSHELL_ARGS,
  WMIC_ARGS,
  type ExecFile,
} from '../../../../../electron/main/usb/windows-drives'

// Outputs recorded in the shapes Windows 10/11 give (PowerShell 5.1 ConvertTo-Json -Compress; wmic /format:csv
// with its CR CR LF line ends): a stick with a Chinese label, a write-protected stick, an empty card reader.
const recorded = (name: string) => readFileSync(new URL(`../../../../fixtures/usb/${name}`, import.meta.url), 'utf8')

const STICK = {
  mountPoint: 'E:\\',
  label: '防疫专用',
  freeBytes: 15032385536,
  totalBytes: 15502147584,
  readOnly: false,
}
const LOCKED = {
  mountPoint: 'F:\\',
  label: '可移动磁盘 (F:)',
  freeBytes: 1048576,
  totalBytes: 4026531840,
  readOnly: true,
}

describe('Windows removable drives', () => {
  it('reads PowerShell JSON: labels, free space, the lock switch; skips a card reader without a card', () => {
    expect(parsePowerShellDrives(recorded('powershell-three.json'))).toEqual([STICK, LOCKED])
  })

  it('reads a single drive, which ConvertTo-Json writes as a bare object, and no drive at all', () => {
    expect(parsePowerShellDrives(recorded('powershell-one.json'))).toEqual([
      { mountPoint: 'E:\\', label: 'KINGSTON', freeBytes: 7745830912, totalBytes: 7756316672, readOnly: false },
    ])
    expect(parsePowerShellDrives('')).toEqual([])
  })

  it('reads wmic CSV the same way', () => {
    expect(parseWmicDrives(recorded('wmic.csv'))).toEqual([{ ...STICK, label: 'KINGSTON' }, LOCKED])
    expect(parseWmicDrives('\r\r\nNo Instance(s) Available.\r\r\n')).toEqual([])
  })

  it('asks PowerShell first, falls back to wmic, and gives an empty list when both fail', async () => {
    const calls: string[] = []
    const exec =
      (answers: Record<string, string | Error>): ExecFile =>
      async (file, args) => {
        calls.push(file)
        expect(args).toEqual(file === 'wmic' ? WMIC_ARGS : POWERSHELL_ARGS)
        const answer = answers[file]
        if (answer instanceof Error) throw answer
        return answer
      }
    expect(await createWindowsDriveLister(exec({ 'powershell.exe': recorded('powershell-one.json') }))()).toHaveLength(
      1,
    )
    const blocked = new Error('powershell.exe is blocked by policy')
    expect(
      await createWindowsDriveLister(exec({ 'powershell.exe': blocked, wmic: recorded('wmic.csv') }))(),
    ).toHaveLength(2)
    expect(await createWindowsDriveLister(exec({ 'powershell.exe': blocked, wmic: new Error('gone') }))()).toEqual([])
    expect(calls).toEqual(['powershell.exe', 'powershell.exe', 'wmic', 'powershell.exe', 'wmic'])
  })
})
