// Placing a county-list row in a village from the text the county gave. County staff write village names as they
// like: 新华村, 新华村委会, 新华, 芦阳镇新华村, 城东社区居委会. The suffix is ignored, so all of these find 新华村.

/** What matching needs of a village. */
export interface NamedVillage {
  id: string
  name: string
}

// Longest first, so 社区居委会 goes before 居委会 and 村民委员会 before 村.
const SUFFIXES = ['社区居民委员会', '村民委员会', '居民委员会', '社区居委会', '村委会', '居委会', '社区', '村']

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s()（）]/g, '')
}

/** A village name without its suffix (村, 社区, 村委会, 居委会…): `新华村委会` → `新华`. */
export function villageNameKey(text: string): string {
  const name = compact(text)
  for (const suffix of SUFFIXES) {
    if (name.length > suffix.length && name.endsWith(suffix)) return name.slice(0, -suffix.length)
  }
  return name
}

/** The one candidate no other candidate's name contains (王家村 inside 大王家村 gives way to it), or undefined. */
function single<T extends NamedVillage>(candidates: T[], keyOf: (v: T) => string): string | undefined {
  const widest = candidates.filter(
    (v) =>
      !candidates.some(
        (other) => other !== v && keyOf(other).length > keyOf(v).length && keyOf(other).includes(keyOf(v)),
      ),
  )
  return widest.length === 1 ? widest[0].id : undefined
}

/**
 * The village a county cell names, suffixes ignored: exactly (`新华` = `新华村`), else as the end of a longer
 * text (`芦阳镇新华村`). Undefined when the text is blank, names no village, or could be more than one.
 */
export function villageByName(text: string, villages: readonly NamedVillage[]): string | undefined {
  const key = villageNameKey(text)
  if (key === '') return undefined
  const exact = villages.filter((v) => villageNameKey(v.name) === key)
  if (exact.length > 0) return exact.length === 1 ? exact[0].id : undefined
  const tails = villages.filter((v) => villageNameKey(v.name).length >= 2 && key.endsWith(villageNameKey(v.name)))
  return single(tails, (v) => villageNameKey(v.name))
}

/**
 * The village an address names with its full name (`芦阳镇新华村三组` → 新华村). The suffix is required here: a
 * bare `新华` in an address is as likely a road (新华路). Undefined when none or several villages are named.
 */
export function villageInAddress(address: string, villages: readonly NamedVillage[]): string | undefined {
  const text = compact(address)
  if (text === '') return undefined
  const named = villages.filter((v) => {
    const name = compact(v.name)
    return name.length >= 2 && name !== villageNameKey(name) && text.includes(name)
  })
  return single(named, (v) => compact(v.name))
}

/** What is known about where a county-list row lives. */
export interface RowPlace {
  /** The county's village cell, ''. */
  villageText: string
  /** The village of the person the row matched in the register, ''. */
  personVillageId: string
  /** The county's address cell, ''. */
  address: string
}

/**
 * The village a row goes to for verification: the one the county named, else the matched person's village in
 * the register, else the one the address names. Undefined when none of them says.
 */
export function villageForRow(place: RowPlace, villages: readonly NamedVillage[]): string | undefined {
  const named = villageByName(place.villageText, villages)
  if (named) return named
  if (place.personVillageId !== '' && villages.some((v) => v.id === place.personVillageId)) return place.personVillageId
  return villageInAddress(place.address, villages)
}
