// Village files name their properties however the tool that made them liked: name / NAME / 名称 / 村名 / XZQMC,
// code / 代码 / 区划代码 / XZQDM / adcode. These pick the likeliest name and code of a feature's properties.

const NAME_KEYS = ['name', '名称', '村名', '村（社区）名称', '村(社区)名称', 'xzqmc', 'cunmc', 'mc', 'title', '标题']
const CODE_KEYS = ['code', '代码', '区划代码', '统计用区划代码', '编码', 'xzqdm', 'adcode', 'cundm', 'dm', 'bm', 'id']

function pick(properties: Record<string, unknown>, keys: readonly string[]): string {
  const lower = new Map(Object.entries(properties).map(([k, v]) => [k.trim().toLowerCase(), v]))
  for (const key of keys) {
    const value = lower.get(key)
    if (value !== undefined && value !== null && String(value).trim() !== '') return String(value).trim()
  }
  return ''
}

/** The feature's name, from the first of the usual name properties it has; ''. */
export function featureName(properties: Record<string, unknown>): string {
  return pick(properties, NAME_KEYS)
}

/** The feature's code as written (a JSON number such as 511826100201.0 arrives as its digits); ''. */
export function featureCode(properties: Record<string, unknown>): string {
  return pick(properties, CODE_KEYS)
}
