// The file-reading sentences in English (load errors, warnings, mapping problems), one template per message key.
import type { ColumnRole, Delimiter, Encoding } from '../types';

const gb = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GB`;
const mb = (n: number) => `${Math.round(n / 1024 ** 2)} MB`;
const roleName = (role: ColumnRole): string => role.replace(/_/g, ' ');
const them = (n: number) => (n === 1 ? 'it' : 'them');

export const ingestMessages = {
  'file.empty': (p: { file: string }) => `${p.file} is empty. Export it again from the source tool.`,
  /** what: the sniffed kind in English ("an Excel workbook or ZIP archive (.xlsx/.zip)", see parsing/binary.ts). */
  'file.binary': (p: { file: string; what: string }) =>
    `${p.file} is ${p.what}, not a CSV file. Open it in Excel or your spreadsheet tool and save it as CSV (comma or semicolon separated), then add that file.`,
  'file.unclosedQuote': (p: { file: string; row: number }) =>
    `${p.file}: row ${p.row} opens a quoted field (") that never closes, so the rest of the file would be one cell. Close or remove the stray quote in row ${p.row} and load the file again.`,
  /** order: 'little-endian' or 'big-endian'. */
  'file.utf32': (p: { file: string; order: 'little-endian' | 'big-endian' }) =>
    `${p.file} is UTF-32 text (${p.order}), which Mittari does not read. Save it as CSV UTF-8 (in Excel: Save As, "CSV UTF-8") and add that file.`,
  /** bytes and limit in bytes; line 1-based. */
  'file.lineTooLong': (p: { file: string; bytes: number; line: number; limit: number }) =>
    `${p.file} has a line of ${mb(p.bytes)} (line ${p.line}), longer than the ${mb(p.limit)} Mittari reads in one line: no export writes one, so this is not a CSV table, or its line breaks were lost. Export the table again as CSV.`,
  'file.tooManyColumns': (p: { file: string; columns: number; limit: number }) =>
    `${p.file} has ${p.columns.toLocaleString('en-US')} columns; Mittari reads at most ${p.limit.toLocaleString('en-US')} (as many as Excel has). Keep the columns you need (date, channel, spend, ids) and export again.`,
  'file.cancelled': (p: { file: string }) => `Loading ${p.file} was cancelled.`,
  'file.headerOnly': (p: { file: string }) =>
    `${p.file} has a header row but no data rows. Check the export's date range or filters and export it again.`,
  'file.tooRagged': (p: { file: string; ragged: number; total: number; row: number; fields: number; width: number; delimiter: Delimiter }) =>
    `${p.file}: ${p.ragged} of ${p.total} rows do not have as many fields as the header (row ${p.row} has ${p.fields}, the header has ${p.width}). Check the delimiter (read as ${p.delimiter === '\t' ? 'tab' : `"${p.delimiter}"`}) and pick another in the dataset settings, or fix the file.`,
  /** size, need and budget in bytes. */
  'file.tooBig': (p: { file: string; size: number; need: number; budget: number }) =>
    `${p.file} is ${mb(p.size)}; reading it here would need about ${gb(p.need)} of memory, more than a browser tab can use (about ${gb(p.budget)}), so it was not loaded. Aggregate it to a path table, per-variant sums or a weekly marketing-mix table in your warehouse (see the SQL templates in the README) or split it by date, then add the parts.`,
  /** limit in bytes. */
  'file.unpackedTooBig': (p: { file: string; limit: number }) =>
    `${p.file} holds more than ${mb(p.limit)} once decompressed, more than a browser tab can read, so it was not loaded. Export a shorter date range, or aggregate it in your warehouse (see the SQL templates in the README).`,
  'file.zipBroken': (p: { file: string }) => `${p.file} is a ZIP or gzip archive that cannot be opened: it may have been cut short. Download it again, or unzip it and add the CSV files inside.`,
  'file.zipNoCsv': (p: { file: string; names: string[] }) =>
    `${p.file} holds no CSV file${p.names.length ? ` (it holds ${p.names.join(', ')})` : ''}. Add the CSV export itself, or a ZIP that holds it.`,
  'file.zipNoMember': (p: { file: string; member: string }) => `${p.file} no longer holds ${p.member}. Add the file again.`,
  'file.zipEncrypted': (p: { file: string; member: string }) => `${p.member} in ${p.file} is password-protected. Unzip it with its password and add the CSV file.`,
  'file.zipMethod': (p: { file: string; member: string; method: number }) =>
    `${p.member} in ${p.file} is compressed in a way Mittari does not read (method ${p.method}). Unzip it and add the CSV file.`,
  'file.zipSizeMismatch': (p: { file: string; member: string; declared: number }) =>
    `${p.member} in ${p.file} holds more than the ${p.declared.toLocaleString('en-US')} bytes its archive declares, as a zip bomb does, so it was not opened. Open the file in the tool that made it and save it again.`,
  /** part: the workbook part that is missing or damaged (`xl/workbook.xml`), or what failed in it. */
  'file.xlsxBroken': (p: { file: string; part: string }) =>
    `${p.file} is an Excel workbook that cannot be read: ${p.part} is missing or damaged. Open it in Excel and save it again, or save the sheet as CSV and add that file.`,
  'file.xlsxNoSheet': (p: { file: string; sheet: string; sheets: string[] }) =>
    `${p.file} has no sheet "${p.sheet}"; its sheets are ${p.sheets.map((s) => `"${s}"`).join(', ')}. Pick one of them.`,
  'file.xlsxNotTable': (p: { file: string; sheet: string }) =>
    `Sheet "${p.sheet}" of ${p.file} is a chart, not a table of cells. Pick a sheet that holds the data.`,
  'file.xlsxOutside': (p: { file: string; sheet: string; cell: string }) =>
    `${p.file}${p.sheet ? `, sheet "${p.sheet}"` : ''}: cell ${p.cell} lies outside an Excel sheet (at most 1,048,576 rows and columns up to XFD), so this is not a workbook Excel wrote. Open it in Excel and save it again, or save the sheet as CSV.`,
  /** The sheet holds formulas with no saved value (a tool wrote them without calculating): read as empty. */
  'warning.xlsxUncached': (p: { sheet: string; count: number; cell: string }) =>
    `Sheet "${p.sheet}" has ${p.count.toLocaleString('en-US')} formula ${p.count === 1 ? 'cell' : 'cells'} with no saved result (the first is ${p.cell}); Mittari never calculates formulas, so ${p.count === 1 ? 'it reads' : 'they read'} as empty. Open the workbook in Excel, save it, and load it again.`,
  /** codec: the Parquet compression codec as the file names it (ZSTD, GZIP, BROTLI, LZ4...). */
  'file.parquetCodec': (p: { file: string; column: string; codec: string }) =>
    `${p.file} is compressed with ${p.codec} (column "${p.column}"), which Mittari does not read. Export it again with Snappy compression (or none): in BigQuery, --compression=SNAPPY; in DuckDB, COPY ... (FORMAT parquet, COMPRESSION snappy).`,
  /** cells = rows × columns, from the file's metadata; limit in cells. */
  'file.parquetTooBig': (p: { file: string; rows: number; columns: number; limit: number }) =>
    `${p.file} holds ${p.rows.toLocaleString('en-US')} rows × ${p.columns.toLocaleString('en-US')} columns, more than the ${p.limit.toLocaleString('en-US')} cells a browser tab can read, so it was not loaded. Export fewer columns or a shorter date range, or aggregate it in your warehouse (see the SQL templates in the README).`,
  'file.parquetBroken': (p: { file: string; reason: string }) =>
    `${p.file} is a Parquet file that cannot be read (${p.reason}). Export it again; if it keeps failing, export the table as CSV.`,
  'reconcile.noPlatformConversions': (p: { file: string }) =>
    `${p.file} has no conversions column, so there is nothing the platform reports to set against the touchpoint log. Export the report with its Conversions (or Results) column.`,
  'reconcile.noLogConversions': (p: { file: string }) =>
    `${p.file} has no dated conversions, so it credits no conversions to set against the platform's. Map its conversion and timestamp columns.`,
  'reconcile.noDates': (p: { file: string }) =>
    `${p.file} has no dates (one row for the whole period), so its conversions cannot be matched to the touchpoint log's days. Export it by day (Breakdown → By time → Day in Meta; the Day segment in Google Ads).`,
  'reconcile.noOverlap': (p: { platformFile: string; logFile: string }) =>
    `${p.platformFile} and ${p.logFile} cover no common dates, so their conversions cannot be compared. Export both for the same period.`,
  /** from and to: ms UTC of the first and last day both files cover. */
  'reconcile.summary': (p: { platformFile: string; logFile: string; from: number; to: number; platform: number; log: number; unmatched: string[] }) => {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const n = (x: number) => Math.round(x).toLocaleString('en-US');
    const gap = p.log > 0 ? ` (${p.platform >= p.log ? `${Math.round((p.platform / p.log - 1) * 100)}% more` : `${Math.round((1 - p.platform / p.log) * 100)}% fewer`})` : '';
    const none = p.unmatched.length > 0 ? ` No channel or campaign of the log matches ${p.unmatched.map((u) => `"${u}"`).join(', ')}.` : '';
    return `From ${day(p.from)} to ${day(p.to)}, the days both files cover, ${p.platformFile} reports ${n(p.platform)} conversions and ${p.logFile} credits ${n(p.log)} to the same channels by last touch${gap}. Platforms count view-throughs and their own attribution windows, so their numbers usually run higher.${none}`;
  },
  'warning.duplicateHeader': (p: { name: string; first: number; second: number; renamed: string }) =>
    `Column "${p.name}" appears twice (columns ${p.first} and ${p.second}); the second is shown as "${p.renamed}". Rename one in the file if they hold different things.`,
  'warning.duplicateHeaders': (p: { count: number; name: string; column: number; renamed: string }) =>
    `${p.count.toLocaleString('en-US')} columns repeat a name used before them (the first is "${p.name}" in column ${p.column}); each was given a number, like "${p.renamed}". Rename them in the file if they hold different things.`,
  'warning.repeatedHeader': (p: { rows: number[] }) => {
    const which = p.rows.length === 1 ? `Row ${p.rows[0]} repeats` : `${p.rows.length} rows repeat`;
    const first = p.rows.length === 1 ? '' : ` (the first is row ${p.rows[0]})`;
    return `${which} the header row${first}, as when two exports are joined into one file. ${p.rows.length === 1 ? 'It was' : 'They were'} skipped and the rows below read as data; check that both exports cover different dates or records.`;
  },
  'warning.bomMismatch': (p: { claimed: Encoding; read: Encoding }) =>
    `The file starts with a ${p.claimed.toUpperCase()} byte-order mark, but its bytes are ${p.read.toUpperCase()} text, so it was read as ${p.read.toUpperCase()}. Check a few names with letters like ä or ö; save the file again as CSV UTF-8 to be sure.`,
  'warning.formula': (p: { column: string; count: number; row: number; value: string }) => {
    const cells = p.count === 1 ? 'a cell that starts' : `${p.count} cells that start`;
    return `Column "${p.column}" has ${cells} like a spreadsheet formula (row ${p.row}: ${p.value}). Mittari reads ${them(p.count)} as plain text and never runs ${them(p.count)}; its CSV exports put an apostrophe in front so spreadsheets do the same. Check the source tool if you did not expect ${them(p.count)}.`;
  },
  'warning.duplicateRows': (p: { count: number; row: number; of: number }) =>
    `${p.count.toLocaleString('en-US')} ${p.count === 1 ? 'row repeats' : 'rows repeat'} an earlier row cell for cell (the first: row ${p.row} repeats row ${p.of}). ${p.count === 1 ? 'It was' : 'They were'} read as ${p.count === 1 ? 'it is' : 'they are'}; if the export doubled ${p.count === 1 ? 'it' : 'them'}, remove ${p.count === 1 ? 'it' : 'them'} and load the file again.`,
  'warning.ambiguousDates': (p: { column: string; monthFirst: boolean }) =>
    `Dates in column "${p.column}" could be day/month or month/day; they were read as ${p.monthFirst ? 'month/day' : 'day/month'}. Check a few rows.`,
  /** A per-user test file: what was left out or merged (ingest/experiment-users.ts). */
  'warning.userExclusions': (p: { usersInTwoVariants: number; rowsInTwoVariants: number; duplicateRows: number; repeatedUsers: number; rowsWithoutVariant: number }) => {
    const n = (x: number) => x.toLocaleString('en-US');
    const parts = [
      p.usersInTwoVariants > 0 ? `${n(p.usersInTwoVariants)} ${p.usersInTwoVariants === 1 ? 'user appears' : 'users appear'} in two variants (${n(p.rowsInTwoVariants)} rows) and ${p.usersInTwoVariants === 1 ? 'is' : 'are'} left out of every number` : '',
      p.duplicateRows > 0 ? `${n(p.duplicateRows)} ${p.duplicateRows === 1 ? 'row repeats' : 'rows repeat'} an earlier row of the same user exactly and ${p.duplicateRows === 1 ? 'was' : 'were'} not counted again` : '',
      p.repeatedUsers > 0 ? `${n(p.repeatedUsers)} ${p.repeatedUsers === 1 ? 'user has' : 'users have'} more than one row in one variant: each counts once (converted if any row converted, values added up)` : '',
      p.rowsWithoutVariant > 0 ? `${n(p.rowsWithoutVariant)} ${p.rowsWithoutVariant === 1 ? 'row has' : 'rows have'} no variant and ${p.rowsWithoutVariant === 1 ? 'was' : 'were'} not used` : '',
    ].filter((x) => x !== '');
    return `${parts.join('; ')}. The rows left out are listed with their row numbers.`;
  },
  'mapping.unknownFile': (p: { file: string }) =>
    `Mittari could not tell what kind of data ${p.file} holds. Pick its kind and the role of each column in the column mapper.`,
  'mapping.unknown': (_: Record<string, never>) => 'Mittari could not tell what this file holds. Choose the file kind above the column mapper.',
  'mapping.unreadableDates': (p: { column: string; role: ColumnRole; row: number; value: string }) =>
    `No value in column "${p.column}" reads as a date (row ${p.row}: "${p.value}"), so no row could be used. Map another column as the ${roleName(p.role)}, set this one to "Not used", or fix the dates in the file.`,
  'mapping.roleNotAllowed': (p: { column: string; role: ColumnRole }) =>
    `Column "${p.column}" cannot be the ${roleName(p.role)} in this kind of file. Pick another role or "Not used".`,
  'mapping.roleTwice': (p: { first: string; second: string; role: ColumnRole }) =>
    `Columns "${p.first}" and "${p.second}" are both mapped as the ${roleName(p.role)}. Set one of them to "Not used".`,
  /** label: the requirement's English label; roles: the roles that would meet it. */
  'mapping.missing': (p: { label: string; roles: ColumnRole[] }) => `No column for ${p.label}. Pick one in the column mapper.`,
  /** The value shown for a ragged row. */
  'issue.ragged': (p: { fields: number; width: number }) => `${p.fields} fields, header has ${p.width}`,
  /** A money file in two or more currencies: never added up. */
  'currency.mixed': (p: { file: string; currencies: string[] }) =>
    `${p.file} holds amounts in ${p.currencies.join(' and ')}, which Mittari does not add up: export one file per currency, or keep the rows of one.`,
};
