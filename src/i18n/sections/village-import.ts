// Messages for importing and checking villages: the problem codes of village-rules.ts, village-sheet.ts and
// read-sheet-file.ts, the fatal reasons of a sheet, the repair notes and the skipped rows. Problem and note
// messages carry no row number: the screen puts "第 N 行" in front, from the problem's rowNumber.
// vue-i18n syntax: no bare @ or | in a message (linked keys and plurals).

/** The Chinese messages: what a township clerk reads. */
export const villageImportZh = {
  fields: {
    file: '文件',
    code: '统计用区划代码',
    name: '名称',
    urbanRuralClass: '城乡分类代码',
    population: '人口',
    households: '户数',
  },
  problems: {
    code: {
      empty: '代码为空。每个村（社区）都要填写 12 位统计用区划代码。',
      scientific:
        '代码“{value}”已被 Excel 转成科学计数法，后几位数字已经丢失。请在 Excel 中把该列设为“文本”格式后重新输入代码，或从原始代码表复制。',
      'not-digits': '代码“{value}”含有数字以外的字符。统计用区划代码是 12 位数字。',
      'wrong-length':
        '代码“{value}”不是 12 位。统计用区划代码共 12 位（县 6 位 + 乡镇 3 位 + 村 3 位），请检查是否少了或多了数字。',
      notVillage: '代码“{value}”的最后 3 位是 000，这是乡镇或更上一级的代码，不是村（社区）的代码。',
      outside:
        '代码“{value}”不属于本乡镇（本乡镇代码的前 9 位是 {township}），未导入。请确认是否填错或混入了别的乡镇。',
    },
    required: '此项必须填写。',
    wholeNumber: '“{value}”不是有效的数字。请填写 0 或正整数（如 1234），不知道可以留空。',
    urbanRuralClass: '城乡分类代码“{value}”不对。应为 111、112、121、122、123、210 或 220，不知道可以留空。',
    phone: '电话号码“{value}”看起来不对。手机号为 11 位（以 1 开头），座机如 0835-1234567。',
    gridDuplicate: '网格（村民小组）“{value}”重名了，同一个村里每个网格的名称要不同。',
    duplicateInSheet: '代码“{value}”在表中重复出现，与第 {firstRow} 行相同。已按第 {firstRow} 行导入，本行未导入。',
    file: {
      type: '不能导入文件“{name}”：只支持 Excel 表格（.xlsx、.xls）和 CSV 文件（.csv、.txt）。',
      empty: '文件“{name}”是空的，里面没有任何内容。',
      unreadable:
        '无法读取文件“{name}”：文件可能已损坏，或者不是表格文件。请用 Excel 或 WPS 打开它，另存为 .xlsx 后再导入。',
      encrypted: '文件“{name}”设置了打开密码，无法读取。请在 Excel 或 WPS 中取消密码并保存后再导入。',
    },
  },
  fatal: {
    empty: '表格里没有任何内容，未导入。',
    noHeader: '在表格前 10 行中没有找到表头，未导入。表头一行应写有“统计用区划代码”（或“代码”）和“名称”等列名。',
    noCodeColumn:
      '表头中没有代码列，未导入。请增加一列“统计用区划代码”（或“区划代码”“代码”），填写每个村（社区）的 12 位代码。',
    noNameColumn: '表头中没有名称列，未导入。请增加一列“名称”（或“村名”“村（社区）名称”），填写每个村（社区）的名称。',
  },
  notes: {
    'float-suffix': '代码“{value}”带有“.0”（被存成了小数），已自动更正为 12 位文本代码。',
    'full-width': '代码“{value}”使用了全角数字，已自动改为半角数字。',
  },
  skipped: {
    blank: '第 {row} 行是空行，已跳过。',
    townshipRow: '第 {row} 行是本乡镇自己的代码（最后 3 位为 000），不是村（社区），已跳过。',
  },
}

/** The English messages, with the same keys as {@link villageImportZh}. */
export const villageImportEn: typeof villageImportZh = {
  fields: {
    file: 'File',
    code: 'Area code',
    name: 'Name',
    urbanRuralClass: 'Urban-rural class',
    population: 'Population',
    households: 'Households',
  },
  problems: {
    code: {
      empty: 'The code is empty. Every village or community needs its 12-digit statistical area code.',
      scientific:
        'Excel turned the code “{value}” into scientific notation and its last digits are lost. Format the column as Text in Excel and type the codes again, or copy them from the original code table.',
      'not-digits': 'The code “{value}” contains characters other than digits. An area code is 12 digits.',
      'wrong-length':
        'The code “{value}” is not 12 digits long (county 6 + township 3 + village 3). Check for a missing or extra digit.',
      notVillage:
        'The code “{value}” ends in 000: it is the code of a township or higher, not of a village or community.',
      outside:
        'The code “{value}” is not in this township (whose code starts with {township}); not imported. Check for a typo or a row from another township.',
    },
    required: 'This field is required.',
    wholeNumber:
      '“{value}” is not a valid number. Enter 0 or a whole number (e.g. 1234), or leave it blank if unknown.',
    urbanRuralClass:
      'The urban-rural class “{value}” is not valid. Use 111, 112, 121, 122, 123, 210 or 220, or leave it blank if unknown.',
    phone:
      'The phone number “{value}” does not look right: a mobile has 11 digits starting with 1, a landline looks like 0835-1234567.',
    gridDuplicate: 'The grid “{value}” appears twice: each grid of a village needs its own name.',
    duplicateInSheet:
      'The code “{value}” appears again in the sheet; row {firstRow} has it too. Row {firstRow} is imported, this row is not.',
    file: {
      type: 'Cannot import “{name}”: only Excel workbooks (.xlsx, .xls) and CSV files (.csv, .txt) are supported.',
      empty: 'The file “{name}” is empty.',
      unreadable:
        'Cannot read “{name}”: the file may be damaged or is not a spreadsheet. Open it in Excel or WPS, save it as .xlsx and import again.',
      encrypted: '“{name}” is password-protected. Remove the password in Excel or WPS, save, and import again.',
    },
  },
  fatal: {
    empty: 'The sheet has no content; nothing was imported.',
    noHeader:
      'No header row found in the first 10 rows; nothing was imported. The header should name columns such as “统计用区划代码” (or “代码”) and “名称”.',
    noCodeColumn:
      'The header has no code column; nothing was imported. Add a column “统计用区划代码” (or “区划代码”, “代码”) with each village’s 12-digit code.',
    noNameColumn:
      'The header has no name column; nothing was imported. Add a column “名称” (or “村名”, “村（社区）名称”) with each village’s name.',
  },
  notes: {
    'float-suffix':
      'The code “{value}” had a “.0” (it was stored as a decimal number); corrected to the 12-digit text code.',
    'full-width': 'The code “{value}” used full-width digits; changed to ordinary digits.',
  },
  skipped: {
    blank: 'Row {row} is blank; skipped.',
    townshipRow: 'Row {row} is the township’s own code (ending in 000), not a village; skipped.',
  },
}
