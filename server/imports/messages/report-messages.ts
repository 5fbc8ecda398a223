/** What the engine says about coordinates, columns and rows, and what reading noticed and handled (notes). */
import { message, ofAll } from './message.js'

type Count = { n: number; total: number }
type Xy = { x: number; y: number }

export const reportMessages = {
  // Coordinates against the declared CRS.
  crs_not_finite: message<{ n: number }>(
    (p) => `${p.n} coordinates are not finite numbers (NaN or Infinity)`,
    (p) => `${p.n} 个坐标不是有限数值（NaN 或 Infinity）`,
  ),
  crs_swapped: message<Count>(
    (p) =>
      `${ofAll(p.n, p.total).en} points read right only with X and Y swapped (northing given first, or latitude before longitude)`,
    (p) => `${ofAll(p.n, p.total).zh}点须交换 X、Y 才合理（北坐标在前，或纬度在前）`,
  ),
  crs_unknown: message<Xy>(
    (p) => `coordinates such as (${p.x}, ${p.y}) are neither degrees in China nor CGCS2000 Gauss-Krüger metres`,
    (p) => `坐标（${p.x}, ${p.y}）既不是中国境内的经纬度，也不是 CGCS2000 高斯-克吕格米制坐标`,
  ),
  crs_outside_china: message<Count>(
    (p) => `${ofAll(p.n, p.total).en} points lie outside China`,
    (p) => `${ofAll(p.n, p.total).zh}点在中国境外`,
  ),
  crs_degrees_declared_projected: message<Xy & { declared: number }>(
    (p) =>
      `the coordinates look like degrees (e.g. ${p.x}, ${p.y}), but EPSG:${p.declared} was declared; probably EPSG:4490 (CGCS2000) or 4326`,
    (p) => `坐标像经纬度（如 ${p.x}, ${p.y}），却声明为 EPSG:${p.declared}；可能是 EPSG:4490（CGCS2000）或 4326`,
  ),
  crs_prefixed_undeclared: message<{ zone: number; suggested: number; declared: string }>(
    (p) =>
      `the coordinates are Gauss-Krüger metres with the zone number in X, zone ${p.zone} (central meridian ${3 * p.zone}°E)${p.declared ? `, not degrees as EPSG:${p.declared} says` : ''}; looks like EPSG:${p.suggested}`,
    (p) =>
      `坐标是 X 带带号的高斯-克吕格米制坐标，第 ${p.zone} 带（中央经线 ${3 * p.zone}°E）${p.declared ? `，不是 EPSG:${p.declared} 所说的经纬度` : ''}；看来是 EPSG:${p.suggested}`,
  ),
  crs_prefix_not_expected: message<{ zone: number; declared: number; suggested: number }>(
    (p) => `X carries the zone prefix ${p.zone} but EPSG:${p.declared} has none; looks like EPSG:${p.suggested}`,
    (p) => `X 带有带号 ${p.zone}，而 EPSG:${p.declared} 不带带号；看来是 EPSG:${p.suggested}`,
  ),
  crs_prefix_other_zone: message<{ zone: number; declaredZone: number; declared: number; suggested: number }>(
    (p) =>
      `X says zone ${p.zone} (central meridian ${3 * p.zone}°E) but EPSG:${p.declared} is zone ${p.declaredZone}; looks like EPSG:${p.suggested}`,
    (p) =>
      `X 表明是第 ${p.zone} 带（中央经线 ${3 * p.zone}°E），而 EPSG:${p.declared} 是第 ${p.declaredZone} 带；看来是 EPSG:${p.suggested}`,
  ),
  crs_outside_prefixed_zone: message<Count & { zone: number }>(
    (p) => `${ofAll(p.n, p.total).en} points lie outside zone ${p.zone} (central meridian ${3 * p.zone}°E)`,
    (p) => `${ofAll(p.n, p.total).zh}点在第 ${p.zone} 带（中央经线 ${3 * p.zone}°E）之外`,
  ),
  crs_metres_undeclared: message<Xy & { declared: string; suggested: number; meridian: number }>(
    (p) =>
      `the coordinates look like metres (e.g. ${p.x}, ${p.y}) but ${p.declared ? `EPSG:${p.declared} says degrees` : 'no coordinate system was given'}; looks like EPSG:4534–4554, here probably EPSG:${p.suggested} (central meridian ${p.meridian}°E)`,
    (p) =>
      `坐标像米制坐标（如 ${p.x}, ${p.y}），但${p.declared ? `EPSG:${p.declared} 是经纬度` : '没有给出坐标系'}；应为 EPSG:4534–4554 之一，此处很可能是 EPSG:${p.suggested}（中央经线 ${p.meridian}°E）`,
  ),
  crs_prefix_missing: message<{ declared: number; zone: number; suggested: number }>(
    (p) =>
      `EPSG:${p.declared} expects the zone number in X (x ≈ ${p.zone} 500 000), but X has none; looks like EPSG:${p.suggested}`,
    (p) => `EPSG:${p.declared} 要求 X 带带号（x ≈ ${p.zone} 500 000），但 X 没有带号；看来是 EPSG:${p.suggested}`,
  ),
  crs_far_from_meridian: message<Count & { km: number; declared: number }>(
    (p) => `${ofAll(p.n, p.total).en} points lie more than ${p.km} km from the central meridian of EPSG:${p.declared}`,
    (p) => `${ofAll(p.n, p.total).zh}点距 EPSG:${p.declared} 的中央经线超过 ${p.km} 公里`,
  ),
  crs_missing: message<{ degrees: string }>(
    (p) =>
      `no coordinate system in the file; choose one (EPSG:4490, 4326, 4513–4554)${p.degrees ? '; the coordinates look like longitude/latitude: EPSG:4490 (CGCS2000) or 4326, and say 高德/百度 if they come from those maps' : ''}`,
    (p) =>
      `文件没有坐标系，请选择（EPSG:4490、4326、4513–4554）${p.degrees ? '；坐标看来是经纬度：EPSG:4490（CGCS2000）或 4326，来自高德/百度地图的请选择对应坐标来源' : ''}`,
  ),
  crs_shifted_needs_degrees: message(
    () => 'shifted: GCJ-02/BD-09 coordinates are longitude and latitude; choose EPSG:4326',
    () => '高德/百度（GCJ-02/BD-09）坐标是经纬度，请选择 EPSG:4326',
  ),
  in_file: message<{ file: string; what: string }>(
    (p) => `${p.file}: ${p.what}`,
    (p) => `${p.file}：${p.what}`,
  ),
  mapping_unknown_column: message<{ column: string }>(
    (p) => `mapping: the file has no column “${p.column}”`,
    (p) => `字段对应：文件中没有“${p.column}”列`,
  ),
  row_refused: message<{ row: number; reason: string }>(
    (p) => `row ${p.row}: ${p.reason}`,
    (p) => `第 ${p.row} 行：${p.reason}`,
  ),
  // Values in a row.
  value_not_number: message<{ value: string }>(
    (p) => `“${p.value}” is not a number ≥ 0`,
    (p) => `“${p.value}”不是 ≥ 0 的数`,
  ),
  value_not_yes_no: message<{ value: string }>(
    (p) => `“${p.value}” is neither yes (是) nor no (否)`,
    (p) => `“${p.value}”应为“是”或“否”`,
  ),
  value_unknown_status: message<{ value: string }>(
    (p) => `“${p.value}” is not a known status (可供, 储备, 意向, 已供, 在建, 已建, 闲置)`,
    (p) => `“${p.value}”不是已知状态（可供、储备、意向、已供、在建、已建、闲置）`,
  ),
  value_out_of_range: message<{ value: string; min: number; max: number }>(
    (p) => `“${p.value}” is outside ${p.min}–${p.max} (whole numbers only where the field counts years)`,
    (p) => `“${p.value}”超出 ${p.min}–${p.max} 的范围（年限须为整数）`,
  ),
  value_too_long: message<{ length: number; max: number }>(
    (p) => `${p.length} characters; at most ${p.max}`,
    (p) => `共 ${p.length} 个字符，最多 ${p.max} 个`,
  ),
  value_idle_status: message<{ value: string }>(
    (p) =>
      `“${p.value}”: an idle parcel needs its idle category, which a file cannot set; import it with another status and mark it idle in its panel`,
    (p) => `“${p.value}”：闲置地块须注明闲置类别，文件无法设置；请以其他状态导入，再在地块面板中标为闲置`,
  ),
  outline_too_small: message<{ m2: string; min: number }>(
    (p) => `the outline measures ${p.m2} m², below the ${p.min} m² any parcel has: a point, a line or a drawing error`,
    (p) => `图形面积 ${p.m2} ㎡，小于地块最小面积 ${p.min} ㎡：可能是点、线或绘图错误`,
  ),
  outline_too_many_vertices: message<{ n: number; max: number }>(
    (p) => `the outline has ${p.n} vertices; at most ${p.max} (simplify it in the GIS first)`,
    (p) => `图形有 ${p.n} 个顶点，最多 ${p.max} 个（请先在 GIS 中简化）`,
  ),
  value_no_code: message(
    () => 'no parcel code: every parcel needs one (地块编号)',
    () => '没有地块编号：每个地块都须有编号',
  ),
  in_column: message<{ column: string; what: string }>(
    (p) => `${p.column}: ${p.what}`,
    (p) => `${p.column}：${p.what}`,
  ),
  // The row's outline and its place among the others.
  outline_missing: message<{ code: string }>(
    (p) => `no outline: the row has no coordinates and no parcel ${p.code} is stored to join it to`,
    (p) => `没有图形：此行无坐标，库中也没有地块 ${p.code} 可关联`,
  ),
  outline_empty: message(
    () => 'the outline has no area (empty after repair)',
    () => '图形没有面积（修复后为空）',
  ),
  outline_invalid: message<{ reason: string; at: string; mu: string; change: string; repaired: string }>(
    (p) =>
      `invalid outline: ${p.reason} at ${p.at}; repaired it measures ${p.mu} mu${p.change ? ` (${p.change}% on the drawn outline)` : ''}${p.repaired ? ' (repaired with ST_MakeValid)' : '; import with repair to fix it'}`,
    (p) =>
      `图形无效：${p.reason}，位于 ${p.at}；修复后面积 ${p.mu} 亩${p.change ? `（较原图 ${p.change}%）` : ''}${p.repaired ? '（已用 ST_MakeValid 修复）' : '；勾选修复后可导入'}`,
  ),
  duplicate_code: message<{ code: string; first: number }>(
    (p) => `code ${p.code} is also on row ${p.first}`,
    (p) => `编号 ${p.code} 与第 ${p.first} 行重复`,
  ),
  no_land_use: message(
    () => 'no land use (用地性质): imported unpublished; set it before publishing',
    () => '未填用地性质：以未发布状态导入，发布前须补填',
  ),
  area_mismatch: message<{ declared: number; measured: string; percent: string }>(
    (p) => `declared ${p.declared} mu, the outline measures ${p.measured} mu (${p.percent}%)`,
    (p) => `申报 ${p.declared} 亩，图形实测 ${p.measured} 亩（${p.percent}%）`,
  ),
  outside_districts: message(
    () => 'outside every district',
    () => '不在任何区县范围内',
  ),
  // What reading noticed and handled.
  note_encoding_mismatch: message<{ declared: string; actual: string }>(
    (p) => `the files say ${p.declared}, but the text is ${p.actual}; read as ${p.actual}`,
    (p) => `文件声明为 ${p.declared}，实际文字是 ${p.actual}；已按 ${p.actual} 读取`,
  ),
  note_prj_unknown: message(
    () => 'the .prj names a coordinate system other than CGCS2000/WGS84; choose one',
    () => '.prj 中的坐标系不是 CGCS2000/WGS84，请选择坐标系',
  ),
  note_csv_gbk: message(
    () => 'the CSV is GBK-encoded (as Chinese Excel saves it); read as GBK',
    () => 'CSV 为 GBK 编码（中文 Excel 的默认保存方式），已按 GBK 读取',
  ),
  note_sheets: message<{ n: number; sheet: string }>(
    (p) => `the workbook has ${p.n} sheets; “${p.sheet}” was read`,
    (p) => `工作簿有 ${p.n} 个工作表，已读取“${p.sheet}”`,
  ),
  note_surveyors_order: message<{ x: string; y: string }>(
    (p) =>
      `column ${p.x} holds northings (or latitudes) and ${p.y} eastings (or longitudes), as surveyors write them; read that way`,
    (p) => `“${p.x}”列是北坐标（或纬度），“${p.y}”列是东坐标（或经度），即测量习惯的 X、Y；已按此读取`,
  ),
  note_placemarks_skipped: message<{ n: number }>(
    (p) => `${p.n} placemarks are pins or open lines, not land; skipped`,
    (p) => `${p.n} 个标注是点或未闭合的线，不是地块，已跳过`,
  ),
  note_dxf_layers: message<{ n: number; layers: string }>(
    (p) => `closed outlines on ${p.n} layers (${p.layers}); all read — choose a layer to read one`,
    (p) => `闭合线分布在 ${p.n} 个图层（${p.layers}），已全部读取；可指定只读一个图层`,
  ),
  note_dxf_open: message<{ n: number }>(
    (p) => `${p.n} open polylines are not outlines; skipped`,
    (p) => `${p.n} 条未闭合的多段线不是地块边界，已跳过`,
  ),
}
